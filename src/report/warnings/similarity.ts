/** W7: how much of a part repeats last year's text, by shared character bigrams. */
import type { ReportDraft } from '../draft'
import type { Finding } from '../finding'
import { listTextFields } from './textFields'

/** Above this share of repeated text a part draws W7 (reviewers penalise more than 50%). */
export const REPETITION_LIMIT = 0.5

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/[\s\p{P}]/gu, '')]
  const counts = new Map<string, number>()
  for (let i = 0; i + 1 < chars.length; i += 1) {
    const gram = `${chars[i]}${chars[i + 1]}`
    counts.set(gram, (counts.get(gram) ?? 0) + 1)
  }
  return counts
}

/** Share of `current`'s bigrams also in `previous` (0–1): “abcd” vs “abcd” → 1, vs “wxyz” → 0. */
export function repetitionShare(current: string, previous: string): number {
  const now = bigrams(current)
  const before = bigrams(previous)
  let total = 0
  let shared = 0
  for (const [gram, count] of now) {
    total += count
    shared += Math.min(count, before.get(gram) ?? 0)
  }
  return total === 0 ? 0 : shared / total
}

/** Per-part repetition against last year's draft, for W7 and for showing it per part. */
export function compareNarratives(current: ReportDraft, previous: ReportDraft) {
  const before = new Map(listTextFields(previous).map((field) => [field.path, field.text]))
  return listTextFields(current)
    .filter((field) => field.path !== 'preamble' && field.text.trim().length >= 20)
    .map((field) => ({ field, share: repetitionShare(field.text, before.get(field.path) ?? '') }))
}

/** W7: one finding per part that repeats more than half of last year's text. */
export function checkW7(current: ReportDraft, previous: ReportDraft | null): Finding[] {
  if (!previous) return []
  return compareNarratives(current, previous)
    .filter(({ share }) => share > REPETITION_LIMIT)
    .map(({ field, share }) => ({
      rule: 'W7' as const,
      severity: 'warning' as const,
      cells: [],
      fields: [field.path],
      message: `${field.label}与${previous.meta.year ?? '上'}年报告重复约${Math.round(share * 100)}%（超过50%会被扣分）`,
    }))
}

/**
 * Putting the tables' sentences into a text field: at the cursor, or in place of exactly the
 * sentences whose numbers W3 finds disagreeing (the rest of the user's text is left as it was).
 */
import type { ReportDraft } from '../draft'
import type { CellValues } from '../totals'
import { findClaims, tableFigure } from '../warnings/narrativeNumbers'
import { InvalidFigure } from './figures'
import { onRequestSentences } from './onRequest'
import { proactiveSentences } from './proactive'
import { reviewLitigationSentences } from './reviewLitigation'
import type { DataSentence, DataSentenceField } from './types'

/** The sentences a field takes from the current tables, or why they cannot be written. */
export function dataSentences(
  field: DataSentenceField,
  draft: ReportDraft,
  values: CellValues,
): { sentences: DataSentence[] } | { error: string } {
  const period = draft.meta.year ? `${draft.meta.year}年` : '本年度'
  try {
    const sentences =
      field === 'narrative.overview.proactive'
        ? proactiveSentences(values, period)
        : field === 'narrative.overview.onRequest'
          ? onRequestSentences(values, period)
          : reviewLitigationSentences(values, period)
    return { sentences }
  } catch (error) {
    if (error instanceof InvalidFigure) return { error: error.message }
    throw error
  }
}

/** A span of the field's text that disagrees with the tables, and what replaces it. */
export interface SentenceReplacement {
  readonly start: number
  readonly end: number
  readonly before: string
  readonly after: string
}

/** The sentence around [start, end): from after the previous 。/newline to its own 。 included. */
export function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start
  while (from > 0 && !/[。！？!?\n]/.test(text[from - 1]!)) from--
  while (from < start && /\s/.test(text[from]!)) from++
  let to = end
  while (to < text.length && !/[。！？!?\n]/.test(text[to]!)) to++
  if (to < text.length && text[to] !== '\n') to++
  return [from, to]
}

/**
 * The sentences of `text` whose numbers disagree with the tables, each with the generated
 * sentences stating the same figures. Empty when nothing disagrees.
 */
export function disagreeingSentences(
  text: string,
  values: CellValues,
  sentences: readonly DataSentence[],
): SentenceReplacement[] {
  const claims = findClaims(text)
  const spans = new Map<
    string,
    { start: number; end: number; kinds: Set<string>; wrong: boolean }
  >()
  for (const claim of claims) {
    const [start, end] = sentenceAround(text, claim.start, claim.end)
    const id = `${start}:${end}`
    const span = spans.get(id) ?? { start, end, kinds: new Set<string>(), wrong: false }
    span.kinds.add(claim.kind.id)
    const figure = tableFigure(claim.kind, values)
    if (figure !== null && figure !== claim.value) span.wrong = true
    spans.set(id, span)
  }
  return [...spans.values()]
    .filter((span) => span.wrong)
    .map((span) => {
      const matching = sentences.filter((s) => s.claims.some((kind) => span.kinds.has(kind)))
      const after = (matching.length > 0 ? matching : sentences).map((s) => s.text).join('')
      return { start: span.start, end: span.end, before: text.slice(span.start, span.end), after }
    })
}

/** The field's text with the replacements made (they never overlap; applied from the end). */
export function applyReplacements(
  text: string,
  replacements: readonly SentenceReplacement[],
): string {
  return [...replacements]
    .sort((a, b) => b.start - a.start)
    .reduce((result, r) => result.slice(0, r.start) + r.after + result.slice(r.end), text)
}

/** The field's text with `insert` placed at the cursor [start, end) (a selection is replaced). */
export function insertAt(text: string, insert: string, start: number, end = start): string {
  const from = Math.max(0, Math.min(start, text.length))
  const to = Math.max(from, Math.min(end, text.length))
  return text.slice(0, from) + insert + text.slice(to)
}

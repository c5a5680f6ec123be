/**
 * Rule G1 (spec §5): characters of the report that no PDF font has, and where they are. Found
 * before generating, so the user is told exactly which characters would print as 〓.
 */
import {
  INPUT_CELLS,
  OVERVIEW_SECTION_HEADINGS,
  OVERVIEW_SECTION_KEYS,
  PART_HEADINGS,
  effectivePreamble,
  type FieldPath,
  type Finding,
  type ReportDraft,
} from '@/report'
import type { Coverage } from './fonts/manifest'
import { MISSING_MARK } from './layout/faces'

/** Chinese names of the text fields that reach the PDF. */
const FIELD_LABELS: Partial<Record<FieldPath, string>> = {
  'meta.agencyName': '机关名称',
  preamble: '前言',
  'narrative.overview.intro': `${PART_HEADINGS.overview}（导语）`,
  ...Object.fromEntries(
    OVERVIEW_SECTION_KEYS.map((key) => [
      `narrative.overview.${key}`,
      OVERVIEW_SECTION_HEADINGS[key],
    ]),
  ),
  'narrative.problems': PART_HEADINGS.problems,
  'narrative.otherMatters': PART_HEADINGS.otherMatters,
}

function fieldTexts(draft: ReportDraft): [FieldPath, string][] {
  const { overview } = draft.narrative
  return [
    ['meta.agencyName', draft.meta.agencyName],
    ['preamble', effectivePreamble(draft)],
    ['narrative.overview.intro', overview.intro],
    ...OVERVIEW_SECTION_KEYS.map((key): [FieldPath, string] => [
      `narrative.overview.${key}`,
      overview[key],
    ]),
    ['narrative.problems', draft.narrative.problems],
    ['narrative.otherMatters', draft.narrative.otherMatters],
  ]
}

/** True when the body face or the fallback can draw the code point (jsPDF: BMP only). */
export function isPrintable(cp: number, coverage: Coverage): boolean {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return true // control characters are dropped
  if (cp > 0xffff) return false
  return Boolean(coverage.get('serif')?.has(cp) || coverage.get('fallback')?.has(cp))
}

/** The distinct characters of `text` no font can draw, in order of first appearance. */
export function unprintableChars(text: string, coverage: Coverage): string[] {
  const found: string[] = []
  for (const char of text) {
    if (!isPrintable(char.codePointAt(0) ?? 0, coverage) && !found.includes(char)) found.push(char)
  }
  return found
}

function describe(chars: string[]): string {
  return chars
    .map(
      (c) => `“${c}”（U+${(c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}）`,
    )
    .join('、')
}

/**
 * G1 findings: one per text field or cell holding characters no font has, e.g. “𠀾”（U+2003E）
 * in 一、总体情况 → “PDF 字体缺少…，将印为〓”.
 */
export function checkG1(draft: ReportDraft, coverage: Coverage): Finding[] {
  const findings: Finding[] = []
  for (const [path, text] of fieldTexts(draft)) {
    const chars = unprintableChars(text, coverage)
    if (!chars.length) continue
    findings.push({
      rule: 'G1',
      severity: 'warning',
      cells: [],
      fields: [path],
      message: `${FIELD_LABELS[path] ?? path}中有PDF字体缺少的字符${describe(chars)}，PDF中将印为“${MISSING_MARK}”，请改用其他写法或核对。`,
    })
  }
  for (const cell of INPUT_CELLS) {
    const chars = unprintableChars(draft.cells[cell.key] ?? '', coverage)
    if (!chars.length) continue
    findings.push({
      rule: 'G1',
      severity: 'warning',
      cells: [cell.key],
      fields: [],
      message: `${cell.name}中有PDF字体缺少的字符${describe(chars)}，PDF中将印为“${MISSING_MARK}”。`,
    })
  }
  return findings
}

/**
 * Rule G1 (spec §5): characters of the report the PDF fonts lack, and where they are. The fonts
 * are known only to the PDF code, so it passes `canPrint`; without it, the characters that no
 * font of the PDF can ever draw are still found at once: control characters and code points
 * beyond the BMP (emoji, rare CJK extensions), which jsPDF cannot address.
 */
import { INPUT_CELLS } from './cells'
import type { FieldPath, ReportDraft } from './draft'
import type { Finding } from './finding'
import { OVERVIEW_SECTION_HEADINGS, OVERVIEW_SECTION_KEYS, PART_HEADINGS } from './format'
import { effectivePreamble } from './preamble'

/** Whether a font can draw a code point (a BMP code point that is not a control character). */
export type CanPrint = (codePoint: number) => boolean

/** The mark printed in place of a character no font has. */
export const MISSING_GLYPH_MARK = '〓'

/** Line breaks and tabs are layout, not characters: the PDF lays them out. */
const LAYOUT_CONTROLS = new Set([0x09, 0x0a, 0x0d])

/** True for a control character (C0, DEL, C1) other than a line break or tab. */
export function isControlChar(codePoint: number): boolean {
  if (LAYOUT_CONTROLS.has(codePoint)) return false
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint < 0xa0)
}

/** True when no font of the PDF could ever draw it: a control character, a lone surrogate, or beyond the BMP. */
export function isNeverPrintable(codePoint: number): boolean {
  return (
    isControlChar(codePoint) || codePoint > 0xffff || (codePoint >= 0xd800 && codePoint < 0xe000)
  )
}

/** The default when the fonts are not known yet: every BMP character that is not a control. */
export const printableUnlessNever: CanPrint = (codePoint) => !isNeverPrintable(codePoint)

/** Chinese names of the text fields that reach the PDF. */
export const PRINTED_FIELD_LABELS: Partial<Record<FieldPath, string>> = {
  'meta.agencyName': '机关名称',
  'meta.websiteName': '门户网站名称',
  'meta.websiteUrl': '网址',
  'meta.address': '联系地址',
  'meta.phone': '联系电话',
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

/** The printed text fields of a draft, each with its path. */
export function printedTexts(draft: ReportDraft): [FieldPath, string][] {
  const { overview } = draft.narrative
  return [
    ['meta.agencyName', draft.meta.agencyName],
    ['meta.websiteName', draft.meta.websiteName],
    ['meta.websiteUrl', draft.meta.websiteUrl],
    ['meta.address', draft.meta.address],
    ['meta.phone', draft.meta.phone],
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

/** The distinct characters of `text` that cannot be printed, in order of first appearance. */
export function unprintableChars(text: string, canPrint: CanPrint): string[] {
  const found = new Set<string>()
  for (const char of text) {
    const cp = char.codePointAt(0) ?? 0
    if (LAYOUT_CONTROLS.has(cp)) continue
    if (isNeverPrintable(cp) || !canPrint(cp)) found.add(char)
  }
  return [...found]
}

/** “😀”（U+1F600）, or for a control character its code alone: “U+0007（控制字符）”. */
export function describeChar(char: string): string {
  const cp = char.codePointAt(0) ?? 0
  const code = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
  return isControlChar(cp) ? `${code}（控制字符）` : `“${char}”（${code}）`
}

/**
 * G1 findings: one per text field or cell holding characters that cannot be printed, e.g. “😀”
 * in 五、存在的主要问题及改进情况. They make every output a 草稿 (spec §5).
 */
export function checkG1(draft: ReportDraft, canPrint: CanPrint = printableUnlessNever): Finding[] {
  const findings: Finding[] = []
  for (const [path, text] of printedTexts(draft)) {
    // The generated preamble only repeats metadata, whose fields are listed on their own.
    if (path === 'preamble' && draft.preamble === null) continue
    const chars = unprintableChars(text, canPrint)
    if (!chars.length) continue
    findings.push({
      rule: 'G1',
      severity: 'error',
      cells: [],
      fields: [path],
      message: `${PRINTED_FIELD_LABELS[path] ?? path}中有PDF无法印出的字符${chars.map(describeChar).join('、')}，PDF中将印为“${MISSING_GLYPH_MARK}”并标为草稿；请删除或改用其他写法。`,
    })
  }
  for (const cell of INPUT_CELLS) {
    const chars = unprintableChars(draft.cells[cell.key] ?? '', canPrint)
    if (!chars.length) continue
    findings.push({
      rule: 'G1',
      severity: 'error',
      cells: [cell.key],
      fields: [],
      message: `${cell.name}中有PDF无法印出的字符${chars.map(describeChar).join('、')}，请删除。`,
    })
  }
  return findings
}

/**
 * The output gate of spec §5: while any hard rule is broken, or G1 lists a character, every
 * output (PDF, Word, web page) is a 草稿 — marked inside, and its file name ends in （草稿）.
 * The one place that decides it; every output calls `outputStatus`.
 */
import type { ReportDraft } from './draft'
import { checkM1, checkV1, checkV2 } from './entry'
import { checkR1 } from './balance'
import type { Finding } from './finding'
import { checkG1, type CanPrint } from './glyphs'
import { checkM2 } from './metaRules'
import { computeDraftValues, type CellValues } from './totals'

/** Whether an output may go out as the final report or only as a 草稿. */
export type OutputStatus = 'final' | 'draft'

/** True when a finding keeps the report from being final: a broken hard rule, or G1. */
export function blocksFinal(finding: Finding): boolean {
  return finding.severity === 'error' || finding.rule === 'G1'
}

/** True when nothing blocks the final report. */
export function isFinal(findings: readonly Finding[]): boolean {
  return !findings.some(blocksFinal)
}

/** `final` when nothing blocks it, else `draft`. */
export function outputStatus(findings: readonly Finding[]): OutputStatus {
  return isFinal(findings) ? 'final' : 'draft'
}

/** What the gate needs besides the draft: today (M2's year range) and the fonts (G1). */
export interface GateContext {
  readonly today: Date
  readonly canPrint?: CanPrint
  /** The draft's values when already computed. */
  readonly values?: CellValues
}

/** Every hard-rule finding of a draft and G1: what an output checks before it is made. */
export function hardRuleFindings(draft: ReportDraft, context: GateContext): Finding[] {
  const values = context.values ?? computeDraftValues(draft)
  return [
    ...checkM1(draft),
    ...checkM2(draft, context.today),
    ...checkV1(draft, values),
    ...checkR1(values),
    ...checkV2(values),
    ...checkG1(draft, context.canPrint),
  ]
}

/** The status of an output of `draft` made now. */
export function draftOutputStatus(draft: ReportDraft, context: GateContext): OutputStatus {
  return outputStatus(hardRuleFindings(draft, context))
}

/** Longest file name stem, in characters: well under the 255 bytes file systems allow. */
export const MAX_FILE_STEM_CHARS = 80

/** Longest stem in UTF-8 bytes (counted generously): with （草稿） and the extension, < 255 bytes. */
export const MAX_FILE_STEM_BYTES = 200

const DRAFT_SUFFIX = '（草稿）'

/** Removes control characters (line breaks and tabs become a space): for file names and metadata. */
export function stripControlChars(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\t\n\r]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
}

/**
 * A file name for an output: `stem` without characters file systems reject, cut to a sane
 * length (on characters, so no half surrogate pair), then （草稿） for a draft, then `.ext`.
 */
export function outputFileName(stem: string, extension: string, status: OutputStatus): string {
  const clean = stripControlChars(stem)
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  let cut = ''
  let bytes = 0
  let count = 0
  for (const char of clean) {
    const size = char.length === 2 ? 4 : (char.codePointAt(0) ?? 0) < 0x800 ? 2 : 3
    if (count === MAX_FILE_STEM_CHARS || bytes + size > MAX_FILE_STEM_BYTES) break
    cut += char
    bytes += size
    count += 1
  }
  const base = cut.trim().replace(/^\.+/, '') || '年度报告'
  return `${base}${status === 'draft' ? DRAFT_SUFFIX : ''}.${extension}`
}

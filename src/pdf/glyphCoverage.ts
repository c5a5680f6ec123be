/**
 * Rule G1 with the PDF's own fonts: the domain's check (src/report/glyphs.ts) asked whether the
 * body face or the fallback face has each character.
 */
import {
  checkG1 as checkG1With,
  isNeverPrintable,
  unprintableChars as unprintableWith,
  type CanPrint,
  type Finding,
  type ReportDraft,
} from '@/report'
import type { Coverage } from './fonts/manifest'

/** True when the body face or the fallback can draw the code point (jsPDF: BMP only, no controls). */
export function isPrintable(cp: number, coverage: Coverage): boolean {
  if (isNeverPrintable(cp)) return false
  return Boolean(coverage.get('serif')?.has(cp) || coverage.get('fallback')?.has(cp))
}

/** The G1 predicate of a font coverage. */
export function canPrintWith(coverage: Coverage): CanPrint {
  return (cp) => isPrintable(cp, coverage)
}

/** The distinct characters of `text` no font can draw, in order of first appearance. */
export function unprintableChars(text: string, coverage: Coverage): string[] {
  return unprintableWith(text, canPrintWith(coverage))
}

/** G1 findings of a draft against the PDF's fonts. */
export function checkG1(draft: ReportDraft, coverage: Coverage): Finding[] {
  return checkG1With(draft, canPrintWith(coverage))
}

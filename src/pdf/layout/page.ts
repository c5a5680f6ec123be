/**
 * Page geometry and type sizes after GB/T 9704-2012 《党政机关公文格式》, in millimetres and points.
 * Every other layout module reads its numbers from here.
 */

// The GB/T 9704 numbers live in the shared document model; the PDF adds what only it needs.
import { LINES_PER_PAGE, MARGIN, MM_PER_PT, PAGE, SIZE } from '@/report/document'

export { LINES_PER_PAGE, MARGIN, MM_PER_PT, PAGE, SIZE }

/** The text block (版心): 156 mm × 225 mm. */
export const TEXT_BLOCK = {
  left: MARGIN.left,
  top: MARGIN.top,
  width: PAGE.width - MARGIN.left - MARGIN.right,
  height: PAGE.height - MARGIN.top - MARGIN.bottom,
} as const

/** The pitch of a body line, so that 22 lines fill the text block exactly. */
export const LINE_PITCH = TEXT_BLOCK.height / LINES_PER_PAGE

/** The title's line pitch. */
export const TITLE_PITCH = SIZE.title * MM_PER_PT * 1.5

/** Table cell padding and line pitch. */
export const TABLE = {
  paddingX: 1,
  paddingY: 1.2,
  linePitch: SIZE.table * MM_PER_PT * 1.3,
  minRowHeight: 7,
  ruleWidth: 0.25,
} as const

/** The page number's baseline: 7 mm under the text block plus the digits' height (§7.5). */
export const PAGE_NUMBER_BASELINE =
  TEXT_BLOCK.top + TEXT_BLOCK.height + 7 + SIZE.pageNumber * MM_PER_PT * 0.7

/** The fingerprint footer's baseline, near the paper's bottom edge. */
export const FOOTER_BASELINE = PAGE.height - 12

/** Distance from a line box's top to its baseline, for text of `sizePt` in a box `pitch` high. */
export function baselineOffset(pitch: number, sizePt: number): number {
  return pitch / 2 + sizePt * MM_PER_PT * 0.35
}

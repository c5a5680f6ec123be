/**
 * Page geometry and type sizes after GB/T 9704-2012 《党政机关公文格式》, in millimetres and points.
 * Every other layout module reads its numbers from here.
 */

/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72

/** A4 paper (GB/T 9704-2012 §5.2.1: 210 mm × 297 mm). */
export const PAGE = { width: 210, height: 297 } as const

/** Margins (§5.2.2: 天头 37 mm, 订口 28 mm; bottom and right give the 156 × 225 mm text block). */
export const MARGIN = { top: 37, bottom: 35, left: 28, right: 26 } as const

/** The text block (版心): 156 mm × 225 mm. */
export const TEXT_BLOCK = {
  left: MARGIN.left,
  top: MARGIN.top,
  width: PAGE.width - MARGIN.left - MARGIN.right,
  height: PAGE.height - MARGIN.top - MARGIN.bottom,
} as const

/** Type sizes in points: 二号 title, 三号 body and headings, 五号 tables, 四号 page numbers. */
export const SIZE = {
  title: 22,
  body: 16,
  notice: 12,
  table: 10.5,
  pageNumber: 14,
  footer: 7.5,
  watermark: 150,
} as const

/** Body lines per page (§5.2.3: 22 lines of 28 characters in 三号). */
export const LINES_PER_PAGE = 22

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

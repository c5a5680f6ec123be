/**
 * The printed page after GB/T 9704-2012 《党政机关公文格式》 (spec §7a), in millimetres and points:
 * one set of numbers that the PDF lays out and the Word file writes.
 */

/** Millimetres per typographic point. */
export const MM_PER_PT = 25.4 / 72

/** A4 paper (GB/T 9704-2012 §5.2.1: 210 mm × 297 mm). */
export const PAGE = { width: 210, height: 297 } as const

/** Margins (§5.2.2: 天头 37 mm, 订口 28 mm; bottom and right give the 156 × 225 mm text block). */
export const MARGIN = { top: 37, bottom: 35, left: 28, right: 26 } as const

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

/** Characters per body line (§5.2.3). */
export const CHARS_PER_LINE = 28

/** First-line indent of body paragraphs and headings, in characters (空二字). */
export const INDENT_CHARS = 2

/** The 成文日期's distance from the right edge, in characters (§7.3.5.1: 右空四字). */
export const DATE_RIGHT_CHARS = 4

/** The text every page prints as its number: “— 3 —”. */
export function pageNumberText(n: number): string {
  return `— ${n} —`
}

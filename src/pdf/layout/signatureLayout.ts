/**
 * Placing the 落款 (GB/T 9704-2012 7.3.5.2, a document without a seal): one blank line under the
 * body, the agency's name 右空二字, the date on the next line with its first character two
 * characters right of the name's; when the date is the longer, the date is 右空二字 and the
 * name moves left so the two-character shift holds.
 */
import type { SignatureBlock } from '../signature'
import { breakLines, type LineBox } from './lineBreak'
import { textWidth, type MeasureChar } from './faces'
import { TEXT_BLOCK } from './page'

/** The two lines of a 落款 (the name's may be absent), each indented to its place. */
export function signatureLines(
  block: SignatureBlock,
  measure: MeasureChar,
  em: number,
  width = TEXT_BLOCK.width,
): LineBox[] {
  if (!block.date) return []
  const agencyWidth = block.agency ? textWidth(block.agency, measure) : undefined
  const dateWidth = textWidth(block.date, measure)
  const right = width - 2 * em
  let agencyLeft = agencyWidth !== undefined ? right - agencyWidth : right - dateWidth - 2 * em
  let dateLeft = agencyLeft + 2 * em
  if (dateLeft + dateWidth > right) {
    dateLeft = right - dateWidth
    agencyLeft = dateLeft - 2 * em
  }
  const place = (text: string, left: number) =>
    breakLines(text, measure, { width, firstIndent: Math.max(0, left) })
  return [...(block.agency ? place(block.agency, agencyLeft) : []), ...place(block.date, dateLeft)]
}

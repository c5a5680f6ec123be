// The committed piece order (scripts/lib/char-order.txt) against the app's own printed texts: if
// a heading changes, the heading faces would fetch a piece per new character until the order is
// made again (`npm run fonts:order`).
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { OVERVIEW_SECTION_HEADINGS, PART_HEADINGS, formatReportTitle } from '@/report'
import { WATERMARK } from '@/pdf/layout/layoutReport'

const order = [
  ...readFileSync(
    new URL('../../../../scripts/lib/char-order.txt', import.meta.url),
    'utf8',
  ).trim(),
]
const position = new Map(order.map((char, i) => [char, i]))

describe('the piece order', () => {
  it('has every character once', () => {
    expect(new Set(order).size).toBe(order.length)
  })

  it.each([
    ['the part headings', Object.values(PART_HEADINGS).join('')],
    ['the overview headings', Object.values(OVERVIEW_SECTION_HEADINGS).join('')],
    ['the title and the year', formatReportTitle('', 2026) + '0123456789'],
    ['the watermark', WATERMARK],
  ])('puts %s in its first 300 places (a heading face fetches a handful of pieces)', (_, text) => {
    const late = [...text].filter((char) => !((position.get(char) ?? Infinity) < 300))
    expect(late, 'run `npm run fonts:order`').toEqual([])
  })
})

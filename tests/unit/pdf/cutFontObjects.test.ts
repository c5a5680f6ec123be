import { describe, expect, it } from 'vitest'
import { glyphTables } from '@/pdf/cutFontObjects'

/** A parsed font as jsPDF would give it: character → glyph, and glyph widths in 1/1000 em. */
function font(codeMap: Record<number, number>, widths: Record<number, number>) {
  return {
    cmap: { unicode: { codeMap } },
    widthOfGlyph: (glyph: number) => widths[glyph] ?? 1000,
    bbox: [0, 0, 0, 0],
    flags: 0,
    stemV: 0,
    italicAngle: 0,
    ascender: 0,
    decender: 0,
    capHeight: 0,
  }
}

/** The `<glyph><unicode>` pairs of a ToUnicode CMap's bfchar blocks, as numbers. */
const pairs = (cmap: string) =>
  [
    ...cmap.slice(cmap.indexOf('endcodespacerange')).matchAll(/<([0-9a-f]{4})><([0-9a-f]{4})>/g),
  ].map((m) => [parseInt(m[1] ?? '', 16), parseInt(m[2] ?? '', 16)])

describe('glyphTables', () => {
  it.each([
    // 政 府 and the digit 2: each glyph maps back to its character, in glyph order.
    [
      { 0x653f: 1, 0x5e9c: 2, 0x32: 3 },
      [
        [1, 0x653f],
        [2, 0x5e9c],
        [3, 0x32],
      ],
    ],
    // Two characters on one glyph: the lower code point is the one extracted.
    [{ 0x2f00: 4, 0x4e00: 4 }, [[4, 0x2f00]]],
    // Glyph 0 (.notdef) and characters beyond the BMP are left out.
    [{ 0x41: 0, 0x2003e: 5, 0x42: 6 }, [[6, 0x42]]],
  ])('maps every glyph of %j back to one character', (codeMap, expected) => {
    expect(pairs(glyphTables(font(codeMap, {})).toUnicode)).toEqual(expected)
  })

  it('writes bfchar blocks of at most 100 pairs, with the header and trailer jsPDF writes', () => {
    const codeMap = Object.fromEntries(Array.from({ length: 250 }, (_, i) => [0x4e00 + i, i + 1]))
    const { toUnicode } = glyphTables(font(codeMap, {}))
    expect([...toUnicode.matchAll(/(\d+) beginbfchar/g)].map((m) => m[1])).toEqual([
      '100',
      '100',
      '50',
    ])
    expect(toUnicode).toMatch(/^\/CIDInit \/ProcSet findresource begin\n/)
    expect(toUnicode).toMatch(
      /endbfchar\nendcmap\nCMapName currentdict \/CMap defineresource pop\nend\nend$/,
    )
    expect(pairs(toUnicode)).toHaveLength(250)
  })

  it.each([
    ['all full width: nothing beyond /DW', {}, '[]'],
    ['one narrow digit', { 3: 500 }, '[3 [500]]'],
    ['a run of consecutive glyphs', { 2: 500, 3: 520, 4: 480.9 }, '[2 [500 520 480]]'],
    ['runs split by a full-width glyph', { 1: 500, 3: 500, 4: 500 }, '[1 [500] 3 [500 500]]'],
  ])('lists in /W only glyphs of other widths: %s', (_, widths, expected) => {
    const codeMap = { 0x31: 1, 0x4e00: 2, 0x32: 3, 0x33: 4, 0x34: 5 }
    expect(glyphTables(font(codeMap, widths)).widths).toBe(expected)
  })
})

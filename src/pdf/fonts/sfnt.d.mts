/** Four-character table tag → 32-bit number. */
export function tagNumber(name: string): number
/** The tables of a TrueType font, by tag (views into `font`). */
export function readTables(font: Uint8Array): Map<string, Uint8Array>
/** A TrueType font from its tables (checksums set). */
export function writeTables(tables: Map<string, Uint8Array>): Uint8Array
/** The code point → glyph map of a font's best Unicode cmap. */
export function readCmap(font: Uint8Array): Map<number, number>
/** The component glyph ids of a composite glyph; `rename` rewrites them in place. */
export function glyphComponents(data: Uint8Array, rename?: (glyph: number) => number): number[]
/** Glyph outlines and horizontal metrics of a TrueType font, by glyph id. */
export function readGlyphs(font: Uint8Array): {
  count: number
  glyph(id: number): { advance: number; lsb: number; data: Uint8Array }
}

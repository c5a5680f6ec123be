/** One glyph of a piece: its id in the face, horizontal metrics and outline bytes. */
export interface GlyphRecord {
  id: number
  advance: number
  lsb: number
  data: Uint8Array
}
/** A decoded piece; the base also has the face's other tables. */
export interface GlyphPiece {
  tables: Map<string, Uint8Array>
  glyphs: GlyphRecord[]
  /** [code point, glyph id] pairs. */
  map: [number, number][]
}
/** Serialises a piece (or the base, which also has `tables`). */
export function encodePiece(piece: {
  tables?: Map<string, Uint8Array>
  glyphs: GlyphRecord[]
  map: [number, number][]
}): Uint8Array
/** Reads a piece; throws on bytes that are not one. */
export function decodePiece(bytes: Uint8Array): GlyphPiece
/** The TrueType font of `codePoints` from a face's decoded base and pieces. */
export function assembleFont(
  base: GlyphPiece,
  pieces: readonly GlyphPiece[],
  codePoints: Iterable<number>,
): Uint8Array
/** A face's base and pieces in one file (准备离线使用). */
export function encodePack(files: Uint8Array[]): Uint8Array
/** File `i` of a pack (0 is the base, k + 1 piece k); throws on bytes that are not a whole pack. */
export function unpack(pack: Uint8Array, i: number): Uint8Array

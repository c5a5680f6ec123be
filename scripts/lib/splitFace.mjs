// Takes a TrueType face apart into a base and glyph pieces (see src/pdf/fonts/glyphPieces.mjs):
// piece k holds the face's characters at positions k·size … (k+1)·size − 1 of the piece order,
// with the glyphs they draw and those glyphs' components.
import { encodePiece } from '../../src/pdf/fonts/glyphPieces.mjs'
import { glyphComponents, readCmap, readGlyphs, readTables } from '../../src/pdf/fonts/sfnt.mjs'

/** Tables a piece carries instead of the base. */
const GLYPH_TABLES = new Set(['glyf', 'loca', 'hmtx', 'cmap'])

/**
 * @param {Uint8Array} font TrueType bytes
 * @param {number[]} order every code point of the face, in piece order (others are an error)
 * @param {number} size characters per piece
 * @returns {{ base: Uint8Array, pieces: (Uint8Array | null)[] }} null for a piece with none of the face's characters
 */
export function splitFace(font, order, size) {
  const cmap = readCmap(font)
  const positions = new Set(order)
  const outside = [...cmap.keys()].filter((cp) => !positions.has(cp))
  if (outside.length) {
    throw new Error(
      `piece order lacks ${outside.length} code points of the face, e.g. U+${outside[0]?.toString(16)}`,
    )
  }
  const glyphs = readGlyphs(font)
  const record = (/** @type {number} */ id) => ({ id, ...glyphs.glyph(id) })
  const tables = new Map([...readTables(font)].filter(([tag]) => !GLYPH_TABLES.has(tag)))
  const base = encodePiece({ tables, glyphs: [record(0)], map: [] })
  /** @type {(Uint8Array | null)[]} */
  const pieces = []
  for (let start = 0; start < order.length; start += size) {
    const map = order
      .slice(start, start + size)
      .filter((cp) => cmap.has(cp))
      .map((cp) => /** @type {[number, number]} */ ([cp, cmap.get(cp)]))
    if (!map.length) {
      pieces.push(null)
      continue
    }
    /** @type {Set<number>} */
    const ids = new Set()
    const add = (/** @type {number} */ id) => {
      if (id === 0 || ids.has(id)) return
      ids.add(id)
      for (const component of glyphComponents(glyphs.glyph(id).data)) add(component)
    }
    for (const [, id] of map) add(id)
    const pieceGlyphs = [...ids].sort((a, b) => a - b).map(record)
    pieces.push(encodePiece({ glyphs: pieceGlyphs, map }))
  }
  return { base, pieces }
}

// Takes a TrueType face apart into a base and glyph pieces (see src/pdf/fonts/glyphPieces.mjs):
// piece k holds the face's characters at the positions of the piece order the layout gives it
// (src/pdf/fonts/pieceLayout.mjs), with the glyphs they draw and those glyphs' components.
import { encodePiece } from '../../src/pdf/fonts/glyphPieces.mjs'
import { pieceAt } from '../../src/pdf/fonts/pieceLayout.mjs'
import { glyphComponents, readCmap, readGlyphs, readTables } from '../../src/pdf/fonts/sfnt.mjs'

/** Tables a piece carries instead of the base. */
const GLYPH_TABLES = new Set(['glyf', 'loca', 'hmtx', 'cmap'])

/**
 * @param {Uint8Array} font TrueType bytes
 * @param {number[]} order the face's code points in piece order: all of them but `elsewhere`
 * @param {import('../../src/pdf/fonts/pieceLayout.d.mts').PieceLayout} layout
 * @param {Set<number>} [elsewhere] code points of the face that no piece holds (drawn by another face)
 * @returns {{ base: Uint8Array, pieces: Uint8Array[] }}
 */
export function splitFace(font, order, layout, elsewhere = new Set()) {
  const cmap = readCmap(font)
  const positions = new Set(order)
  const outside = [...cmap.keys()].filter((cp) => !positions.has(cp) && !elsewhere.has(cp))
  const absent = order.filter((cp) => !cmap.has(cp))
  if (outside.length || absent.length || positions.size !== order.length) {
    throw new Error(
      `piece order and face differ: ${outside.length} code points not placed, ${absent.length} not in the face, ${order.length - positions.size} twice`,
    )
  }
  const glyphs = readGlyphs(font)
  const record = (/** @type {number} */ id) => ({ id, ...glyphs.glyph(id) })
  const tables = new Map([...readTables(font)].filter(([tag]) => !GLYPH_TABLES.has(tag)))
  const base = encodePiece({ tables, glyphs: [record(0)], map: [] })
  /** @type {[number, number][][]} */
  const maps = []
  order.forEach((cp, position) => {
    const k = pieceAt(layout, position)
    ;(maps[k] ??= []).push([cp, /** @type {number} */ (cmap.get(cp))])
  })
  const pieces = maps.map((map) => {
    /** @type {Set<number>} */
    const ids = new Set()
    const add = (/** @type {number} */ id) => {
      if (id === 0 || ids.has(id)) return
      ids.add(id)
      for (const component of glyphComponents(glyphs.glyph(id).data)) add(component)
    }
    for (const [, id] of map) add(id)
    return encodePiece({ glyphs: [...ids].sort((a, b) => a - b).map(record), map })
  })
  return { base, pieces }
}

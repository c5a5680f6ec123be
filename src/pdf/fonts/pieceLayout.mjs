// How a face's piece order is cut into pieces, shared by the font build (scripts/subset-fonts.mjs)
// and the worker (manifest.ts): a layout is a list of [count, size] runs — `count` pieces of
// `size` positions each, in order; a count of 0 repeats the size to the end. Types in
// pieceLayout.d.mts.

/**
 * The piece holding `position` (0-based) under `layout`.
 * @param {import('./pieceLayout.d.mts').PieceLayout} layout @param {number} position
 */
export function pieceAt(layout, position) {
  let k = 0
  let rest = position
  for (const [count, size] of layout) {
    if (count === 0 || rest < count * size) return k + Math.floor(rest / size)
    rest -= count * size
    k += count
  }
  throw new Error(`字体分片布局不含位置 ${position}，请刷新页面。`)
}

/**
 * The number of pieces `length` positions fill under `layout`.
 * @param {import('./pieceLayout.d.mts').PieceLayout} layout @param {number} length
 */
export function pieceCount(layout, length) {
  return length === 0 ? 0 : pieceAt(layout, length - 1) + 1
}

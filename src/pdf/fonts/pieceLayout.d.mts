/** [count, size] runs: `count` pieces of `size` positions each; a count of 0 repeats to the end. */
export type PieceLayout = readonly (readonly [number, number])[]
/** The piece holding `position` (0-based) under `layout`. */
export function pieceAt(layout: PieceLayout, position: number): number
/** The number of pieces `length` positions fill under `layout`. */
export function pieceCount(layout: PieceLayout, length: number): number

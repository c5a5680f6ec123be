/**
 * The font manifest written by scripts/subset-fonts.mjs: per face its coverage, base and glyph
 * pieces; the piece orders (which piece holds which code point).
 */
import type { FaceId } from '../layout/faces'

/** A file of public/fonts/ and its size. */
export interface FileEntry {
  /** Relative to manifest.json; piece names carry a hash of their content. */
  readonly file: string
  readonly bytes: number
}

/** One face's entry in public/fonts/manifest.json. */
export interface FaceEntry extends FileEntry {
  /** Code points as delta ranges in base 36 (see scripts/lib/ranges.mjs). */
  readonly coverage: string
  readonly licence: string
  /** The name of the face's piece order in `orders`. */
  readonly order: string
  /** Positions per piece: piece k holds the face's code points at k·size … (k+1)·size − 1. */
  readonly pieceSize: number
  /** The face's tables other than glyphs, and .notdef. */
  readonly base: FileEntry
  /** Each piece's content hash (its file: pieceFile()); null where the face has none of its code points. */
  readonly pieces: readonly (string | null)[]
  /** The pieces' bytes together. */
  readonly piecesBytes: number
}

/** A piece order: ranked characters, then ascending runs of code points as delta ranges. */
export interface PieceOrder {
  readonly ranked: string
  readonly runs: readonly string[]
}

/** public/fonts/manifest.json. */
export interface FontManifest {
  readonly faces: Record<FaceId, FaceEntry>
  readonly orders: Readonly<Record<string, PieceOrder>>
}

/** Code points a face has; only membership is asked, so ranges are kept, not ~30 000 numbers. */
export interface CodePointSet {
  has(codePoint: number): boolean
}

/** Which code points each face has. */
export type Coverage = ReadonlyMap<FaceId, CodePointSet>

/** The [start, end] ranges of “w,2u,1a,0” (start delta, length − 1, …): here 32–126 and 160. */
function rangesOf(encoded: string): { starts: number[]; ends: number[] } {
  const starts: number[] = []
  const ends: number[] = []
  const numbers = encoded ? encoded.split(',').map((part) => parseInt(part, 36)) : []
  let previousEnd = -1
  for (let i = 0; i + 1 < numbers.length; i += 2) {
    const start = previousEnd + 1 + (numbers[i] ?? 0)
    previousEnd = start + (numbers[i + 1] ?? 0)
    starts.push(start)
    ends.push(previousEnd)
  }
  return { starts, ends }
}

/** Decodes “w,2u,1a,0” (start delta, length − 1, …): here 32–126 and 160. */
export function decodeRanges(encoded: string): CodePointSet {
  const { starts, ends } = rangesOf(encoded)
  return {
    has(codePoint) {
      let low = 0
      let high = starts.length - 1
      while (low <= high) {
        const mid = (low + high) >> 1
        if (codePoint < (starts[mid] as number)) high = mid - 1
        else if (codePoint > (ends[mid] as number)) low = mid + 1
        else return true
      }
      return false
    },
  }
}

const decoded = new WeakMap<FontManifest, Coverage>()

/** Decodes the coverage of every face of a manifest (once per manifest object). */
export function manifestCoverage(manifest: FontManifest): Coverage {
  let coverage = decoded.get(manifest)
  if (!coverage) {
    coverage = new Map(
      (Object.entries(manifest.faces) as [FaceId, FaceEntry][]).map(([face, entry]) => [
        face,
        decodeRanges(entry.coverage),
      ]),
    )
    decoded.set(manifest, coverage)
  }
  return coverage
}

/** The file of piece `k` of `face`, relative to the manifest. */
export function pieceFile(face: FaceId, entry: FaceEntry, k: number): string {
  return `pieces/${face}-${k}.${entry.pieces[k] ?? ''}.bin`
}

/** A piece order as a map from code point to its position. */
export function decodeOrder(order: PieceOrder): ReadonlyMap<number, number> {
  const positions = new Map<number, number>()
  for (const char of order.ranked) positions.set(char.codePointAt(0) as number, positions.size)
  for (const run of order.runs) {
    const { starts, ends } = rangesOf(run)
    starts.forEach((start, i) => {
      for (let cp = start; cp <= (ends[i] as number); cp += 1) positions.set(cp, positions.size)
    })
  }
  return positions
}

const decodedOrders = new WeakMap<PieceOrder, ReadonlyMap<number, number>>()

/**
 * The indexes of the pieces of `face` that hold `codePoints`, ascending. Throws for a code point
 * the face has no piece for (the caller sorts characters into faces by their coverage first).
 */
export function piecesFor(
  manifest: FontManifest,
  face: FaceId,
  codePoints: Iterable<number>,
): number[] {
  const entry = manifest.faces[face]
  const order = manifest.orders[entry.order]
  if (!order) throw new Error(`字体清单缺少分片顺序“${entry.order}”，请刷新页面。`)
  let positions = decodedOrders.get(order)
  if (!positions) decodedOrders.set(order, (positions = decodeOrder(order)))
  const pieces = new Set<number>()
  for (const cp of codePoints) {
    const position = positions.get(cp)
    const piece = position === undefined ? -1 : Math.floor(position / entry.pieceSize)
    if (piece < 0 || !entry.pieces[piece]) {
      throw new Error(`字体“${face}”没有字符 U+${cp.toString(16).toUpperCase()} 的分片`)
    }
    pieces.add(piece)
  }
  return [...pieces].sort((a, b) => a - b)
}

/**
 * The font manifest written by scripts/subset-fonts.mjs: for each face its base, the layout of
 * its glyph pieces and the order that says which piece holds which code point. Kept small (it is
 * part of every first PDF): the main faces share one order, each puts its own head first (the
 * characters it prints in every report); the fallback's order is its code points ascending.
 */
import type { FaceId } from '../layout/faces'
import { pieceAt, type PieceLayout } from './pieceLayout.mjs'

/** The manifest format this code reads; a kept manifest of an older deployment is refused. */
export const MANIFEST_VERSION = 2

/** A file of public/fonts/ and its size. */
export interface FileEntry {
  /** Relative to manifest.json. */
  readonly file: string
  readonly bytes: number
}

/** One face's entry in public/fonts/manifest.json. */
export interface FaceEntry extends FileEntry {
  readonly licence: string
  /**
   * `main`: the manifest's shared order, this face's `head` first, less its `missing`;
   * `fallback`: the `printable` code points the serif face lacks, ascending.
   */
  readonly order: 'main' | 'fallback'
  /** The characters the face prints in every report: the first piece(s). */
  readonly head: string
  /** Code points of the shared order the face lacks, as delta ranges. */
  readonly missing: string
  /** How the face's order is cut into pieces. */
  readonly layout: PieceLayout
  readonly pieceCount: number
  /** A hash of all the face's pieces, in each piece's file name (cacheable for ever). */
  readonly hash: string
  /** The face's tables other than glyphs, and .notdef. */
  readonly base: FileEntry
  /** The base and every piece in one file (准备离线使用; glyphPieces.mjs `unpack`). */
  readonly pack: FileEntry
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
  readonly version: number
  /** Every code point of the face the fallback is cut from, as delta ranges. */
  readonly printable: string
  /** The main faces' shared order. */
  readonly order: PieceOrder
  readonly faces: Record<FaceId, FaceEntry>
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

/** Every code point of delta ranges, ascending. */
function* rangeCodePoints(encoded: string): Generator<number> {
  const { starts, ends } = rangesOf(encoded)
  for (const [i, start] of starts.entries()) {
    for (let cp = start; cp <= (ends[i] as number); cp += 1) yield cp
  }
}

/** A piece order's code points in order. */
export function decodeOrder(order: PieceOrder): number[] {
  const codePoints = [...order.ranked].map((char) => char.codePointAt(0) as number)
  for (const run of order.runs) codePoints.push(...rangeCodePoints(run))
  return codePoints
}

/** Each face's code points with their positions in its piece order (the face's coverage). */
type FacePositions = ReadonlyMap<FaceId, ReadonlyMap<number, number>>

const decoded = new WeakMap<FontManifest, FacePositions>()

/** Refuses a manifest this code cannot read (a kept copy from an older deployment). */
function checkVersion(manifest: FontManifest): void {
  if (manifest?.version !== MANIFEST_VERSION || !manifest.order || !manifest.faces) {
    throw new Error('字体清单与本页面版本不符（可能是旧版本的缓存），请联网后刷新页面。')
  }
}

/** Decodes every face's piece order (once per manifest object). */
export function facePositions(manifest: FontManifest): FacePositions {
  let positions = decoded.get(manifest)
  if (positions) return positions
  checkVersion(manifest)
  const shared = decodeOrder(manifest.order)
  const faces = new Map<FaceId, Map<number, number>>()
  let fallback: FaceId | undefined
  for (const [face, entry] of Object.entries(manifest.faces) as [FaceId, FaceEntry][]) {
    if (entry.order === 'fallback') {
      fallback = face
      continue
    }
    const own = new Map<number, number>()
    for (const char of entry.head) own.set(char.codePointAt(0) as number, own.size)
    const missing = decodeRanges(entry.missing)
    for (const cp of shared) if (!own.has(cp) && !missing.has(cp)) own.set(cp, own.size)
    faces.set(face, own)
  }
  if (fallback) {
    const serif = faces.get('serif')
    const own = new Map<number, number>()
    for (const cp of rangeCodePoints(manifest.printable)) {
      if (!serif?.has(cp)) own.set(cp, own.size)
    }
    faces.set(fallback, own)
  }
  decoded.set(manifest, (positions = faces))
  return positions
}

/** Which code points each face has. */
export function manifestCoverage(manifest: FontManifest): Coverage {
  return facePositions(manifest)
}

/** The file of piece `k` of `face`, relative to the manifest. */
export function pieceFile(face: FaceId, entry: FaceEntry, k: number): string {
  return `pieces/${face}-${k}.${entry.hash}.bin`
}

/**
 * The indexes of the pieces of `face` that hold `codePoints`, ascending. Throws for a code point
 * the face has no piece for (the caller sorts characters into faces by their coverage first).
 */
export function piecesFor(
  manifest: FontManifest,
  face: FaceId,
  codePoints: Iterable<number>,
): number[] {
  const positions = facePositions(manifest).get(face)
  const entry = manifest.faces[face]
  if (!entry || !positions) throw new Error(`字体清单缺少字体“${face}”，请刷新页面。`)
  const pieces = new Set<number>()
  for (const cp of codePoints) {
    const position = positions.get(cp)
    const piece = position === undefined ? -1 : pieceAt(entry.layout, position)
    if (piece < 0 || piece >= entry.pieceCount) {
      throw new Error(`字体“${face}”没有字符 U+${cp.toString(16).toUpperCase()} 的分片`)
    }
    pieces.add(piece)
  }
  return [...pieces].sort((a, b) => a - b)
}

/** The code points of `codePoints` that piece `k` of `face` holds (for naming what cannot print). */
export function codePointsInPiece(
  manifest: FontManifest,
  face: FaceId,
  codePoints: Iterable<number>,
  k: number,
): number[] {
  const positions = facePositions(manifest).get(face)
  const entry = manifest.faces[face]
  if (!entry || !positions) return []
  return [...codePoints].filter((cp) => {
    const position = positions.get(cp)
    return position !== undefined && pieceAt(entry.layout, position) === k
  })
}

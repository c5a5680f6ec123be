/** The font manifest written by scripts/subset-fonts.mjs: files, sizes and coverage per face. */
import type { FaceId } from '../layout/faces'

/** One face's entry in public/fonts/manifest.json. */
export interface FaceEntry {
  readonly file: string
  readonly bytes: number
  /** Code points as delta ranges in base 36 (see scripts/lib/ranges.mjs). */
  readonly coverage: string
  readonly licence: string
}

/** public/fonts/manifest.json. */
export interface FontManifest {
  readonly faces: Record<FaceId, FaceEntry>
}

/** Code points a face has; only membership is asked, so ranges are kept, not ~30 000 numbers. */
export interface CodePointSet {
  has(codePoint: number): boolean
}

/** Which code points each face has. */
export type Coverage = ReadonlyMap<FaceId, CodePointSet>

/** Decodes “w,2u,1a,0” (start delta, length − 1, …): here 32–126 and 160. */
export function decodeRanges(encoded: string): CodePointSet {
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

/**
 * The {@link labelKey} form of a whole text with a map back to the raw text, so that labels found
 * anywhere in the character stream (not only at line starts) can be located in the original.
 */
import { labelKey } from './text'

/** A text's comparison key and, for each key character, the index of its raw character. */
export interface StreamKey {
  readonly key: string
  /** `rawAt[k]` is the raw index of key character k; `rawAt[key.length]` is the raw length. */
  readonly rawAt: readonly number[]
}

/**
 * Builds the key character by character (NFKC, no spaces or markup, one quote style), then reads
 * “1、” numbering as “1.” as {@link labelKey} does; both steps keep the per-character map.
 * e.g. streamKey('一、 总体').key === '一、总体'.
 */
export function streamKey(raw: string): StreamKey {
  const chars: string[] = []
  const rawAt: number[] = []
  let index = 0
  const cache = new Map<string, string>()
  for (const char of raw) {
    let piece = cache.get(char)
    if (piece === undefined) {
      piece = labelKey(char)
      cache.set(char, piece)
    }
    for (const out of piece) {
      chars.push(out)
      rawAt.push(index)
    }
    index += char.length
  }
  rawAt.push(raw.length)
  const key = chars.join('').replace(/(^|\D)(\d{1,2})[、,](?=\D)/g, '$1$2.')
  return { key, rawAt }
}

// Compact code point sets for the font manifest: sorted ranges, delta-encoded in base 36,
// e.g. [32..126, 160] → "w,2u,1a,0" (start delta, length − 1, start delta, length − 1).
// The decoder is src/pdf/coverage/ranges.ts; keep the two in step.

/**
 * Encodes code points as delta ranges.
 * @param {number[]} codePoints
 * @returns {string}
 */
export function encodeRanges(codePoints) {
  const sorted = [...new Set(codePoints)].sort((a, b) => a - b)
  /** @type {string[]} */
  const parts = []
  let previousEnd = -1
  for (let i = 0; i < sorted.length;) {
    const start = /** @type {number} */ (sorted[i])
    let end = start
    while (sorted[i + 1] === end + 1) {
      i += 1
      end += 1
    }
    i += 1
    parts.push((start - previousEnd - 1).toString(36), (end - start).toString(36))
    previousEnd = end
  }
  return parts.join(',')
}

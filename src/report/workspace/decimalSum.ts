/**
 * Exact sums of decimal strings (the fee in 万元 has up to 6 decimals): digits are added as
 * BigInt integers scaled by the longest fraction, so 0.1 + 0.2 is 0.3, not 0.30000000000000004.
 * Native BigInt is enough for additions of non-negative decimals; no decimal library is needed.
 */

const DECIMAL = /^(\d+)(?:\.(\d+))?$/

/** The exact sum of non-negative decimal strings such as "4068.208", keeping the longest fraction. */
export function sumDecimals(parts: readonly string[]): string {
  const read = parts.map((part) => {
    const match = DECIMAL.exec(part)
    if (!match) throw new RangeError(`not a non-negative decimal: ${part}`)
    return { whole: match[1] ?? '0', fraction: match[2] ?? '' }
  })
  const scale = Math.max(0, ...read.map((part) => part.fraction.length))
  let total = 0n
  for (const part of read) total += BigInt(part.whole + part.fraction.padEnd(scale, '0'))
  const digits = total.toString().padStart(scale + 1, '0')
  if (scale === 0) return digits
  return `${digits.slice(0, -scale)}.${digits.slice(-scale)}`
}

/** Encodes code points as delta ranges in base 36, e.g. [32..126, 160] → "w,2u,1a,0". */
export function encodeRanges(codePoints: number[]): string

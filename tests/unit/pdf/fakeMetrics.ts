// Fake font metrics for layout tests: no font files needed. Full-width characters are 1 em,
// ASCII is half an em; the serif face lacks 堃 (the fallback has it) and nobody has 𠀾.
import type { FaceId, FontMetrics, MeasureChar } from '@/pdf/layout/faces'

/** Fake metrics: 1 em for CJK, 0.5 em for ASCII; 堃 only in the fallback; 𠀾 nowhere. */
export const FAKE_METRICS: FontMetrics = {
  advance(face: FaceId, cp: number) {
    if (cp > 0xffff) return undefined
    if (cp === 0x5803) return face === 'fallback' ? 1 : undefined
    return cp < 0x7f ? 0.5 : 1
  },
}

/** A measure function where every full-width character is 1 mm wide and ASCII 0.5 mm. */
export const unitMeasure: MeasureChar = (char) => ({
  text: char,
  face: 'serif',
  width: (char.codePointAt(0) ?? 0) < 0x7f ? 0.5 : 1,
})

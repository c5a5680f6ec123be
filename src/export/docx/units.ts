/** Word's units: twips (1/20 pt), half-points for type sizes; always whole numbers. */
import { MM_PER_PT } from '@/report/document'

/** Millimetres → whole twips (1 mm ≈ 56.69 twips). */
export function mmToTwips(mm: number): number {
  return Math.round((mm / MM_PER_PT) * 20)
}

/** Points → whole twips. */
export function ptToTwips(pt: number): number {
  return Math.round(pt * 20)
}

/** Points → Word's half-points (`w:sz`). */
export function ptToHalfPoints(pt: number): number {
  return Math.round(pt * 2)
}

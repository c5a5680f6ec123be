/** Font faces of the PDF and the metrics interface the layout measures text with. */

/** The faces: GB/T 9704 roles and one fallback for characters beyond the GB 2312 cut. */
export const FACE_IDS = ['serif', 'serifBold', 'sans', 'kai', 'fallback'] as const
/** One of {@link FACE_IDS}. */
export type FaceId = (typeof FACE_IDS)[number]

/** Role → face: 小标宋 title, 黑体 一、 headings, 楷体 （一） headings, 仿宋 body (swappable). */
export const ROLE_FACES = {
  title: 'serifBold',
  heading: 'sans',
  subheading: 'kai',
  body: 'serif',
} as const satisfies Record<string, FaceId>

/** What layout needs to know about fonts: each face's advance widths. */
export interface FontMetrics {
  /** Advance of a code point in em, or undefined when the face has no glyph for it. */
  advance(face: FaceId, codePoint: number): number | undefined
}

/** Printed in place of a character no face has (GB 2312's 〓), after the user was told (G1). */
export const MISSING_MARK = '〓'

/** A character as laid out: the text drawn, its face and its width in mm. */
export interface MeasuredChar {
  readonly text: string
  readonly face: FaceId
  readonly width: number
}

/** Measures one character (a code point) in a style. */
export type MeasureChar = (char: string) => MeasuredChar

/**
 * A measure function over real metrics: the primary face if it has the character, else the
 * fallback, else the missing mark in the primary face. Results are cached per character.
 */
export function createMeasure(metrics: FontMetrics, face: FaceId, sizeMm: number): MeasureChar {
  const cache = new Map<string, MeasuredChar>()
  return (char) => {
    const hit = cache.get(char)
    if (hit) return hit
    const cp = char.codePointAt(0) ?? 0
    let result: MeasuredChar
    const own = metrics.advance(face, cp)
    const fallback = own === undefined ? metrics.advance('fallback', cp) : undefined
    if (own !== undefined) result = { text: char, face, width: own * sizeMm }
    else if (fallback !== undefined)
      result = { text: char, face: 'fallback', width: fallback * sizeMm }
    else {
      const mark = metrics.advance(face, MISSING_MARK.codePointAt(0) ?? 0) ?? 1
      result = { text: MISSING_MARK, face, width: mark * sizeMm }
    }
    cache.set(char, result)
    return result
  }
}

/**
 * A string's width in mm, measured with the same per-character advances the flow breaks lines
 * with (so a centred or right-aligned decoration sits where the flow would put the same text).
 */
export function textWidth(text: string, measure: MeasureChar): number {
  let width = 0
  for (const char of text) width += measure(char).width
  return width
}

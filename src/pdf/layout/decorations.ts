/** What every page carries besides the report: the draft watermark, page number and footer. */
import { ROLE_FACES, createMeasure, textWidth, type FaceId, type FontMetrics } from './faces'
import type { TextOp } from './ops'
import { MM_PER_PT, PAGE, SIZE } from './page'

/** The watermark text of a draft. */
export const WATERMARK = '草稿'
/** The watermark's grey (0 black … 1 white): clearly visible, light enough to read text over. */
export const WATERMARK_GRAY = 0.8

/** A short line centred on the page (page number, footer), measured in the face it is drawn in. */
export function centredText(
  text: string,
  size: number,
  y: number,
  face: FaceId,
  metrics: FontMetrics,
  gray?: number,
): TextOp {
  const width = textWidth(text, createMeasure(metrics, face, size * MM_PER_PT))
  return {
    kind: 'text',
    x: PAGE.width / 2 - width / 2,
    y,
    text,
    face,
    size,
    charSpace: 0,
    ...(gray === undefined ? {} : { gray }),
  }
}

/** How far above the baseline a CJK glyph's visual centre lies, in em (ideographic em box). */
export const CJK_CENTRE_ABOVE_BASELINE = 0.38

/** The draft watermark: 草稿, light grey, large, at 45°, centred; drawn first, under the text. */
export function watermarkOp(metrics: FontMetrics): TextOp {
  const em = SIZE.watermark * MM_PER_PT
  const c = Math.SQRT1_2
  const halfLength = textWidth(WATERMARK, createMeasure(metrics, ROLE_FACES.title, em)) / 2
  const lift = em * CJK_CENTRE_ABOVE_BASELINE
  // Along the baseline the text runs (c, −c) in page coordinates (y down); “up” is (−c, −c).
  // The baseline starts half the text's length back from the centre and `lift` below it.
  return {
    kind: 'text',
    x: PAGE.width / 2 - halfLength * c + lift * c,
    y: PAGE.height / 2 + halfLength * c + lift * c,
    text: WATERMARK,
    face: ROLE_FACES.title,
    size: SIZE.watermark,
    charSpace: 0,
    gray: WATERMARK_GRAY,
    angle: 45,
  }
}

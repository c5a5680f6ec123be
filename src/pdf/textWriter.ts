/**
 * Writes text operators straight into jsPDF's page content instead of calling `doc.text`, which
 * runs every call through an Arabic shaper, a bidi engine and a glyph encoder whose width-table
 * lookup is linear (`widths.indexOf` per character): that was most of the drawing time. For
 * left-to-right text whose characters all have glyphs, what is written here is byte for byte what
 * `doc.text` writes (render.test.ts compares whole PDFs); anything else is left to `doc.text`.
 * Only for fonts registered to be embedded as cut (cutFontObjects.ts): their width and ToUnicode
 * tables cover every glyph, so the glyphs drawn need not be recorded as `doc.text` records them.
 */
import type { jsPDF as JsPdf } from 'jspdf'
import type { FaceId } from './layout/faces'
import type { TextOp } from './layout/ops'

interface FontMetadata {
  characterToGlyph(code: number): number
}

interface JsPdfPrivate {
  hpf(value: number): string
  scale(value: number): number
  getHorizontalCoordinate(x: number): number
  getVerticalCoordinate(y: number): number
  encodeColorString(options: Record<string, unknown>): string
}

interface FaceFont {
  readonly id: string
  readonly metadata: FontMetadata
}

/** Line breaks and right-to-left scripts: `doc.text` would split, shape or reorder them. */
const LEFT_TO_JSPDF = /[\r\n\u0590-\u08ff\ufb1d-\ufefc]/

const hex4: string[] = []
function glyphHex(glyph: number): string {
  return (hex4[glyph] ??= glyph.toString(16).padStart(4, '0'))
}

/** The glyphs of `text` in `font`, or undefined if one is missing (jsPDF would cut the text). */
function glyphsOf(text: string, font: FaceFont): number[] | undefined {
  const glyphs: number[] = []
  for (let i = 0; i < text.length; i += 1) {
    const glyph = font.metadata.characterToGlyph(text.charCodeAt(i))
    if (!glyph) return undefined
    glyphs.push(glyph)
  }
  return glyphs
}

/** The glyphs as the hex string of a `Tj` operand (two bytes each, Identity-H). */
function encode(glyphs: readonly number[]): string {
  let hex = ''
  for (const glyph of glyphs) hex += glyphHex(glyph)
  return hex
}

/**
 * A writer of text ops into `doc`. It must see every text op in drawing order; it returns false
 * for one it leaves to `doc.text` (a face's first op, which makes jsPDF embed the face; rotated
 * text; text jsPDF would shape, reorder or cut), and the caller then draws that op with `doc.text`.
 */
export function createTextWriter(doc: JsPdf): (op: TextOp) => boolean {
  const api = (doc as unknown as { __private__: JsPdfPrivate }).__private__
  const internal = doc.internal as unknown as { write(line: string): void }
  const lineHeight = doc.getLineHeightFactor()
  const fonts = new Map<FaceId, FaceFont>()
  const colors = new Map<number, string>()
  // jsPDF writes `Tc` for a zero charSpace too once any call has set one.
  let charSpaceSet = false
  const color = (gray: number) => {
    let encoded = colors.get(gray)
    if (encoded === undefined) {
      const options = { ch1: gray, ch2: gray, ch3: gray, ch4: undefined }
      encoded = api.encodeColorString({ ...options, pdfColorType: 'text', precision: 3 })
      colors.set(gray, encoded)
    }
    return encoded
  }
  const write = (op: TextOp): boolean => {
    const font = fonts.get(op.face)
    if (!font) {
      const getFont = doc.getFont as unknown as (name: string, style: string) => FaceFont
      const entry = getFont.call(doc, op.face, 'normal')
      fonts.set(op.face, { id: entry.id, metadata: entry.metadata })
      return false
    }
    if (op.angle || op.text.length === 0 || LEFT_TO_JSPDF.test(op.text)) return false
    const glyphs = glyphsOf(op.text, font)
    if (!glyphs) return false
    let tc = ''
    if (op.charSpace || charSpaceSet) {
      tc = `${api.hpf(api.scale(op.charSpace))} Tc\n`
      doc.setCharSpace(doc.getCharSpace() || 0)
    }
    const x = api.hpf(api.getHorizontalCoordinate(op.x))
    const y = api.hpf(api.getVerticalCoordinate(op.y))
    internal.write(
      `BT\n/${font.id} ${op.size} Tf\n${api.hpf(op.size * lineHeight)} TL\n` +
        `${color(Math.round((op.gray ?? 0) * 255))}\n${tc}${x} ${y} Td\n` +
        `<${encode(glyphs)}> Tj\nET`,
    )
    return true
  }
  return (op) => {
    const written = write(op)
    if (op.charSpace || charSpaceSet) charSpaceSet = true
    return written
  }
}

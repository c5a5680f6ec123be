/**
 * The thin renderer: registers the fonts with jsPDF and replays the layout's drawing operations.
 * It decides nothing about where things go.
 */
import type { jsPDF as JsPdf } from 'jspdf'
import type { FaceId, FontMetrics } from './layout/faces'
import type { PageLayout } from './layout/ops'
import { PAGE } from './layout/page'
import { createTextWriter } from './textWriter'
import { cachedBinaryString } from './binaryString'
import { embedCutFonts } from './cutFontObjects'

/** The document's metadata (PDF Info dictionary). */
export interface PdfMetadata {
  readonly title: string
  readonly author: string
  readonly subject: string
  readonly keywords: string
  readonly creator: string
}

interface TtfFont {
  characterToGlyph(code: number): number
  widthOfGlyph(glyph: number): number
}

/** How registerFonts embeds: as given (already cut to the characters used) or cut by jsPDF. */
export interface RegisterOptions {
  /**
   * Embed each font's bytes as they are, with tables for all its glyphs (cutFontObjects.ts).
   * Right for fonts cut at run time to the characters the document uses: jsPDF's own subsetter
   * would rewrite the same glyphs, and it is slow (`GlyfTable.encode` is quadratic, the table
   * directory is rebuilt byte by byte). Glyph ids stay valid because jsPDF reads them from these
   * very bytes.
   */
  readonly embedAsIs: boolean
}

/** Registers each face's TrueType bytes with jsPDF and returns metrics read from them. */
export function registerFonts(
  doc: JsPdf,
  fonts: ReadonlyMap<FaceId, Uint8Array>,
  options: RegisterOptions,
): FontMetrics {
  const parsed = new Map<FaceId, TtfFont>()
  for (const [face, bytes] of fonts) {
    const file = `${face}.ttf`
    doc.addFileToVFS(file, cachedBinaryString(bytes))
    doc.addFont(file, face, 'normal', 'Identity-H')
    doc.setFont(face, 'normal')
    const font = (doc.getFont() as unknown as { metadata: TtfFont }).metadata
    parsed.set(face, font)
  }
  if (options.embedAsIs) embedCutFonts(doc, fonts)
  return {
    advance(face, codePoint) {
      const font = parsed.get(face)
      if (!font || codePoint > 0xffff) return undefined
      const glyph = font.characterToGlyph(codePoint)
      return glyph ? font.widthOfGlyph(glyph) / 1000 : undefined
    },
  }
}

/** UTF-16BE hex with a byte-order mark, the form of a PDF text string in hex. */
export function utf16Hex(text: string): string {
  let hex = 'FEFF'
  for (let i = 0; i < text.length; i += 1) {
    hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, '0')
  }
  return hex
}

/** How drawPages draws text. */
export interface DrawOptions {
  /** Write text operators directly (same bytes, much faster) instead of calling `doc.text`. */
  readonly directText?: boolean
}

/** Draws every page of the layout into `doc` (which already has its first page). */
export function drawPages(
  doc: JsPdf,
  pages: readonly PageLayout[],
  options: DrawOptions = {},
): void {
  const writeText = options.directText ? createTextWriter(doc) : undefined
  pages.forEach((page, index) => {
    if (index > 0) doc.addPage([PAGE.width, PAGE.height], 'portrait')
    for (const op of page.ops) {
      if (op.kind === 'actualText') {
        const internal = doc.internal as unknown as { write(line: string): void }
        internal.write(
          op.text === null ? 'EMC' : `/Span <</ActualText <${utf16Hex(op.text)}>>> BDC`,
        )
        continue
      }
      if (op.kind === 'rect') {
        doc.setLineWidth(op.lineWidth)
        doc.rect(op.x, op.y, op.width, op.height, 'S')
        continue
      }
      if (writeText?.(op)) continue
      const gray = Math.round((op.gray ?? 0) * 255)
      doc.setFont(op.face, 'normal')
      doc.setFontSize(op.size)
      doc.setTextColor(gray, gray, gray)
      doc.text(op.text, op.x, op.y, {
        charSpace: op.charSpace,
        ...(op.angle ? { angle: op.angle } : {}),
      })
    }
  })
}

/**
 * The PDF objects of a font cut at run time (font file, ToUnicode map, descriptor, CID font,
 * Type 0 font), written in place of jsPDF's Identity-H handler. That handler copies the font into
 * a string one byte at a time and builds ToUnicode and /W from the glyphs drawn, every generation:
 * in Chromium's worker a sixth of a repeated generation of a long report. A cut font holds only
 * the characters the report uses, so here ToUnicode and /W cover every glyph it has: computed
 * once per cut and reused while the cut is (the bytes are the key).
 */
import type { jsPDF as JsPdf } from 'jspdf'
import { cachedBinaryString } from './binaryString'

/** What of jsPDF's parsed TrueType font (TTFFont) this reads. */
interface TtfMetadata {
  cmap: { unicode?: { codeMap: Record<number, number> } }
  widthOfGlyph(glyph: number): number
  bbox: number[]
  flags: number
  stemV: number
  italicAngle: number
  ascender: number
  decender: number
  capHeight: number
}

/** jsPDF's record of a registered font. */
interface JsPdfFont {
  fontName: string
  encoding: string
  metadata: TtfMetadata
  objectNumber?: number
  isAlreadyPutted?: boolean
}

interface PutFontEvent {
  font: JsPdfFont
  out(line: string): void
  newObject(): number
  putStream(options: { data: string; addLength1: boolean; objectId: number }): void
}

interface JsPdfEvents {
  subscribe(topic: string, callback: (event: never) => void): string
}

/** Set on a cut font's record while jsPDF writes the document, so its own handler passes it by. */
const WRITING = 'Identity-H (cut font, written by cutFontObjects)'
const IDENTITY_H = 'Identity-H'
/** The PDF default glyph width (/DW); /W lists only the glyphs of other widths. */
const DEFAULT_WIDTH = 1000

const CMAP_HEAD =
  '/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo <<\n' +
  '  /Registry (Adobe)\n  /Ordering (UCS)\n  /Supplement 0\n>> def\n' +
  '/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000><ffff>\n' +
  'endcodespacerange'
const CMAP_TAIL = 'endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend'

const hex4 = (value: number) => value.toString(16).padStart(4, '0')

/** The ToUnicode CMap (in jsPDF's form) and /W array of every glyph a font maps a character to. */
export function glyphTables(metadata: TtfMetadata): { toUnicode: string; widths: string } {
  const codeOf = new Map<number, number>()
  for (const [code, glyph] of Object.entries(metadata.cmap.unicode?.codeMap ?? {})) {
    const point = Number(code)
    const seen = codeOf.get(glyph)
    // One character per glyph for text extraction: the lowest code point that maps to it.
    if (glyph > 0 && point <= 0xffff && (seen === undefined || point < seen)) {
      codeOf.set(glyph, point)
    }
  }
  const glyphs = [...codeOf.keys()].sort((a, b) => a - b)
  let toUnicode = CMAP_HEAD
  for (let i = 0; i < glyphs.length; i += 100) {
    const chunk = glyphs.slice(i, i + 100)
    const pairs = chunk.map((glyph) => `<${hex4(glyph)}><${hex4(codeOf.get(glyph) as number)}>`)
    toUnicode += `\n${chunk.length} beginbfchar\n${pairs.join('\n')}\nendbfchar`
  }
  toUnicode += `${glyphs.length ? '\n' : ''}${CMAP_TAIL}`
  // Runs of consecutive glyphs whose width is not the default: `first [w w w]`.
  const runs: string[] = []
  let first = 0
  let widths: number[] = []
  const flush = () => {
    if (widths.length) runs.push(`${first} [${widths.join(' ')}]`)
    widths = []
  }
  for (const glyph of glyphs) {
    const width = Math.trunc(metadata.widthOfGlyph(glyph))
    if (width === DEFAULT_WIDTH || glyph !== first + widths.length) flush()
    if (width === DEFAULT_WIDTH) continue
    if (!widths.length) first = glyph
    widths.push(width)
  }
  flush()
  return { toUnicode, widths: `[${runs.join(' ')}]` }
}

const tablesOf = new WeakMap<Uint8Array, { toUnicode: string; widths: string }>()

/**
 * Makes jsPDF write each of these fonts (jsPDF font name → the cut's bytes, already registered
 * with `addFont` as Identity-H) as given, with tables for all its glyphs.
 */
export function embedCutFonts(doc: JsPdf, fonts: ReadonlyMap<string, Uint8Array>): void {
  const events = (doc.internal as unknown as { events: JsPdfEvents }).events
  const records = () =>
    [...fonts.keys()].map(
      (name) => (doc.getFont as (n: string, s: string) => unknown)(name, 'normal') as JsPdfFont,
    )
  // Published at the start of every output, before any font is written.
  events.subscribe('buildDocument', () => {
    for (const font of records()) if (font.encoding === IDENTITY_H) font.encoding = WRITING
  })
  events.subscribe('putFont', ({ font, out, newObject, putStream }: PutFontEvent) => {
    if (font.encoding !== WRITING) return
    font.encoding = IDENTITY_H
    const bytes = fonts.get(font.fontName) as Uint8Array
    let tables = tablesOf.get(bytes)
    if (!tables) tablesOf.set(bytes, (tables = glyphTables(font.metadata)))
    const { metadata } = font
    const name = font.fontName
    const fontFile = newObject()
    putStream({ data: cachedBinaryString(bytes), addLength1: true, objectId: fontFile })
    out('endobj')
    const cmap = newObject()
    putStream({ data: tables.toUnicode, addLength1: true, objectId: cmap })
    out('endobj')
    const descriptor = newObject()
    out('<<')
    out('/Type /FontDescriptor')
    out(`/FontName /${name}`)
    out(`/FontFile2 ${fontFile} 0 R`)
    out(`/FontBBox [${metadata.bbox.join(' ')}]`)
    out(`/Flags ${metadata.flags}`)
    out(`/StemV ${metadata.stemV}`)
    out(`/ItalicAngle ${metadata.italicAngle}`)
    out(`/Ascent ${metadata.ascender}`)
    out(`/Descent ${metadata.decender}`)
    out(`/CapHeight ${metadata.capHeight}`)
    out('>>')
    out('endobj')
    const descendant = newObject()
    out('<<')
    out('/Type /Font')
    out(`/BaseFont /${name}`)
    out(`/FontDescriptor ${descriptor} 0 R`)
    out(`/W ${tables.widths}`)
    out('/CIDToGIDMap /Identity')
    out(`/DW ${DEFAULT_WIDTH}`)
    out('/Subtype /CIDFontType2')
    out('/CIDSystemInfo')
    out('<<')
    out('/Supplement 0')
    out('/Registry (Adobe)')
    out(`/Ordering (${IDENTITY_H})`)
    out('>>')
    out('>>')
    out('endobj')
    font.objectNumber = newObject()
    out('<<')
    out('/Type /Font')
    out('/Subtype /Type0')
    out(`/ToUnicode ${cmap} 0 R`)
    out(`/BaseFont /${name}`)
    out(`/Encoding /${IDENTITY_H}`)
    out(`/DescendantFonts [${descendant} 0 R]`)
    out('>>')
    out('endobj')
    font.isAlreadyPutted = true
  })
}

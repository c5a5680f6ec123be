/**
 * The one width helper of the PDF's layout, checked against an outside oracle: each face's
 * advance widths read by HarfBuzz from the whole build-time face, while the helper measures
 * through jsPDF's reading of the face cut to the characters used — the metrics the flow gets.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { jsPDF } from 'jspdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSubsetter } from '@/pdf/fonts/hbSubset.mjs'
import { createMeasure, textWidth, type FaceId, type FontMetrics } from '@/pdf/layout/faces'
import { MM_PER_PT, SIZE } from '@/pdf/layout/page'
import { registerFonts } from '@/pdf/render'
import { ensureFonts, readWholeFace } from './fonts/fontFiles'

const require = createRequire(import.meta.url)

/** [what, face, size in pt, text]: the decorations' texts, a 落款, a title, a fallback character. */
const CASES: [string, FaceId, number, string][] = [
  ['watermark', 'serifBold', SIZE.watermark, '草稿'],
  ['page number', 'serif', SIZE.pageNumber, '— 7 —'],
  ['two-digit page number', 'serif', SIZE.pageNumber, '— 12 —'],
  ['footer', 'serif', SIZE.footer, '文档指纹 0123456789abcdef'],
  ['draft footer', 'serif', SIZE.footer, '文档指纹 b541a6144b53466f · 草稿'],
  ['落款 date', 'serif', SIZE.body, '2022年1月20日'],
  ['落款 agency', 'serif', SIZE.body, '市知识产权事业发展中心'],
  ['title', 'serifBold', SIZE.title, '2021年度政府信息公开工作年度报告'],
  ['a character only the fallback face has', 'serif', SIZE.body, '张堃'],
]
const FACES = [...new Set(CASES.map(([, face]) => face)), 'fallback'] as FaceId[]

let metrics: FontMetrics
/** HarfBuzz's advance of a code point in em, or undefined when the face has no glyph for it. */
let oracle: (face: FaceId, codePoint: number) => number | undefined

beforeAll(async () => {
  ensureFonts()
  const hb = await import('harfbuzzjs')
  const fonts = new Map<FaceId, { font: InstanceType<typeof hb.Font>; upem: number }>()
  for (const face of FACES) {
    const hbFace = new hb.Face(new hb.Blob(readWholeFace(face)))
    fonts.set(face, { font: new hb.Font(hbFace), upem: hbFace.upem })
  }
  oracle = (face, codePoint) => {
    const { font, upem } = fonts.get(face)!
    const glyph = font.nominalGlyph(codePoint)
    return glyph === undefined ? undefined : font.glyphHAdvance(glyph) / upem
  }
  // The faces cut to the cases' characters and read by jsPDF, as buildReportPdf does.
  const subsetter = await createSubsetter(
    readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
  )
  const codePoints = new Set(
    CASES.flatMap(([, , , text]) => [...text].map((c) => c.codePointAt(0)!)),
  )
  const cuts = new Map(
    FACES.map((face) => [
      face,
      subsetter.subset(readWholeFace(face), codePoints, { dropHinting: true }),
    ]),
  )
  const doc = new jsPDF({ unit: 'mm', format: [210, 297] })
  metrics = registerFonts(doc, cuts, { embedAsIs: true })
}, 30_000)

describe('textWidth: a string measured in its face, as HarfBuzz reads the font', () => {
  it.each(CASES)('%s (%s, %d pt)', (_what, face, size, text) => {
    const sizeMm = size * MM_PER_PT
    const expected = [...text].reduce((sum, char) => {
      const cp = char.codePointAt(0)!
      const em = oracle(face, cp) ?? oracle('fallback', cp)
      expect(em, `${char} in ${face} or the fallback`).toBeDefined()
      return sum + (em ?? 0) * sizeMm
    }, 0)
    expect(textWidth(text, createMeasure(metrics, face, sizeMm))).toBeCloseTo(expected, 4)
  })

  it('differs from the old estimate (ASCII half an em, the rest one em) where the font does', () => {
    const text = '文档指纹 0123456789abcdef'
    const sizeMm = SIZE.footer * MM_PER_PT
    const estimate = [...text].reduce((sum, c) => sum + (/[\x20-\x7e]/.test(c) ? 0.5 : 1), 0)
    const measured = textWidth(text, createMeasure(metrics, 'serif', sizeMm)) / sizeMm
    expect(Math.abs(measured - estimate)).toBeGreaterThan(0.1)
  })
})

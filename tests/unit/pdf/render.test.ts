import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { inflateSync } from 'node:zlib'
import { jsPDF } from 'jspdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSubsetter } from '@/pdf/fonts/hbSubset.mjs'
import type { PageLayout, TextOp } from '@/pdf/layout/ops'
import { drawPages, registerFonts } from '@/pdf/render'

const require = createRequire(import.meta.url)
const TEXT = '政府信息公开2021'
let cut: Uint8Array

beforeAll(async () => {
  const subsetter = await createSubsetter(
    readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
  )
  const source =
    require.resolve('@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf')
  const codePoints = new Set([...TEXT].map((c) => c.codePointAt(0) as number))
  cut = subsetter.subset(new Uint8Array(readFileSync(source)), codePoints, { dropHinting: true })
})

/** The decompressed streams of a PDF. */
function streams(pdf: Uint8Array): Buffer[] {
  const text = Buffer.from(pdf).toString('latin1')
  const found: Buffer[] = []
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length
    const end = text.indexOf('endstream', start)
    try {
      found.push(inflateSync(Buffer.from(pdf.subarray(start, end))))
    } catch {
      // not a Flate stream
    }
  }
  return found
}

function build(embedAsIs: boolean): { pdf: Uint8Array; advance: number | undefined } {
  const doc = new jsPDF({ unit: 'mm', format: [210, 297], compress: true })
  const metrics = registerFonts(doc, new Map([['serif', cut]]), { embedAsIs })
  doc.setFont('serif', 'normal')
  doc.text(TEXT, 20, 20)
  const pdf = new Uint8Array(doc.output('arraybuffer'))
  return { pdf, advance: metrics.advance('serif', '政'.codePointAt(0) as number) }
}

describe('registerFonts', () => {
  it('embeds a font cut at run time byte for byte (jsPDF does not cut it again)', () => {
    const { pdf, advance } = build(true)
    expect(streams(pdf).some((s) => s.equals(Buffer.from(cut)))).toBe(true)
    expect(advance).toBeCloseTo(1, 2)
  })

  it('lets jsPDF cut the font when asked to (the uncut baseline)', () => {
    const { pdf } = build(false)
    expect(streams(pdf).some((s) => s.equals(Buffer.from(cut)))).toBe(false)
  })
})

describe('drawPages with directText', () => {
  const text = (over: Partial<TextOp>): TextOp => ({
    kind: 'text',
    x: 28,
    y: 50,
    text: '政府信息公开',
    face: 'serif',
    size: 16,
    charSpace: 0,
    ...over,
  })
  // Every path: a face's first op (drawn by jsPDF), justified and ragged lines after a charSpace
  // was set, grey text, a second face, rotated text, and a character the font lacks (jsPDF cuts
  // the text there, and the writer leaves it to jsPDF to do so).
  const pages: PageLayout[] = [
    {
      ops: [
        text({ angle: 45, size: 150, gray: 0.8, face: 'fallback', text: '信息' }),
        text({}),
        text({ y: 60, charSpace: 0.137 }),
        text({ y: 70, text: '2021', gray: 0.35, size: 10.5 }),
        { kind: 'actualText', text: '公开2021' },
        text({ y: 80, face: 'fallback', charSpace: 1.5 }),
        { kind: 'actualText', text: null },
        { kind: 'rect', x: 28, y: 90, width: 50, height: 7, lineWidth: 0.25 },
      ],
    },
    { ops: [text({ y: 40, text: '政府x信息' }), text({ y: 50, text: '公开2021', charSpace: 0 })] },
  ]

  function pdf(directText: boolean): Buffer {
    const doc = new jsPDF({ unit: 'mm', format: [210, 297], compress: true, floatPrecision: 3 })
    doc.setCreationDate(new Date(Date.UTC(2022, 0, 1)))
    doc.setFileId('0123456789ABCDEF0123456789ABCDEF')
    registerFonts(
      doc,
      new Map([
        ['serif', cut],
        ['fallback', cut],
      ]),
      { embedAsIs: true },
    )
    drawPages(doc, pages, { directText })
    return Buffer.from(doc.output('arraybuffer'))
  }

  it('writes byte for byte the PDF that doc.text writes', () => {
    const direct = pdf(true)
    expect(direct.equals(pdf(false))).toBe(true)
    const contents = streams(direct).map((s) => s.toString('latin1'))
    expect(contents.some((s) => s.includes(' Tc\n'))).toBe(true)
  })
})

import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { inflateSync } from 'node:zlib'
import { jsPDF } from 'jspdf'
import { beforeAll, describe, expect, it } from 'vitest'
import { createSubsetter } from '@/pdf/fonts/hbSubset.mjs'
import { registerFonts, toBinaryString } from '@/pdf/render'

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

describe('toBinaryString', () => {
  it('maps every byte to one Latin-1 code unit, across chunk boundaries', () => {
    const bytes = Uint8Array.from({ length: 0x2000 * 2 + 5 }, (_, i) => (i * 7) & 0xff)
    const text = toBinaryString(bytes)
    expect(text.length).toBe(bytes.length)
    expect(Array.from(text, (c) => c.charCodeAt(0))).toEqual([...bytes])
  })
})

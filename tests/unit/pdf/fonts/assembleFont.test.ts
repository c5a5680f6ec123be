// Fonts put together from glyph pieces against hb-subset's cut of the whole face: the same glyph
// for every character (outline bytes, advance, side bearing) in the same order; and a PDF of the
// seed report made from pieces against one made from the whole faces: same text, same glyph ids
// and positions on every page, same widths (/W) and ToUnicode maps.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { inflateSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { buildReportPdf } from '@/pdf/buildReportPdf'
import { createFetchFontSource, type FontSource } from '@/pdf/fonts/fontSource'
import { assembleFont, decodePiece } from '@/pdf/fonts/glyphPieces.mjs'
import { createSubsetter, type Subsetter } from '@/pdf/fonts/hbSubset.mjs'
import { pieceFile, piecesFor, type FontManifest } from '@/pdf/fonts/manifest'
import { readCmap, readGlyphs, readTables } from '@/pdf/fonts/sfnt.mjs'
import type { FaceId } from '@/pdf/layout/faces'
import { seedDraft } from '../seedDraft'
import { ensureFonts, PUBLIC_FONTS, readManifest, readPublic, readWholeFace } from './fontFiles'

const require = createRequire(import.meta.url)
let manifest: FontManifest
let subsetter: Subsetter

beforeAll(async () => {
  ensureFonts()
  manifest = readManifest()
  subsetter = await createSubsetter(
    readFileSync(require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')),
  )
})

function fromPieces(face: FaceId, codePoints: Set<number>): Uint8Array {
  const entry = manifest.faces[face]
  const base = decodePiece(readPublic(entry.base.file))
  const pieces = piecesFor(manifest, face, codePoints).map((k) =>
    decodePiece(readPublic(pieceFile(face, entry, k))),
  )
  return assembleFont(base, pieces, codePoints)
}

/**
 * cp → glyph id, advance, side bearing and outline bytes of a font. The outline is padded to an
 * even length: hb-subset pads when its cut is small enough for short loca offsets, and a pad
 * byte draws nothing.
 */
function glyphsByChar(font: Uint8Array): Map<number, string> {
  const glyphs = readGlyphs(font)
  return new Map(
    [...readCmap(font)].map(([cp, id]) => {
      const g = glyphs.glyph(id)
      const hex = Buffer.from(g.data).toString('hex')
      return [cp, `${id} ${g.advance} ${g.lsb} ${hex.length % 4 ? `${hex}00` : hex}`]
    }),
  )
}

describe('assembleFont', () => {
  const cases: [FaceId, string][] = [
    ['serif', '本报告根据《中华人民共和国政府信息公开条例》编制，2021年1月1日起至12月31日止。'],
    ['sans', '一、总体情况（五）监督保障情况'],
    ['serifBold', '鄂尔多斯市康巴什区住房和城乡建设局政府信息公开工作年度报告草稿'],
    ['kai', '（一）主动公开情况'],
    ['fallback', '堃喆镕玥珺'],
  ]
  it.each(cases)(
    'cuts %s from pieces with the glyphs hb-subset cuts from the whole face',
    (face, text) => {
      const codePoints = new Set([...text].map((c) => c.codePointAt(0) as number))
      const ours = fromPieces(face, codePoints)
      const theirs = subsetter.subset(readWholeFace(face), codePoints, { dropHinting: true })
      expect(glyphsByChar(ours)).toEqual(glyphsByChar(theirs))
      const [a, b] = [readTables(ours), readTables(theirs)]
      for (const tag of ['glyf', 'loca', 'hmtx', 'hhea', 'maxp']) {
        expect(Buffer.from(a.get(tag) ?? []).equals(Buffer.from(b.get(tag) ?? [])), tag).toBe(true)
      }
    },
  )

  it('rewrites the components of a composite glyph to the new glyph ids', () => {
    // LXGW WenKai's one composite glyph: found in the whole face, cut from pieces.
    const whole = readWholeFace('kai')
    const glyphs = readGlyphs(whole)
    const cmap = readCmap(whole)
    const composite = [...cmap].find(([, id]) => {
      const data = glyphs.glyph(id).data
      return data.length > 10 && new DataView(data.buffer, data.byteOffset).getInt16(0) < 0
    })
    expect(composite).toBeDefined()
    const codePoints = new Set([(composite as [number, number])[0], 0x4e00])
    const ours = fromPieces('kai', codePoints)
    const theirs = subsetter.subset(whole, codePoints, { dropHinting: true })
    expect(glyphsByChar(ours)).toEqual(glyphsByChar(theirs))
  })

  it('names a character the pieces given do not hold', () => {
    const entry = manifest.faces.serif
    const base = decodePiece(readPublic(entry.base.file))
    expect(() => assembleFont(base, [], [0x4e00])).toThrow(/U\+4E00/)
  })
})

/** The inflated streams of a PDF but its font files (their head, OS/2 and cmap tables differ). */
function streams(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1')
  const found: string[] = []
  for (const match of text.matchAll(/(?<!end)stream\r?\n/g)) {
    const start = (match.index ?? 0) + match[0].length
    const raw = Buffer.from(pdf.subarray(start, text.indexOf('endstream', start)))
    let data: Buffer
    try {
      data = inflateSync(raw)
    } catch {
      data = raw // not deflated
    }
    if (data.readUInt32BE(0) !== 0x00010000) found.push(data.toString('latin1')) // not a font file
  }
  return found
}

/** /W arrays of a PDF's CID fonts. */
const widths = (pdf: Uint8Array) =>
  [
    ...Buffer.from(pdf)
      .toString('latin1')
      .matchAll(/\/W \[([^\]]*(\][^\]]*)*?)\]\s*\/CIDToGIDMap/g),
  ].map((m) => m[1])

describe('a PDF made from pieces', () => {
  beforeAll(() => {
    // The worker's fetch, served from public/fonts/ (no Cache Storage in Node: the network path).
    vi.stubGlobal('fetch', async (url: string) => {
      const path = new URL(url).pathname.replace(/^\/fonts\//, '')
      return new Response(readFileSync(`${PUBLIC_FONTS}${path}`))
    })
  })
  afterAll(() => vi.unstubAllGlobals())

  /** The whole build-time faces, cut with hb-subset: what the PDF was made from before pieces. */
  const wholeFaces: FontSource = {
    cuts: true,
    manifest: async () => manifest,
    fetch: async () => undefined,
    font: async (face, codePoints) =>
      subsetter.subset(readWholeFace(face), codePoints, { dropHinting: true }),
  }

  it('has the same pages, text, widths and ToUnicode maps as one made from the whole faces', async () => {
    const draft = seedDraft()
    draft.narrative.problems += '堃喆' // the fallback face too
    const pieces = await buildReportPdf(draft, {
      fonts: createFetchFontSource('http://fonts.test/fonts/'),
    })
    const whole = await buildReportPdf(draft, { fonts: wholeFaces })
    expect(pieces.pageCount).toBe(whole.pageCount)
    expect(pieces.missing).toEqual([])
    const [a, b] = [streams(pieces.bytes), streams(whole.bytes)]
    expect(a.length).toBeGreaterThan(pieces.pageCount)
    expect(a).toEqual(b) // page contents (glyph ids, positions) and ToUnicode CMaps
    expect(widths(pieces.bytes)).toEqual(widths(whole.bytes))
    expect(widths(pieces.bytes).length).toBe(5)
  }, 30_000) // two whole PDFs in Node on a shared machine
})

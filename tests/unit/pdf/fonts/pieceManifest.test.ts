// The piece manifest against the built pieces: every code point of every face in exactly one
// piece, at the position the order gives it; a report's characters map to the pieces holding them.
// Also: the layout arithmetic, from a table of cases; a kept manifest of an older format refused.
import { beforeAll, describe, expect, it } from 'vitest'
import { decodePiece, encodePack, unpack, type GlyphPiece } from '@/pdf/fonts/glyphPieces.mjs'
import {
  facePositions,
  manifestCoverage,
  pieceFile,
  piecesFor,
  type FontManifest,
} from '@/pdf/fonts/manifest'
import { pieceAt, pieceCount } from '@/pdf/fonts/pieceLayout.mjs'
import { readCmap } from '@/pdf/fonts/sfnt.mjs'
import type { FaceId } from '@/pdf/layout/faces'
import { SEED_TEXT } from '../fixtures/seed'
import { ensureFonts, readManifest, readPublic, readWholeFace } from './fontFiles'

const FACES: FaceId[] = ['serif', 'serifBold', 'sans', 'kai', 'fallback']
let manifest: FontManifest
const decoded = new Map<string, GlyphPiece>()
const pieceOf = (file: string) => {
  let piece = decoded.get(file)
  if (!piece) decoded.set(file, (piece = decodePiece(readPublic(file))))
  return piece
}

beforeAll(() => {
  ensureFonts()
  manifest = readManifest()
})

describe.each(FACES)('the pieces of %s', (face) => {
  it('hold every code point of the face exactly once, in the piece its position gives', () => {
    const entry = manifest.faces[face]
    const positions = facePositions(manifest).get(face) as ReadonlyMap<number, number>
    const whole = readCmap(readWholeFace(face))
    const serif = readCmap(readWholeFace('serif'))
    const seen = new Map<number, number>()
    const twice: number[] = []
    const misplaced: number[] = []
    for (let k = 0; k < entry.pieceCount; k += 1) {
      for (const [cp] of pieceOf(pieceFile(face, entry, k)).map) {
        if (seen.has(cp)) twice.push(cp)
        seen.set(cp, k)
        const position = positions.get(cp)
        if (position === undefined || pieceAt(entry.layout, position) !== k) misplaced.push(cp)
      }
    }
    expect(twice).toEqual([])
    expect(misplaced).toEqual([])
    // The fallback leaves to the serif face what both have.
    const expected = [...whole.keys()].filter((cp) => face !== 'fallback' || !serif.has(cp))
    expect(expected.filter((cp) => !seen.has(cp))).toEqual([])
    expect(seen.size).toBe(expected.length)
    expect(positions.size).toBe(expected.length)
  })

  it('is covered by the manifest exactly where the face has a glyph', () => {
    const whole = readCmap(readWholeFace(face))
    const serif = readCmap(readWholeFace('serif'))
    const coverage = manifestCoverage(manifest).get(face)
    for (const cp of [...whole.keys(), 0x5803, 0x4e00, 0x20, 0x1f600, 0x20000]) {
      const has = whole.has(cp) && (face !== 'fallback' || !serif.has(cp))
      expect(coverage?.has(cp), `U+${cp.toString(16)}`).toBe(has)
    }
  })

  it('carry the glyph each code point maps to in the whole face', () => {
    const entry = manifest.faces[face]
    const whole = readCmap(readWholeFace(face))
    for (let k = 0; k < entry.pieceCount; k += 1) {
      const piece = pieceOf(pieceFile(face, entry, k))
      const ids = new Set(piece.glyphs.map((g) => g.id))
      const wrong = piece.map.filter(([cp, id]) => id !== whole.get(cp) || !ids.has(id))
      expect(wrong).toEqual([])
    }
  })
})

describe('piecesFor', () => {
  const cases: [string, FaceId, string][] = [
    [
      'the seed report in the body face',
      'serif',
      Object.values(SEED_TEXT.narrative.overview).join(''),
    ],
    ['a heading', 'sans', '三、收到和处理政府信息公开申请情况'],
    ['an agency name in the title face', 'serifBold', '鄂尔多斯市康巴什区住房和城乡建设局'],
    ['digits and punctuation', 'serif', '0123456789（）〔〕：；“”%.-/'],
    ['characters beyond GB 2312', 'fallback', '堃喆镕玥珺'],
  ]
  it.each(cases)('maps %s to exactly the pieces holding its characters', (_, face, text) => {
    const codePoints = new Set(
      [...text].map((c) => c.codePointAt(0) as number).filter((cp) => cp > 0x20),
    )
    const entry = manifest.faces[face]
    const chosen = piecesFor(manifest, face, codePoints)
    const held = new Set<number>()
    for (const k of chosen) {
      const piece = pieceOf(pieceFile(face, entry, k))
      const own = piece.map.filter(([cp]) => codePoints.has(cp))
      expect(own.length, `piece ${k} holds none of the text`).toBeGreaterThan(0)
      for (const [cp] of own) held.add(cp)
    }
    expect([...codePoints].filter((cp) => !held.has(cp))).toEqual([])
    expect(chosen.length).toBeLessThan(codePoints.size + 1)
  })

  it('refuses a character the face does not have, naming it', () => {
    expect(() => piecesFor(manifest, 'serif', [0x5803])).toThrow(/U\+5803/)
  })

  it.each([
    ['an older format (a kept copy)', { faces: {}, orders: {} }],
    ['no order', { version: 2, faces: {} }],
    ['nothing', null],
  ])('refuses a manifest of %s, saying what to do', (_, broken) => {
    expect(() => piecesFor(broken as never, 'serif', [0x4e00])).toThrow(/字体清单.*刷新/)
  })

  it('puts what each main face prints in every report in its first piece', () => {
    for (const face of ['serif', 'serifBold', 'sans', 'kai'] as FaceId[]) {
      const entry = manifest.faces[face]
      const head = [...entry.head].map((c) => c.codePointAt(0) as number)
      expect(head.length).toBeGreaterThan(20)
      expect(piecesFor(manifest, face, head)).toEqual([0])
    }
  })
})

describe('piece layouts', () => {
  const layout: [number, number][] = [
    [1, 100],
    [2, 32],
    [0, 8],
  ]
  it.each([
    [0, 0],
    [99, 0],
    [100, 1],
    [131, 1],
    [132, 2],
    [163, 2],
    [164, 3],
    [171, 3],
    [172, 4],
    [1000, 107],
  ])('puts position %i in piece %i', (position, piece) => {
    expect(pieceAt(layout, position)).toBe(piece)
  })

  it.each([
    [0, 0],
    [1, 1],
    [100, 1],
    [101, 2],
    [164, 3],
    [165, 4],
  ])('fills %i positions into %i pieces', (length, count) => {
    expect(pieceCount(layout, length)).toBe(count)
  })

  it('refuses a position past a layout with no repeating run', () => {
    expect(() => pieceAt([[2, 4]], 8)).toThrow(/刷新/)
  })
})

describe('decodePiece', () => {
  it.each([
    ['an HTML error page', new TextEncoder().encode('<!doctype html><title>502</title>')],
    ['nothing', new Uint8Array()],
  ])('refuses %s with a message saying what to do', (_, bytes) => {
    expect(() => decodePiece(bytes)).toThrow(/字体分片文件已损坏.*刷新/)
  })

  it('refuses a piece cut off in the middle', () => {
    const file = pieceFile('serif', manifest.faces.serif, 3)
    const bytes = readPublic(file)
    expect(() => decodePiece(bytes.subarray(0, bytes.length >> 1))).toThrow(/损坏/)
  })
})

describe('packs (准备离线使用)', () => {
  const files = [new Uint8Array([1, 2, 3]), new Uint8Array(), new Uint8Array([9])]
  it.each([0, 1, 2])('give back file %i as packed', (i) => {
    expect([...unpack(encodePack(files), i)]).toEqual([...(files[i] as Uint8Array)])
  })

  it.each([
    ['cut off', (pack: Uint8Array) => pack.subarray(0, pack.length - 1)],
    ['an HTML error page', () => new TextEncoder().encode('<!doctype html><title>502</title>')],
    ['nothing', () => new Uint8Array()],
  ])('refuse a pack %s, saying what to do', (_, spoil) => {
    expect(() => unpack(spoil(encodePack(files)), 0)).toThrow(/离线字体包已损坏.*准备离线使用/)
  })

  it('hold every piece of a built face as its own file', () => {
    const entry = manifest.faces.kai
    const pack = readPublic(entry.pack.file)
    expect([...unpack(pack, 0)]).toEqual([...readPublic(entry.base.file)])
    for (const k of [0, 1, entry.pieceCount - 1]) {
      expect([...unpack(pack, k + 1)]).toEqual([...readPublic(pieceFile('kai', entry, k))])
    }
    expect(() => unpack(pack, entry.pieceCount + 1)).toThrow(/刷新/)
  })
})

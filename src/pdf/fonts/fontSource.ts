/**
 * Where the PDF's fonts come from at run time: each face is split at build time into a base and
 * glyph pieces (public/fonts/pieces/, see scripts/subset-fonts.mjs); a PDF fetches only the
 * pieces holding its characters (kept in Cache Storage, see fontCache.ts) and the worker puts
 * one font per face together from them, cut to exactly the characters used (glyphPieces.mjs).
 * After 准备离线使用 the cache holds each face's pack instead: pieces are read out of it.
 */
import type { FaceId } from '../layout/faces'
import { assembleFont, decodePiece, unpack, type GlyphPiece } from './glyphPieces.mjs'
import { offlineCharsMessage } from '../pdfErrors'
import { cachedFontBytes, FontOffline, keptFontBytes, latestFontJson } from './fontCache'
import {
  codePointsInPiece,
  pieceFile,
  piecesFor,
  type FaceEntry,
  type FontManifest,
} from './manifest'

/** Loads the manifest and the fonts, and cuts them (or not, for the baseline benchmark). */
export interface FontSource {
  /** True when font() returns a font cut to exactly the code points asked for. */
  readonly cuts: boolean
  manifest(): Promise<FontManifest>
  /** Fetches what font() will need for these code points (the whole file for the baseline). */
  fetch(face: FaceId, codePoints: ReadonlySet<number>): Promise<unknown>
  /** The font of `face` holding at least `codePoints`. */
  font(face: FaceId, codePoints: ReadonlySet<number>): Promise<Uint8Array>
}

/**
 * Fonts from `baseUrl` (the folder of manifest.json). With `cut`, from glyph pieces, cut to the
 * characters used; the last cut of each face is kept, so regenerating the same report is free.
 * Without, each face's whole file (`file` of the manifest): the naive baseline of the bench.
 */
export function createFetchFontSource(baseUrl: string, cut = true): FontSource {
  let manifest: Promise<FontManifest> | undefined
  const files = new Map<string, Promise<Uint8Array>>()
  const pieces = new Map<string, Promise<GlyphPiece>>()
  const cuts = new Map<FaceId, { key: string; bytes: Uint8Array }>()
  const load = () => {
    if (!manifest) {
      manifest = latestFontJson<FontManifest>(new URL('manifest.json', baseUrl).href)
      manifest.catch(() => (manifest = undefined))
    }
    return manifest
  }
  const remember = <T>(map: Map<string, Promise<T>>, key: string, make: () => Promise<T>) => {
    let value = map.get(key)
    if (!value) {
      value = make()
      map.set(key, value)
      value.catch(() => map.delete(key)) // a failed download is tried again next time
    }
    return value
  }
  const packs = new Map<string, Promise<Uint8Array | undefined>>()
  /** File `i` of the face's pack (0: the base) when 准备离线使用 has kept the pack. */
  const fromPack = async (entry: FaceEntry, i: number) => {
    if (!entry.pack) return undefined
    const url = new URL(entry.pack.file, baseUrl).href
    let pack = packs.get(url)
    if (!pack) {
      pack = keptFontBytes(url)
      packs.set(url, pack)
      // Not kept (yet): asked again next time, 准备离线使用 may be running in the page.
      void pack.then((bytes) => bytes ?? packs.delete(url)).catch(() => packs.delete(url))
    }
    const bytes = await pack
    return bytes && unpack(bytes, i)
  }
  /** File `i` of the face (0: the base, k + 1: piece k): kept piece, kept pack, else fetched. */
  const piece = (face: FaceId, entry: FaceEntry, i: number) => {
    const file = i === 0 ? entry.base.file : pieceFile(face, entry, i - 1)
    return remember(pieces, file, async () => {
      const url = new URL(file, baseUrl).href
      const bytes =
        (await keptFontBytes(url)) ?? (await fromPack(entry, i)) ?? (await cachedFontBytes(url))
      return decodePiece(bytes)
    })
  }
  /** The base and the pieces of `face` holding `codePoints`. */
  const partsOf = async (face: FaceId, codePoints: ReadonlySet<number>) => {
    const m = await load()
    const entry = m.faces[face]
    const needed = piecesFor(m, face, codePoints)
    // Offline, name the characters that cannot be printed (those of the pieces not kept).
    const unavailable: number[] = []
    const parts = await Promise.all(
      [-1, ...needed].map((k) =>
        piece(face, entry, k + 1).catch((error: unknown) => {
          if (!(error instanceof FontOffline)) throw error
          unavailable.push(...(k < 0 ? codePoints : codePointsInPiece(m, face, codePoints, k)))
          return undefined
        }),
      ),
    )
    if (unavailable.length) throw new Error(offlineCharsMessage(unavailable))
    return parts as GlyphPiece[]
  }
  const wholeFile = (face: FaceId) =>
    remember(files, face, async () => {
      const m = await load()
      const response = await fetch(new URL(m.faces[face].file, baseUrl))
      if (!response.ok) throw new Error(`下载字体失败：${m.faces[face].file}（${response.status}）`)
      return new Uint8Array(await response.arrayBuffer())
    })
  return {
    cuts: cut,
    manifest: load,
    fetch: (face, codePoints) => (cut ? partsOf(face, codePoints) : wholeFile(face)),
    async font(face, codePoints) {
      if (!cut) return wholeFile(face)
      const key = [...codePoints].sort((a, b) => a - b).join(',')
      const cached = cuts.get(face)
      if (cached?.key === key) return cached.bytes
      const [base, ...parts] = await partsOf(face, codePoints)
      const bytes = assembleFont(base as GlyphPiece, parts, codePoints)
      cuts.set(face, { key, bytes })
      return bytes
    },
  }
}

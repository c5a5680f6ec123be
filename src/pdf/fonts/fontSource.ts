/**
 * Where the PDF's fonts come from at run time: public/fonts/ (cut at build time to GB 2312),
 * fetched once and kept, then cut again with hb-subset to the characters a report uses.
 */
import wasmUrl from 'harfbuzzjs/dist/harfbuzz-subset.wasm?url'
import type { FaceId } from '../layout/faces'
import { createSubsetter, type Subsetter } from './hbSubset.mjs'
import type { FontManifest } from './manifest'

/** Loads the manifest and the fonts, and cuts them (or not, for the baseline benchmark). */
export interface FontSource {
  /** True when font() returns a font cut to exactly the code points asked for. */
  readonly cuts: boolean
  manifest(): Promise<FontManifest>
  /** The face's font file as served (fetched once). */
  file(face: FaceId): Promise<Uint8Array>
  /** The font of `face` holding at least `codePoints`. */
  font(face: FaceId, codePoints: ReadonlySet<number>): Promise<Uint8Array>
}

async function fetchBytes(url: string): Promise<Uint8Array<ArrayBuffer>> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`下载字体失败：${url}（${response.status}）`)
  return new Uint8Array(await response.arrayBuffer())
}

/**
 * Fonts fetched from `baseUrl` (the folder of manifest.json). With `cut`, each is cut to the
 * characters used; the last cut of each face is kept, so regenerating the same report is free.
 */
export function createFetchFontSource(baseUrl: string, cut = true): FontSource {
  let manifest: Promise<FontManifest> | undefined
  let subsetter: Promise<Subsetter> | undefined
  const files = new Map<FaceId, Promise<Uint8Array>>()
  const cuts = new Map<FaceId, { key: string; bytes: Uint8Array }>()
  const load = () => {
    if (!manifest) {
      manifest = fetch(new URL('manifest.json', baseUrl)).then((r) => {
        if (!r.ok) throw new Error(`下载字体清单失败（${r.status}）`)
        return r.json() as Promise<FontManifest>
      })
      // A failed fetch is forgotten, so the next try fetches again (not cached until reload).
      manifest.catch(() => (manifest = undefined))
    }
    return manifest
  }
  const loadSubsetter = () => {
    if (!subsetter) {
      subsetter = fetchBytes(new URL(wasmUrl, import.meta.url).href).then(createSubsetter)
      subsetter.catch(() => (subsetter = undefined))
    }
    return subsetter
  }
  const fileOf = (face: FaceId) => {
    if (cut) void loadSubsetter() // compiles hb-subset while the fonts download
    let file = files.get(face)
    if (!file) {
      file = load().then((m) => fetchBytes(new URL(m.faces[face].file, baseUrl).href))
      files.set(face, file)
      file.catch(() => files.delete(face))
    }
    return file
  }
  return {
    cuts: cut,
    manifest: load,
    file: fileOf,
    async font(face, codePoints) {
      const file = fileOf(face)
      if (!cut) return file
      const key = [...codePoints].sort((a, b) => a - b).join(',')
      const cached = cuts.get(face)
      if (cached?.key === key) return cached.bytes
      const bytes = (await loadSubsetter()).subset(await file, codePoints, { dropHinting: true })
      cuts.set(face, { key, bytes })
      return bytes
    },
  }
}

// Font subsetting with HarfBuzz's hb-subset (the harfbuzz-subset.wasm of harfbuzzjs), shared by
// the build script (scripts/subset-fonts.mjs, Node) and the run-time cut (browser, worker).
// Plain JavaScript so that Node 20 can run it without a TypeScript step; types in hbSubset.d.mts.
import { readCmap } from './sfnt.mjs'

const HB_MEMORY_MODE_WRITABLE = 2
const HB_SUBSET_SETS_DROP_TABLE_TAG = 3
const HB_SUBSET_SETS_NAME_ID = 4
const HB_SUBSET_FLAGS_NO_HINTING = 1
// Name records kept: 0–6 (copyright, family, …) and 13–14 (licence text and URL, for the OFL).
const KEPT_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 13, 14]
// Tables jsPDF never reads: OpenType layout, vertical metrics, hinting programs, colour, etc.
const DROPPED_TABLES = ['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF', 'vhea', 'vmtx', 'VORG', 'DSIG']
const DROPPED_TABLES_HINTED = [...DROPPED_TABLES, 'fpgm', 'prep', 'cvt ', 'hdmx', 'LTSH', 'gasp']

function tag(name) {
  return (
    (name.charCodeAt(0) << 24) |
    (name.charCodeAt(1) << 16) |
    (name.charCodeAt(2) << 8) |
    name.charCodeAt(3)
  )
}

/** Instantiates hb-subset from the bytes of harfbuzz-subset.wasm. */
export async function createSubsetter(wasmBytes) {
  const { instance } = await WebAssembly.instantiate(wasmBytes, {})
  const hb = instance.exports
  if (typeof hb._initialize === 'function') hb._initialize()
  const heap = () => new Uint8Array(hb.memory.buffer)

  /**
   * Cuts `font` (TrueType bytes) to the code points of `codePoints`. With `invert`, keeps every
   * code point of the font except those. Returns new TrueType bytes (copied out of wasm memory).
   */
  function subset(font, codePoints, options = {}) {
    const fontPtr = hb.malloc(font.byteLength)
    heap().set(font, fontPtr)
    const blob = hb.hb_blob_create(fontPtr, font.byteLength, HB_MEMORY_MODE_WRITABLE, 0, 0)
    const face = hb.hb_face_create(blob, 0)
    hb.hb_blob_destroy(blob)
    const input = hb.hb_subset_input_create_or_fail()
    const unicodes = hb.hb_subset_input_unicode_set(input)
    if (options.invert) hb.hb_set_invert(unicodes)
    for (const cp of codePoints) {
      if (options.invert) hb.hb_set_del(unicodes, cp)
      else hb.hb_set_add(unicodes, cp)
    }
    const drop = hb.hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
    for (const name of options.dropHinting ? DROPPED_TABLES_HINTED : DROPPED_TABLES) {
      hb.hb_set_add(drop, tag(name))
    }
    const names = hb.hb_subset_input_set(input, HB_SUBSET_SETS_NAME_ID)
    for (const id of KEPT_NAME_IDS) hb.hb_set_add(names, id)
    if (options.dropHinting) {
      hb.hb_subset_input_set_flags(
        input,
        hb.hb_subset_input_get_flags(input) | HB_SUBSET_FLAGS_NO_HINTING,
      )
    }
    const result = hb.hb_subset_or_fail(face, input)
    hb.hb_subset_input_destroy(input)
    if (!result) {
      hb.hb_face_destroy(face)
      hb.free(fontPtr)
      throw new Error('hb-subset failed')
    }
    const resultBlob = hb.hb_face_reference_blob(result)
    const offset = hb.hb_blob_get_data(resultBlob, 0)
    const length = hb.hb_blob_get_length(resultBlob)
    const bytes = heap().slice(offset, offset + length)
    hb.hb_blob_destroy(resultBlob)
    hb.hb_face_destroy(result)
    hb.hb_face_destroy(face)
    hb.free(fontPtr)
    if (length === 0) throw new Error('hb-subset returned an empty font')
    return bytes
  }

  return { subset }
}

/** The code points a TrueType font maps in its cmap (formats 4 and 12; sfnt.mjs reads it). */
export function readCmapCodePoints(font) {
  return new Set(readCmap(font).keys())
}

// Font subsetting with HarfBuzz's hb-subset (the harfbuzz-subset.wasm of harfbuzzjs), shared by
// the build script (scripts/subset-fonts.mjs, Node) and the run-time cut (browser, worker).
// Plain JavaScript so that Node 20 can run it without a TypeScript step; types in hbSubset.d.mts.

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

/** Reads the code points a TrueType font maps in its cmap (formats 4 and 12). */
export function readCmapCodePoints(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const numTables = view.getUint16(4)
  let cmap = -1
  for (let i = 0; i < numTables; i += 1) {
    const record = 12 + i * 16
    if (view.getUint32(record) === tag('cmap')) cmap = view.getUint32(record + 8)
  }
  if (cmap < 0) throw new Error('font has no cmap')
  const subtables = []
  for (let i = 0; i < view.getUint16(cmap + 2); i += 1) {
    const offset = cmap + view.getUint32(cmap + 4 + i * 8 + 4)
    subtables.push({ offset, format: view.getUint16(offset) })
  }
  const codePoints = new Set()
  const format12 = subtables.find((s) => s.format === 12)
  if (format12) {
    const groups = view.getUint32(format12.offset + 12)
    for (let g = 0; g < groups; g += 1) {
      const at = format12.offset + 16 + g * 12
      const end = view.getUint32(at + 4)
      for (let cp = view.getUint32(at); cp <= end; cp += 1) codePoints.add(cp)
    }
    return codePoints
  }
  const format4 = subtables.find((s) => s.format === 4)
  if (!format4) throw new Error('font has no cmap format 4 or 12')
  const at = format4.offset
  const segments = view.getUint16(at + 6) / 2
  const ends = at + 14
  const starts = ends + segments * 2 + 2
  const deltas = starts + segments * 2
  const rangeOffsets = deltas + segments * 2
  for (let s = 0; s < segments; s += 1) {
    const start = view.getUint16(starts + s * 2)
    const end = view.getUint16(ends + s * 2)
    const delta = view.getUint16(deltas + s * 2)
    const rangeOffset = view.getUint16(rangeOffsets + s * 2)
    for (let cp = start; cp <= end && cp !== 0xffff; cp += 1) {
      let glyph
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff
      else {
        const address = rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2
        glyph = view.getUint16(address)
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff
      }
      if (glyph !== 0) codePoints.add(cp)
    }
  }
  return codePoints
}

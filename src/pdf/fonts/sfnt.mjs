// Reading and writing TrueType (glyf-outline) fonts at the table level: enough to take a face
// apart into glyph pieces at build time (scripts/subset-fonts.mjs) and to put a cut together
// from pieces in the PDF worker (glyphPieces.mjs). Plain JavaScript so that Node 20 runs it
// without a TypeScript step; types in sfnt.d.mts.

/** Four-character table tag → 32-bit number. */
export function tagNumber(name) {
  return (
    ((name.charCodeAt(0) << 24) |
      (name.charCodeAt(1) << 16) |
      (name.charCodeAt(2) << 8) |
      name.charCodeAt(3)) >>>
    0
  )
}

const tagName = (value) =>
  String.fromCharCode(value >>> 24, (value >>> 16) & 255, (value >>> 8) & 255, value & 255)

/** The tables of a TrueType font, by tag (views into `font`, not copies). */
export function readTables(font) {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength)
  const tables = new Map()
  for (let i = 0; i < view.getUint16(4); i += 1) {
    const record = 12 + i * 16
    const offset = view.getUint32(record + 8)
    const length = view.getUint32(record + 12)
    tables.set(tagName(view.getUint32(record)), font.subarray(offset, offset + length))
  }
  return tables
}

function checksum(bytes) {
  let sum = 0
  const whole = bytes.length & ~3
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  for (let i = 0; i < whole; i += 4) sum = (sum + view.getUint32(i)) >>> 0
  if (whole < bytes.length) {
    let last = 0
    for (let i = whole; i < whole + 4; i += 1) last = (last << 8) | (bytes[i] ?? 0)
    sum = (sum + (last >>> 0)) >>> 0
  }
  return sum
}

/**
 * A TrueType font from its tables (sorted by tag, 4-byte aligned, checksums and the head
 * table's checkSumAdjustment set as the OpenType specification asks).
 */
export function writeTables(tables) {
  const tags = [...tables.keys()].sort()
  const headerLength = 12 + tags.length * 16
  let length = headerLength
  for (const tag of tags) length += (tables.get(tag).length + 3) & ~3
  const out = new Uint8Array(length)
  const view = new DataView(out.buffer)
  let power = 1
  let log = 0
  while (power * 2 <= tags.length) {
    power *= 2
    log += 1
  }
  view.setUint32(0, 0x00010000)
  view.setUint16(4, tags.length)
  view.setUint16(6, power * 16)
  view.setUint16(8, log)
  view.setUint16(10, tags.length * 16 - power * 16)
  let offset = headerLength
  let headOffset = -1
  tags.forEach((tag, i) => {
    const data = tables.get(tag)
    out.set(data, offset)
    if (tag === 'head') {
      headOffset = offset
      view.setUint32(offset + 8, 0) // checkSumAdjustment is computed over the font with it 0
    }
    const record = 12 + i * 16
    view.setUint32(record, tagNumber(tag))
    view.setUint32(record + 4, checksum(out.subarray(offset, offset + data.length)))
    view.setUint32(record + 8, offset)
    view.setUint32(record + 12, data.length)
    offset += (data.length + 3) & ~3
  })
  if (headOffset >= 0) view.setUint32(headOffset + 8, (0xb1b0afba - checksum(out)) >>> 0)
  return out
}

/** The code point → glyph map of a font's best Unicode cmap (format 12, else format 4). */
export function readCmap(font) {
  const cmap = readTables(font).get('cmap')
  if (!cmap) throw new Error('font has no cmap')
  const view = new DataView(cmap.buffer, cmap.byteOffset, cmap.byteLength)
  const subtables = []
  for (let i = 0; i < view.getUint16(2); i += 1) {
    const offset = view.getUint32(4 + i * 8 + 4)
    subtables.push({ offset, format: view.getUint16(offset) })
  }
  const map = new Map()
  const format12 = subtables.find((s) => s.format === 12)
  if (format12) {
    for (let g = 0; g < view.getUint32(format12.offset + 12); g += 1) {
      const at = format12.offset + 16 + g * 12
      const start = view.getUint32(at)
      const glyph = view.getUint32(at + 8)
      for (let cp = start; cp <= view.getUint32(at + 4); cp += 1) map.set(cp, glyph + cp - start)
    }
    return map
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
    const delta = view.getUint16(deltas + s * 2)
    const rangeOffset = view.getUint16(rangeOffsets + s * 2)
    for (let cp = start; cp <= view.getUint16(ends + s * 2) && cp !== 0xffff; cp += 1) {
      let glyph
      if (rangeOffset === 0) glyph = (cp + delta) & 0xffff
      else {
        glyph = view.getUint16(rangeOffsets + s * 2 + rangeOffset + (cp - start) * 2)
        if (glyph !== 0) glyph = (glyph + delta) & 0xffff
      }
      if (glyph !== 0) map.set(cp, glyph)
    }
  }
  return map
}

// Composite glyph flags (OpenType glyf table).
const ARG_1_AND_2_ARE_WORDS = 0x0001
const WE_HAVE_A_SCALE = 0x0008
const MORE_COMPONENTS = 0x0020
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040
const WE_HAVE_A_TWO_BY_TWO = 0x0080

/**
 * Visits the component glyph ids of a composite glyph (none for a simple one); `rename`, when
 * given, returns the id to write in place of each (the bytes are changed in place).
 */
export function glyphComponents(data, rename) {
  const components = []
  if (data.length < 10) return components
  const view = new DataView(data.buffer, data.byteOffset, data.byteLength)
  if (view.getInt16(0) >= 0) return components
  let at = 10
  for (;;) {
    const flags = view.getUint16(at)
    const glyph = view.getUint16(at + 2)
    components.push(glyph)
    if (rename) view.setUint16(at + 2, rename(glyph))
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2)
    if (flags & WE_HAVE_A_SCALE) at += 2
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8
    if (!(flags & MORE_COMPONENTS)) return components
  }
}

/** Glyph outlines and horizontal metrics of a TrueType font, by glyph id. */
export function readGlyphs(font) {
  const tables = readTables(font)
  const need = (tag) => {
    const table = tables.get(tag)
    if (!table) throw new Error(`font has no ${tag} table (only TrueType outlines are split)`)
    return new DataView(table.buffer, table.byteOffset, table.byteLength)
  }
  const head = need('head')
  const maxp = need('maxp')
  const hhea = need('hhea')
  const hmtx = need('hmtx')
  const loca = need('loca')
  const glyf = tables.get('glyf')
  need('glyf')
  const count = maxp.getUint16(4)
  const longLoca = head.getInt16(50) === 1
  const metrics = hhea.getUint16(34)
  const offset = (g) => (longLoca ? loca.getUint32(g * 4) : loca.getUint16(g * 2) * 2)
  return {
    count,
    glyph(g) {
      const m = Math.min(g, metrics - 1)
      return {
        advance: hmtx.getUint16(m * 4),
        lsb:
          g < metrics ? hmtx.getInt16(g * 4 + 2) : hmtx.getInt16(metrics * 4 + (g - metrics) * 2),
        data: glyf.subarray(offset(g), offset(g + 1)),
      }
    },
  }
}

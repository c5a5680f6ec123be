// Glyph pieces: a face taken apart at build time into a base (its tables other than the glyphs,
// and .notdef) and small pieces of glyphs (outline, advance, side bearing, code points), so a
// PDF fetches only the pieces holding its characters; `assembleFont` puts the cut together in
// the worker. The cut keeps the face's glyph order, so it is the font hb-subset makes of the
// whole face: same outlines, same widths, same glyph ids. Types in glyphPieces.d.mts.
import { deflateSync, inflateSync } from 'fflate'
import { glyphComponents, tagNumber, writeTables } from './sfnt.mjs'

const MAGIC = 0x5a464750 // "ZFGP"
/** Version 1: the piece's layout; a file is version 2: the header, then version 1 deflated. */
const VERSION = 1
const COMPRESSED = 2

/**
 * Serialises a piece (or the base, which also has `tables`), deflated: the bytes a PDF fetches
 * are small whether or not the server compresses (glyph outlines deflate to about three quarters).
 */
export function encodePiece(piece) {
  const header = new Uint8Array(5)
  new DataView(header.buffer).setUint32(0, MAGIC)
  header[4] = COMPRESSED
  const body = deflateSync(encodePlain(piece), { level: 9 })
  const out = new Uint8Array(5 + body.length)
  out.set(header)
  out.set(body, 5)
  return out
}

/** A piece's layout, version 1 (see decodePlain). */
function encodePlain({ tables = new Map(), glyphs, map }) {
  let length = 4 + 1 + 2 + 4 + 4
  for (const data of tables.values()) length += 8 + data.length
  for (const glyph of glyphs) length += 10 + glyph.data.length
  length += map.length * 6
  const out = new Uint8Array(length)
  const view = new DataView(out.buffer)
  let at = 0
  view.setUint32(at, MAGIC)
  view.setUint8(at + 4, VERSION)
  view.setUint16(at + 5, tables.size)
  at += 7
  for (const [tag, data] of tables) {
    view.setUint32(at, tagNumber(tag))
    view.setUint32(at + 4, data.length)
    out.set(data, at + 8)
    at += 8 + data.length
  }
  view.setUint32(at, glyphs.length)
  at += 4
  for (const { id, advance, lsb, data } of glyphs) {
    view.setUint16(at, id)
    view.setUint16(at + 2, advance)
    view.setInt16(at + 4, lsb)
    view.setUint32(at + 6, data.length)
    out.set(data, at + 10)
    at += 10 + data.length
  }
  view.setUint32(at, map.length)
  at += 4
  for (const [cp, id] of map) {
    view.setUint32(at, cp)
    view.setUint16(at + 4, id)
    at += 6
  }
  return out
}

const fail = () => {
  throw new Error('字体分片文件已损坏或不完整，请刷新页面后重试。')
}

/** Reads a piece; throws on bytes that are not one (a proxy's error page, a cut-off download). */
export function decodePiece(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 6 || view.getUint32(0) !== MAGIC || view.getUint8(4) !== COMPRESSED) fail()
  let plain
  try {
    plain = inflateSync(bytes.subarray(5))
  } catch {
    return fail()
  }
  return decodePlain(plain)
}

/** Reads a piece's layout, version 1. */
function decodePlain(bytes) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (bytes.length < 15 || view.getUint32(0) !== MAGIC || view.getUint8(4) !== VERSION) fail()
  try {
    let at = 7
    const tables = new Map()
    for (let i = 0; i < view.getUint16(5); i += 1) {
      const tag = String.fromCharCode(...bytes.subarray(at, at + 4))
      const length = view.getUint32(at + 4)
      tables.set(tag, bytes.subarray(at + 8, at + 8 + length))
      at += 8 + length
    }
    const glyphs = []
    const glyphCount = view.getUint32(at)
    at += 4
    for (let i = 0; i < glyphCount; i += 1) {
      const length = view.getUint32(at + 6)
      glyphs.push({
        id: view.getUint16(at),
        advance: view.getUint16(at + 2),
        lsb: view.getInt16(at + 4),
        data: bytes.subarray(at + 10, at + 10 + length),
      })
      at += 10 + length
    }
    const map = []
    const mapCount = view.getUint32(at)
    at += 4
    for (let i = 0; i < mapCount; i += 1)
      map.push([view.getUint32(at + i * 6), view.getUint16(at + i * 6 + 4)])
    if (at + mapCount * 6 !== bytes.length) fail()
    return { tables, glyphs, map }
  } catch {
    return fail()
  }
}

const PACK_MAGIC = 0x5a46504b // "ZFPK"

/**
 * A face's base and pieces in one file, for 准备离线使用 (a few downloads instead of thousands):
 * magic, count, count + 1 offsets from the data's start, then the files one after another.
 * @param {Uint8Array[]} files
 */
export function encodePack(files) {
  const header = 8 + (files.length + 1) * 4
  const out = new Uint8Array(header + files.reduce((sum, file) => sum + file.length, 0))
  const view = new DataView(out.buffer)
  view.setUint32(0, PACK_MAGIC)
  view.setUint32(4, files.length)
  let at = 0
  files.forEach((file, i) => {
    view.setUint32(8 + i * 4, at)
    out.set(file, header + at)
    at += file.length
  })
  view.setUint32(8 + files.length * 4, at)
  return out
}

/**
 * File `i` of a pack (0 is the base, k + 1 piece k); throws on bytes that are not a whole pack.
 * @param {Uint8Array} pack @param {number} i
 */
export function unpack(pack, i) {
  const view = new DataView(pack.buffer, pack.byteOffset, pack.byteLength)
  const count = pack.length >= 8 && view.getUint32(0) === PACK_MAGIC ? view.getUint32(4) : -1
  const header = 8 + (count + 1) * 4
  if (count < 0 || header > pack.length || header + view.getUint32(header - 4) !== pack.length) {
    throw new Error('离线字体包已损坏或不完整，请联网后再点“准备离线使用”。')
  }
  if (!(i >= 0 && i < count)) throw new Error(`离线字体包没有第 ${i} 个文件，请刷新页面。`)
  return pack.subarray(header + view.getUint32(8 + i * 4), header + view.getUint32(12 + i * 4))
}

/** A cmap table: format 4 runs (platforms 0/3 and 3/1), plus format 12 beyond the BMP. */
function cmapTable(entries) {
  const bmp = entries.filter(([cp]) => cp < 0xffff)
  const segments = []
  for (const [cp, id] of bmp) {
    const last = segments[segments.length - 1]
    if (last && cp === last.end + 1 && id - cp === last.delta) last.end = cp
    else segments.push({ start: cp, end: cp, delta: id - cp })
  }
  segments.push({ start: 0xffff, end: 0xffff, delta: 1 })
  const count = segments.length
  const format4Length = 16 + count * 8
  const wide = entries.filter(([cp]) => cp > 0xffff)
  const format12Length = wide.length ? 16 + wide.length * 12 : 0
  const records = wide.length ? 4 : 2
  const header = 4 + records * 8
  const out = new Uint8Array(header + format4Length + format12Length)
  const view = new DataView(out.buffer)
  view.setUint16(2, records)
  const record = (i, platform, encoding, offset) => {
    view.setUint16(4 + i * 8, platform)
    view.setUint16(6 + i * 8, encoding)
    view.setUint32(8 + i * 8, offset)
  }
  const format12At = header + format4Length
  record(0, 0, 3, header)
  if (wide.length) record(1, 0, 4, format12At)
  record(wide.length ? 2 : 1, 3, 1, header)
  if (wide.length) record(3, 3, 10, format12At)
  let at = header
  let power = 1
  let log = 0
  while (power * 2 <= count) {
    power *= 2
    log += 1
  }
  view.setUint16(at, 4)
  view.setUint16(at + 2, format4Length)
  view.setUint16(at + 6, count * 2)
  view.setUint16(at + 8, power * 2)
  view.setUint16(at + 10, log)
  view.setUint16(at + 12, count * 2 - power * 2)
  segments.forEach((s, i) => {
    view.setUint16(at + 14 + i * 2, s.end)
    view.setUint16(at + 16 + count * 2 + i * 2, s.start)
    view.setUint16(at + 16 + count * 4 + i * 2, s.delta & 0xffff)
  })
  if (wide.length) {
    at = format12At
    view.setUint16(at, 12)
    view.setUint32(at + 4, format12Length)
    view.setUint32(at + 12, wide.length)
    wide.forEach(([cp, id], i) => {
      view.setUint32(at + 16 + i * 12, cp)
      view.setUint32(at + 20 + i * 12, cp)
      view.setUint32(at + 24 + i * 12, id)
    })
  }
  return out
}

/**
 * The TrueType font of `codePoints` from a face's decoded base and pieces (which must hold
 * them): .notdef, each character's glyph and the components of composite glyphs, in the
 * face's glyph order.
 */
export function assembleFont(base, pieces, codePoints) {
  const records = new Map()
  const glyphOf = new Map()
  for (const part of [base, ...pieces]) {
    for (const glyph of part.glyphs) records.set(glyph.id, glyph)
    for (const [cp, id] of part.map) glyphOf.set(cp, id)
  }
  const wanted = new Set([0])
  const want = (id) => {
    if (wanted.has(id)) return
    const record = records.get(id)
    if (!record) throw new Error(`字体分片缺少字形 ${id}`)
    wanted.add(id)
    for (const component of glyphComponents(record.data)) want(component)
  }
  const entries = []
  for (const cp of codePoints) {
    const id = glyphOf.get(cp)
    if (id === undefined) {
      throw new Error(`字体分片缺少字符 U+${cp.toString(16).toUpperCase().padStart(4, '0')}`)
    }
    want(id)
    entries.push([cp, id])
  }
  const ids = [...wanted].sort((a, b) => a - b)
  const newId = new Map(ids.map((id, i) => [id, i]))
  // Like hb-subset: short loca offsets (glyphs padded to even lengths) when the glyphs fit in
  // 128 KB, long ones (unpadded) otherwise; the trailing glyphs of the last advance keep only
  // their side bearing in hmtx.
  let padded = 0
  for (const id of ids) padded += (records.get(id).data.length + 1) & ~1
  const short = padded < 0x20000
  const advances = ids.map((id) => records.get(id).advance)
  let metrics = ids.length
  while (metrics > 1 && advances[metrics - 2] === advances[ids.length - 1]) metrics -= 1
  let glyfLength = 0
  for (const id of ids) glyfLength += records.get(id).data.length
  const glyf = new Uint8Array(short ? padded : glyfLength)
  const loca = new DataView(new ArrayBuffer((ids.length + 1) * (short ? 2 : 4)))
  const setOffset = (i, offset) =>
    short ? loca.setUint16(i * 2, offset / 2) : loca.setUint32(i * 4, offset)
  const hmtx = new DataView(new ArrayBuffer(metrics * 4 + (ids.length - metrics) * 2))
  let offset = 0
  ids.forEach((id, i) => {
    const { data, advance, lsb } = records.get(id)
    setOffset(i, offset)
    glyf.set(data, offset)
    glyphComponents(glyf.subarray(offset, offset + data.length), (old) => newId.get(old))
    offset += short ? (data.length + 1) & ~1 : data.length
    if (i < metrics) {
      hmtx.setUint16(i * 4, advance)
      hmtx.setInt16(i * 4 + 2, lsb)
    } else hmtx.setInt16(metrics * 4 + (i - metrics) * 2, lsb)
  })
  setOffset(ids.length, offset)
  const copy = (tag) => {
    const table = base.tables.get(tag)
    if (!table) throw new Error(`字体基础文件缺少 ${tag} 表`)
    const bytes = table.slice()
    return { bytes, view: new DataView(bytes.buffer) }
  }
  const tables = new Map(base.tables)
  const { bytes: head, view: headView } = copy('head')
  headView.setInt16(50, short ? 0 : 1) // indexToLocFormat
  const { bytes: hhea, view: hheaView } = copy('hhea')
  hheaView.setUint16(34, metrics)
  const { bytes: maxp, view: maxpView } = copy('maxp')
  maxpView.setUint16(4, ids.length)
  tables.set('head', head)
  tables.set('hhea', hhea)
  tables.set('maxp', maxp)
  tables.set('glyf', glyf)
  tables.set('loca', new Uint8Array(loca.buffer))
  tables.set('hmtx', new Uint8Array(hmtx.buffer))
  entries.sort((a, b) => a[0] - b[0])
  tables.set('cmap', cmapTable(entries.map(([cp, id]) => [cp, newId.get(id)])))
  return writeTables(tables)
}

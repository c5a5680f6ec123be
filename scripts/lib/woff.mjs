// WOFF 1.0 → TrueType: WOFF1 is an sfnt whose tables may each be zlib-compressed.
import { inflateSync } from 'node:zlib'

/**
 * Converts WOFF 1.0 bytes to TrueType bytes.
 * @param {Uint8Array} woff
 * @returns {Uint8Array}
 */
export function woffToTtf(woff) {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength)
  if (view.getUint32(0) !== 0x774f4646) throw new Error('not a WOFF 1.0 file')
  const flavor = view.getUint32(4)
  const numTables = view.getUint16(12)
  /** @type {{ tag: number, checksum: number, data: Uint8Array }[]} */
  const tables = []
  for (let i = 0; i < numTables; i += 1) {
    const at = 44 + i * 20
    const offset = view.getUint32(at + 4)
    const compLength = view.getUint32(at + 8)
    const origLength = view.getUint32(at + 12)
    const raw = woff.subarray(offset, offset + compLength)
    const data = compLength < origLength ? new Uint8Array(inflateSync(raw)) : raw
    tables.push({ tag: view.getUint32(at), checksum: view.getUint32(at + 16), data })
  }
  let searchRange = 1
  let entrySelector = 0
  while (searchRange * 2 <= numTables) {
    searchRange *= 2
    entrySelector += 1
  }
  const headerLength = 12 + numTables * 16
  const total = tables.reduce((sum, t) => sum + ((t.data.length + 3) & ~3), headerLength)
  const out = new Uint8Array(total)
  const outView = new DataView(out.buffer)
  outView.setUint32(0, flavor)
  outView.setUint16(4, numTables)
  outView.setUint16(6, searchRange * 16)
  outView.setUint16(8, entrySelector)
  outView.setUint16(10, numTables * 16 - searchRange * 16)
  let offset = headerLength
  tables.forEach((table, i) => {
    const at = 12 + i * 16
    outView.setUint32(at, table.tag)
    outView.setUint32(at + 4, table.checksum)
    outView.setUint32(at + 8, offset)
    outView.setUint32(at + 12, table.data.length)
    out.set(table.data, offset)
    offset += (table.data.length + 3) & ~3
  })
  return out
}

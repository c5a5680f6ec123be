import { describe, expect, it } from 'vitest'
import { binaryStringToBytes, bytesToBinaryString } from '@/pdf/binaryString'

describe('binary strings', () => {
  const every = Uint8Array.from({ length: 256 * 300 }, (_, i) => (i * 7 + (i >> 8)) & 0xff)

  it('maps every byte to the code unit of the same value, and back', () => {
    const text = bytesToBinaryString(every)
    expect(text.length).toBe(every.length)
    expect(Array.from(text, (c) => c.charCodeAt(0))).toEqual([...every])
    expect(binaryStringToBytes(text)).toEqual(every)
  })

  it.each([
    ['a leading byte-order mark’s bytes', [0xff, 0xfe, 0x41]],
    ['windows-1252’s remapped range', [0x80, 0x81, 0x8d, 0x9f]],
    ['NUL and high bytes', [0, 0xff, 0, 0xfe]],
    ['nothing', []],
  ])('keeps %s', (_, values) => {
    const bytes = Uint8Array.from(values)
    expect(Array.from(bytesToBinaryString(bytes), (c) => c.charCodeAt(0))).toEqual(values)
  })

  it('encodes an ASCII content stream and a binary one alike', () => {
    expect([...binaryStringToBytes('BT\n<0041> Tj\nET')]).toEqual(
      Array.from('BT\n<0041> Tj\nET', (c) => c.charCodeAt(0)),
    )
    expect([...binaryStringToBytes('\u00ff\u0080x')]).toEqual([0xff, 0x80, 0x78])
  })
})

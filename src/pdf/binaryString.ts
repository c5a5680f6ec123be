/**
 * jsPDF keeps streams as “binary strings”: one character per byte, code units 0–255. These turn
 * bytes into such strings and back, natively where the platform can.
 */

// Each byte widened to one UTF-16 code unit, then decoded: code units 0–255 are never surrogates
// nor a byte-order mark, so the decoder maps each to itself. (The 'latin1' label would not do:
// it means windows-1252, which maps 0x80–0x9f elsewhere.)
const utf16 = new TextDecoder('utf-16le')
const ascii = new TextEncoder()
const NOT_ASCII = /[\u0080-\uffff]/

/** Bytes → binary string. */
export function bytesToBinaryString(bytes: Uint8Array): string {
  return utf16.decode(new Uint16Array(bytes))
}

/** Binary string → bytes: natively when it is ASCII (page contents are), else a code unit at a time. */
export function binaryStringToBytes(data: string): Uint8Array {
  if (!NOT_ASCII.test(data)) return ascii.encode(data)
  const bytes = new Uint8Array(data.length)
  for (let i = 0; i < data.length; i += 1) bytes[i] = data.charCodeAt(i)
  return bytes
}

const cached = new WeakMap<Uint8Array, string>()

/** `bytesToBinaryString`, kept per array: a font's bytes are handed to jsPDF more than once. */
export function cachedBinaryString(bytes: Uint8Array): string {
  let text = cached.get(bytes)
  if (text === undefined) cached.set(bytes, (text = bytesToBinaryString(bytes)))
  return text
}

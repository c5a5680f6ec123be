/**
 * The uncompressed sizes a zip (.docx) declares in its central directory, read without
 * inflating anything: a small file that would inflate to tens of megabytes of text is refused
 * before a reader starts on it.
 */

/** Sum of every entry's declared uncompressed size; null when the zip's directory is unreadable. */
export function declaredUnzippedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  // End of central directory: signature 0x06054b50, within the last 64 KB + 22 bytes.
  const lowest = Math.max(0, bytes.length - 0xffff - 22)
  let end = -1
  for (let i = bytes.length - 22; i >= lowest; i -= 1) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) return null
  const entries = view.getUint16(end + 10, true)
  let at = view.getUint32(end + 16, true)
  let total = 0
  for (let n = 0; n < entries; n += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null
    const size = view.getUint32(at + 24, true)
    // 0xffffffff: the real size is in a Zip64 field; count it as over any cap.
    total += size === 0xffffffff ? Number.MAX_SAFE_INTEGER / 2 : size
    at +=
      46 +
      view.getUint16(at + 28, true) +
      view.getUint16(at + 30, true) +
      view.getUint16(at + 32, true)
  }
  return total
}

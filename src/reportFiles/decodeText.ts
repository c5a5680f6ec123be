/**
 * Bytes of a saved page or text file as text. Many government sites still serve GBK pages, and
 * Windows tools write UTF-16: the encoding is taken from a byte-order mark, then (for HTML) the
 * page's own `<meta charset>`, then UTF-16 by its zero bytes, then strict UTF-8, then GB18030.
 */

/** An encoding label TextDecoder knows, or null. */
function knownLabel(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding
  } catch {
    return null
  }
}

/** The charset a page declares in its first 4 KB (`<meta charset>` or http-equiv), or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096))
  const match =
    /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head) ??
    /encoding\s*=\s*["']([\w-]+)["']/i.exec(head)
  return match?.[1] ? knownLabel(match[1]) : null
}

function byteOrderMark(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8'
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le'
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be'
  return null
}

/** UTF-16 without a mark: ASCII-range text leaves every other byte zero. */
function utf16ByZeros(bytes: Uint8Array): string | null {
  const sample = bytes.subarray(0, 4096)
  let even = 0
  let odd = 0
  for (let i = 0; i < sample.length; i += 1) {
    if (sample[i] === 0) {
      if (i % 2 === 0) even += 1
      else odd += 1
    }
  }
  const half = sample.length / 2
  if (odd > half * 0.3 && even < half * 0.05) return 'utf-16le'
  if (even > half * 0.3 && odd < half * 0.05) return 'utf-16be'
  return null
}

/** The bytes as UTF-8, or null when they are not valid UTF-8. */
function strictUtf8(input: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input)
  } catch {
    return null
  }
}

/**
 * Decodes a text or HTML file; returns the text and the encoding used.
 * e.g. decodeText(gbkBytes, { html: true }) → { text: '…', encoding: 'gbk' }.
 */
export function decodeText(
  input: Uint8Array,
  options: { html?: boolean } = {},
): { text: string; encoding: string } {
  const bom = byteOrderMark(input)
  if (bom) return { text: new TextDecoder(bom).decode(input), encoding: bom }
  const declared = options.html ? declaredCharset(input) : null
  if (declared && !declared.startsWith('utf-16')) {
    // A page saved again by an editor or browser is often UTF-8 under its old GBK <meta>: bytes
    // that are valid UTF-8 and not plain ASCII are almost never GBK text, so UTF-8 wins then.
    const utf8 = declared === 'utf-8' ? null : strictUtf8(input)
    if (utf8 !== null && /[^ -~\t\n\r]/.test(utf8)) return { text: utf8, encoding: 'utf-8' }
    return { text: new TextDecoder(declared).decode(input), encoding: declared }
  }
  // Zero bytes are valid UTF-8 but never in a text file: UTF-16 goes first.
  const utf16 = utf16ByZeros(input)
  if (utf16) return { text: new TextDecoder(utf16).decode(input), encoding: utf16 }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(input), encoding: 'utf-8' }
  } catch {
    // not UTF-8: GB18030, a superset of GBK and GB2312
  }
  return { text: new TextDecoder('gb18030').decode(input), encoding: 'gb18030' }
}

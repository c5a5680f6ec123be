/**
 * A saved web page in MHTML (“网页，单个文件”): the HTML part of a MIME multipart file, decoded
 * from quoted-printable or base64 in its own charset.
 */
import { decodeText } from './decodeText'

/** One character per byte (TextDecoder's “latin1” is windows-1252 and remaps 0x80–0x9F). */
function latin1(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  }
  return out
}

function fromQuotedPrintable(body: string): Uint8Array {
  const text = body.replace(/=\r?\n/g, '')
  const out: number[] = []
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3)
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      out.push(parseInt(hex, 16))
      i += 2
    } else out.push(text.charCodeAt(i) & 0xff)
  }
  return Uint8Array.from(out)
}

function fromBase64(body: string): Uint8Array {
  const clean = body.replace(/[^A-Za-z0-9+/=]/g, '')
  const binary = atob(clean)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i += 1) out[i] = binary.charCodeAt(i)
  return out
}

/** The first text/html part of an MHTML file as text, or null when there is none. */
export function htmlOfMhtml(bytes: Uint8Array): string | null {
  const raw = latin1(bytes)
  const boundary = /boundary\s*=\s*"?([^";\r\n]+)"?/i.exec(raw)?.[1]
  const parts = boundary ? raw.split(`--${boundary}`) : [raw]
  for (const part of parts) {
    const split = /\r?\n\r?\n/.exec(part)
    if (!split) continue
    const headers = part.slice(0, split.index)
    if (!/content-type:\s*text\/html/i.test(headers)) continue
    const body = part.slice(split.index + split[0].length)
    const encoding = /content-transfer-encoding:\s*([\w-]+)/i.exec(headers)?.[1]?.toLowerCase()
    const decoded =
      encoding === 'base64'
        ? fromBase64(body)
        : encoding === 'quoted-printable'
          ? fromQuotedPrintable(body)
          : Uint8Array.from(body, (c) => c.charCodeAt(0) & 0xff)
    const charset = /charset\s*=\s*"?([\w-]+)"?/i.exec(headers)?.[1]
    if (charset) {
      try {
        return new TextDecoder(charset.toLowerCase()).decode(decoded)
      } catch {
        // an unknown label: decode as a page
      }
    }
    return decodeText(decoded, { html: true }).text
  }
  return null
}

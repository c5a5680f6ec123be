/**
 * The draft's fingerprint: 16 hex digits of SHA-256 over the canonical JSON of its §6 draft
 * document (draftToDocument), printed in the PDF's footer and metadata. A published PDF is
 * matched to an exported draft file by hashing that file's canonical JSON the same way (the
 * file's fields this program does not know, kept from an import, are left out).
 */
import { draftToDocument } from './draftJson'
import type { ReportDraft } from './draft'
import { sha256Hex } from './sha256'

/** JSON with object keys sorted at every level and undefined dropped: one text per value. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null'
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

/** The content that identifies a draft: its §6 draft document, as an exported file holds it. */
export function fingerprintContent(draft: ReportDraft): unknown {
  return draftToDocument(draft).document
}

/**
 * SHA-256 of `data` as hex: the platform's (native) where it has one — Web Crypto exists only in
 * secure contexts, and a report may be written on an intranet page served over plain http — else
 * the plain TypeScript one. The same digest either way (fingerprint.test.ts).
 */
export async function digestHex(
  data: Uint8Array,
  subtle: SubtleCrypto | null = globalThis.crypto?.subtle ?? null,
): Promise<string> {
  if (!subtle) return sha256Hex(data)
  const digest = new Uint8Array(await subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return hex
}

/** 16 hex digits of SHA-256 over the draft's canonical JSON, e.g. “3f0c9a…”. */
export async function fingerprintDraft(draft: ReportDraft): Promise<string> {
  const json = canonicalJson(fingerprintContent(draft))
  // A report regenerated unchanged hashes the same text again: remember the last one.
  if (json !== last.json) {
    last = { json, hex: (await digestHex(new TextEncoder().encode(json))).slice(0, 16) }
  }
  return last.hex
}

let last = { json: '', hex: '' }

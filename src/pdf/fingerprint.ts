/**
 * The draft's fingerprint: 16 hex digits of SHA-256 over the canonical JSON of its §6 draft
 * document (draftToDocument), printed in the PDF's footer and metadata. A published PDF is
 * matched to an exported draft file by hashing that file's canonical JSON the same way (the
 * file's fields this program does not know, kept from an import, are left out).
 */
import { draftToDocument, type ReportDraft } from '@/report'
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

/** 16 hex digits of SHA-256 over the draft's canonical JSON, e.g. “3f0c9a…”. */
export function fingerprintDraft(draft: ReportDraft): string {
  const json = canonicalJson(fingerprintContent(draft))
  // A report regenerated unchanged hashes the same text again: remember the last one.
  if (json !== last.json)
    last = { json, hex: sha256Hex(new TextEncoder().encode(json)).slice(0, 16) }
  return last.hex
}

let last = { json: '', hex: '' }

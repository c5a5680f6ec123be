/**
 * The stored form of one draft: a versioned envelope around the editor draft (cell text as typed,
 * so an invalid entry survives a reload), with a revision counter and the time it was saved.
 */
import { createEmptyDraft, isJsonObject, type DraftExtra, type ReportDraft } from '@/report'
import { CURRENT_ENVELOPE_VERSION, migrateEnvelope } from './migrations'

/** A stored draft (envelope version 1). */
export interface DraftEnvelope {
  readonly schemaVersion: number
  readonly id: string
  /** Incremented by every save; a tab never overwrites a higher revision it has not seen. */
  readonly revision: number
  /** ISO time of the save. */
  readonly savedAt: string
  /** The name shown in the draft list; '' means “agency + year”. */
  readonly name: string
  readonly draft: ReportDraft
  /** Unknown fields of an imported file, kept so a re-export keeps them. */
  readonly extra?: DraftExtra
}

/** Serialises an envelope; the first keys are fixed so the revision can be read cheaply. */
export function serializeEnvelope(envelope: DraftEnvelope): string {
  const { schemaVersion, id, revision, savedAt, name, draft, extra, ...rest } = envelope
  return JSON.stringify({ schemaVersion, id, revision, savedAt, name, draft, extra, ...rest })
}

const REVISION_AT_START = /^\{"schemaVersion":\d+,"id":"[^"\\]*","revision":(\d+),/

/** The revision of a serialised envelope without parsing it all; null if it cannot be read. */
export function peekRevision(text: string): number | null {
  const match = REVISION_AT_START.exec(text)
  if (match?.[1]) return Number(match[1])
  const envelope = parseEnvelope(text)
  return envelope.ok ? envelope.envelope.revision : null
}

const isString = (value: unknown): value is string => typeof value === 'string'

function restoreDraft(raw: unknown): ReportDraft | null {
  if (!isJsonObject(raw)) return null
  const empty = createEmptyDraft()
  const meta = raw.meta === undefined ? {} : raw.meta
  const narrative = raw.narrative === undefined ? {} : raw.narrative
  const cells = raw.cells === undefined ? {} : raw.cells
  if (!isJsonObject(meta) || !isJsonObject(narrative) || !isJsonObject(cells)) return null
  const overview = narrative.overview === undefined ? {} : narrative.overview
  if (!isJsonObject(overview)) return null
  if (!Object.values(cells).every(isString)) return null
  if (raw.preamble !== undefined && raw.preamble !== null && !isString(raw.preamble)) return null
  const year = meta.year ?? null
  if (year !== null && (typeof year !== 'number' || !Number.isInteger(year))) return null
  // Spread the stored object over the defaults so fields this version does not know survive.
  return {
    ...raw,
    meta: { ...empty.meta, ...meta, year } as ReportDraft['meta'],
    preamble: isString(raw.preamble) ? raw.preamble : null,
    narrative: {
      ...empty.narrative,
      ...narrative,
      overview: { ...empty.narrative.overview, ...overview },
    } as ReportDraft['narrative'],
    cells: { ...(cells as Record<string, string>) },
  }
}

/** The outcome of reading an envelope's text. */
export type ParsedEnvelope =
  | { readonly ok: true; readonly envelope: DraftEnvelope }
  | { readonly ok: false; readonly reason: string }

/** Parses, migrates and checks an envelope; never throws. */
export function parseEnvelope(text: string): ParsedEnvelope {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    return { ok: false, reason: '不是有效的 JSON' }
  }
  if (!isJsonObject(raw)) return { ok: false, reason: '不是草稿数据' }
  const migrated = migrateEnvelope(raw)
  if (!migrated.ok) return migrated
  const env = migrated.envelope
  const draft = restoreDraft(env.draft)
  if (!draft || !isString(env.id) || env.id === '' || typeof env.revision !== 'number') {
    return { ok: false, reason: '草稿数据不完整或类型不对' }
  }
  return {
    ok: true,
    envelope: {
      ...env,
      schemaVersion: CURRENT_ENVELOPE_VERSION,
      id: env.id,
      revision: env.revision,
      savedAt: isString(env.savedAt) ? env.savedAt : new Date(0).toISOString(),
      name: isString(env.name) ? env.name : '',
      draft,
      extra: isJsonObject(env.extra) ? env.extra : undefined,
    },
  }
}

/** A new id for a draft: time plus randomness, safe in a key. */
export function newDraftId(now = Date.now()): string {
  return `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`
}

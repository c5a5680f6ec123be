/**
 * The stored form of one draft: a versioned envelope around the editor draft (cell text as typed,
 * so an invalid entry survives a reload), with a revision counter and the time it was saved.
 */
import { createEmptyDraft, isJsonObject, type DraftExtra, type ReportDraft } from '@/report'
import { loadedDraftCheck } from './draftCheck'
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
  if (match?.[1]) {
    const revision = Number(match[1])
    return isRevision(revision) ? revision : null
  }
  const envelope = parseEnvelope(text)
  return envelope.ok ? envelope.envelope.revision : null
}

const isString = (value: unknown): value is string => typeof value === 'string'

/** A revision is a whole number ≥ 0 that arithmetic keeps exact. */
export const isRevision = (value: unknown): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/**
 * The outcome of reading an envelope's text. `unchecked`: the draft check is not loaded yet
 * (src/storage/draftCheck.ts), so the text is neither good nor damaged: never keep it aside.
 */
export type ParsedEnvelope =
  | { readonly ok: true; readonly envelope: DraftEnvelope }
  | { readonly ok: false; readonly reason: string; readonly unchecked?: true }

/** Parses, migrates and checks an envelope (once the draft check is loaded); never throws. */
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
  if (!isString(env.id) || env.id === '' || !isRevision(env.revision)) {
    return { ok: false, reason: '草稿数据不完整或类型不对（编号或版本号无效）' }
  }
  // As strict as importing a draft file: one schema for both (src/report/draftSchema.ts).
  const check = loadedDraftCheck()
  if (!check) return { ok: false, reason: '草稿检查程序尚未加载', unchecked: true }
  const checked = check(env.draft, createEmptyDraft())
  if (!checked.ok) {
    const shown = checked.problems.slice(0, 3).join('；')
    const more = checked.problems.length > 3 ? `等${checked.problems.length}处` : ''
    return { ok: false, reason: `草稿内容的类型不对（${shown}${more}）` }
  }
  const draft = checked.draft
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

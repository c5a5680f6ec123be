/** The index of drafts: one small JSON list so the draft list needs no draft parsed. */
import { isJsonObject } from '@/report'
import type { DraftEnvelope } from './envelope'

/** One draft in the index. */
export interface DraftIndexEntry {
  readonly id: string
  readonly name: string
  readonly agencyName: string
  readonly year: number | null
  readonly savedAt: string
  readonly revision: number
}

/** The index entry describing an envelope. */
export function indexEntryOf(envelope: DraftEnvelope): DraftIndexEntry {
  return {
    id: envelope.id,
    name: envelope.name,
    agencyName: envelope.draft.meta.agencyName,
    year: envelope.draft.meta.year,
    savedAt: envelope.savedAt,
    revision: envelope.revision,
  }
}

/** Serialises the index (version 1). */
export function serializeIndex(entries: readonly DraftIndexEntry[]): string {
  return JSON.stringify({ schemaVersion: 1, drafts: entries })
}

function isEntry(value: unknown): value is DraftIndexEntry {
  return (
    isJsonObject(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.agencyName === 'string' &&
    (value.year === null || typeof value.year === 'number') &&
    typeof value.savedAt === 'string' &&
    typeof value.revision === 'number'
  )
}

/** Parses the index text; null when it is not a valid index (the caller keeps it aside). */
export function parseIndex(text: string): DraftIndexEntry[] | null {
  try {
    const raw: unknown = JSON.parse(text)
    if (!isJsonObject(raw) || raw.schemaVersion !== 1 || !Array.isArray(raw.drafts)) return null
    return raw.drafts.every(isEntry) ? raw.drafts : null
  } catch {
    return null
  }
}

/** Entries newest first (by saved-at). */
export function sortByRecent(entries: readonly DraftIndexEntry[]): DraftIndexEntry[] {
  return [...entries].sort((a, b) => (a.savedAt < b.savedAt ? 1 : a.savedAt > b.savedAt ? -1 : 0))
}

/** The index with `entry` added or replaced. */
export function upsertEntry(
  entries: readonly DraftIndexEntry[],
  entry: DraftIndexEntry,
): DraftIndexEntry[] {
  return [...entries.filter((e) => e.id !== entry.id), entry]
}

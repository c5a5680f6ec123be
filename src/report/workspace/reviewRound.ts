/**
 * A review round as the two sides see it. In the editor, the agency opens the reviewer's
 * 审核意见 (§6b) on its draft: the draft keeps the notes and the value each note's place held when
 * they were opened, so a note is addressed once that place holds something else — derived, never
 * stored — and the next draft file says which were. In the workspace, two versions of a report
 * are compared place by place, and each note of the older one is addressed when its place changed.
 */
import { findCell } from '../cells'
import type { ReportDraft } from '../draft'
import type { JsonObject } from '../draftJson'
import { diffFlat, draftPathLabel, flattenDraft, valueAtPath, type DraftValue } from '../draftPaths'
import type { ReviewNote, ReviewNotesFile } from './reviewNotesFile'

// Not draftJson's isJsonObject: draftJson imports this file, and a cycle would be fragile.
const isJsonObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The editor's draft path of a §6 note path (cells live under `cells.`). */
export function noteDraftPath(path: string): string {
  return findCell(path) ? `cells.${path}` : path
}

/** Where a note points, as people call it (“一、本年新收… 自然人”, “五、存在的主要问题…”, “整份报告”). */
export function notePlaceLabel(path: string | null): string {
  if (path === null) return '整份报告'
  return findCell(path)?.name ?? draftPathLabel(path)
}

/** The notes opened on a draft, and what each note's place held then (by note id). */
export interface OpenedReviewNotes {
  readonly file: ReviewNotesFile
  readonly baseline: Readonly<Record<string, DraftValue>>
}

/** The field of the draft file (§6, a later optional field) that answers the notes. */
export const REVIEW_RESPONSE_FIELD = 'reviewResponse'

/** Opens `file` on `draft`: remembers what each note's place holds now. */
export function openReviewNotesOn(file: ReviewNotesFile, draft: ReportDraft): OpenedReviewNotes {
  const baseline: Record<string, DraftValue> = {}
  for (const note of file.notes) {
    if (note.path !== null) baseline[note.id] = valueAtPath(draft, noteDraftPath(note.path))
  }
  return { file, baseline }
}

/** True once the place `note` points at holds another value than when the notes were opened. */
export function isNoteAddressed(
  opened: OpenedReviewNotes,
  note: ReviewNote,
  draft: ReportDraft,
): boolean {
  if (note.path === null) return false
  const before = Object.hasOwn(opened.baseline, note.id) ? opened.baseline[note.id] : ''
  return valueAtPath(draft, noteDraftPath(note.path)) !== before
}

/** What the next draft file says of the notes: which report they were about, and each one's state. */
export function reviewResponse(opened: OpenedReviewNotes, draft: ReportDraft): JsonObject {
  const { file } = opened
  return {
    reviewer: file.reviewer,
    issuedOn: file.issuedOn,
    report: { ...file.report },
    notes: file.notes.map((note) => ({
      id: note.id,
      rule: note.rule,
      path: note.path,
      addressed: isNoteAddressed(opened, note, draft),
    })),
  }
}

/**
 * The notes kept with a stored draft, or null when there are none or they are not well formed
 * (storage may hold anything: a stale shape is dropped, never trusted).
 */
export function readOpenedReviewNotes(value: unknown): OpenedReviewNotes | null {
  if (!isJsonObject(value) || !isJsonObject(value.file) || !isJsonObject(value.baseline))
    return null
  const notes = value.file.notes
  if (!Array.isArray(notes)) return null
  const ok = notes.every(
    (note: unknown) =>
      isJsonObject(note) &&
      typeof note.id === 'string' &&
      typeof note.text === 'string' &&
      (note.path === null || typeof note.path === 'string'),
  )
  return ok ? (value as unknown as OpenedReviewNotes) : null
}

/** One place that differs between two versions: its draft path and the two values. */
export interface VersionChange {
  readonly path: string
  readonly older: DraftValue
  readonly newer: DraftValue
}

/** Every place whose value differs between an older and a newer version, in the draft's order. */
export function compareVersions(older: ReportDraft, newer: ReportDraft): VersionChange[] {
  const olderFlat = flattenDraft(older)
  return diffFlat(olderFlat, flattenDraft(newer)).map(({ path, value }) => ({
    path,
    older: olderFlat.get(path) ?? (path.startsWith('cells.') ? '' : null),
    newer: value,
  }))
}

/** Each note of the older version and whether the newer one changed the place it points at. */
export function notesAddressedBy(
  notes: readonly ReviewNote[],
  changes: readonly VersionChange[],
): { note: ReviewNote; addressed: boolean }[] {
  const changed = new Set(changes.map((change) => change.path))
  return notes.map((note) => ({
    note,
    addressed: note.path !== null && changed.has(noteDraftPath(note.path)),
  }))
}

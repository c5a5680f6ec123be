/**
 * A draft as a flat map of paths to values, so that edits can be diffed, undone and merged:
 * `meta.agencyName`, `preamble`, `narrative.problems`, `cells.table3.newReceived.natural`, …
 */
import { hasOwnKey, ownValue } from './ownKey'
import { findCell, type CellKey } from './cells'
import type { ImportReview, ReportDraft, ReportMeta } from './draft'
import type { OpenedReviewNotes } from './workspace/reviewRound'
import { OVERVIEW_SECTION_KEYS } from './format'

/** A value at a draft path: text, a year, or null (a blank year, a preamble following the meta). */
export type DraftValue = string | number | null

/** A path into a draft: a field path of spec §7 or `cells.<cell key>`. */
export type DraftPath = string

/** One change: the path and its new value. */
export interface DraftChange {
  readonly path: DraftPath
  readonly value: DraftValue
}

/** A draft flattened to path → value (values are immutable, so this is a cheap snapshot). */
export type FlatDraft = ReadonlyMap<DraftPath, DraftValue>

const CELL_PREFIX = 'cells.'
const NARRATIVE_TEXT = ['problems', 'otherMatters'] as const
const OVERVIEW_KEYS = ['intro', ...OVERVIEW_SECTION_KEYS] as const

/** Flattens a draft; a blank cell and a missing cell both read as ''. */
export function flattenDraft(draft: ReportDraft): Map<DraftPath, DraftValue> {
  const flat = new Map<DraftPath, DraftValue>()
  for (const [key, value] of Object.entries(draft.meta)) flat.set(`meta.${key}`, value)
  flat.set('preamble', draft.preamble)
  for (const key of OVERVIEW_KEYS) {
    flat.set(`narrative.overview.${key}`, draft.narrative.overview[key])
  }
  for (const key of NARRATIVE_TEXT) flat.set(`narrative.${key}`, draft.narrative[key])
  for (const [key, text] of Object.entries(draft.cells)) {
    if (text !== '') flat.set(CELL_PREFIX + key, text)
  }
  return flat
}

function read(flat: FlatDraft, path: DraftPath): DraftValue {
  const value = flat.get(path)
  return value === undefined ? (path.startsWith(CELL_PREFIX) ? '' : null) : value
}

/** The changes that turn `from` into `to`: {a:1} → {a:2} gives [a=2]. */
export function diffFlat(from: FlatDraft, to: FlatDraft): DraftChange[] {
  const changes: DraftChange[] = []
  for (const [path, value] of to) {
    if (read(from, path) !== value) changes.push({ path, value })
  }
  for (const path of from.keys()) {
    if (!to.has(path) && read(from, path) !== read(to, path)) {
      changes.push({ path, value: read(to, path) })
    }
  }
  return changes
}

/** The value `flat` holds at each path of `changes` (to undo them). */
export function valuesAt(flat: FlatDraft, changes: readonly DraftChange[]): DraftChange[] {
  return changes.map(({ path }) => ({ path, value: read(flat, path) }))
}

/**
 * The import review (its confirmations) as a draft path: its JSON text, or null when there is
 * none. Text, so a commit can record it and undo can put it back like any other value.
 */
export const IMPORT_REVIEW_PATH = 'importReview'

/**
 * The 审核意见 opened on the draft (§6b) as a draft path: their JSON text, or null when none are
 * open. Text for the same reason as the import review: opening them is one undoable commit.
 */
export const REVIEW_NOTES_PATH = 'reviewNotes'

/** The value a draft holds at a path ('' for a blank cell, null for an unknown path). */
export function valueAtPath(draft: ReportDraft, path: DraftPath): DraftValue {
  const [head = '', ...rest] = path.split('.')
  if (path === IMPORT_REVIEW_PATH) {
    return draft.importReview ? JSON.stringify(draft.importReview) : null
  }
  if (path === REVIEW_NOTES_PATH) {
    return draft.reviewNotes ? JSON.stringify(draft.reviewNotes) : null
  }
  if (head === 'cells') return draft.cells[rest.join('.') as CellKey] ?? ''
  if (head === 'preamble') return draft.preamble
  if (head === 'meta' && rest[0] && hasOwnKey(draft.meta, rest[0])) {
    return (draft.meta as unknown as Record<string, DraftValue>)[rest[0]] ?? null
  }
  if (
    path.startsWith('narrative.overview.') &&
    rest[1] &&
    hasOwnKey(draft.narrative.overview, rest[1])
  ) {
    return draft.narrative.overview[rest[1] as (typeof OVERVIEW_KEYS)[number]]
  }
  if (head === 'narrative' && (NARRATIVE_TEXT as readonly string[]).includes(rest[0] ?? '')) {
    return draft.narrative[rest[0] as (typeof NARRATIVE_TEXT)[number]]
  }
  return null
}

/**
 * Writes the changes into `draft` itself (the editor's one way to change a draft, so that a
 * reactive draft updates only what changed). Unknown paths are ignored.
 */
export function writeDraftChanges(draft: ReportDraft, changes: readonly DraftChange[]): void {
  for (const { path, value } of changes) {
    const [head = '', ...rest] = path.split('.')
    if (path === IMPORT_REVIEW_PATH) {
      // Written only from valueAtPath's own text; the store reads it back with readImportReview.
      if (typeof value === 'string') draft.importReview = JSON.parse(value) as ImportReview
      else delete draft.importReview
    } else if (path === REVIEW_NOTES_PATH) {
      // Written from valueAtPath's own text; the store reads it back with readOpenedReviewNotes.
      if (typeof value === 'string') draft.reviewNotes = JSON.parse(value) as OpenedReviewNotes
      else delete draft.reviewNotes
    }
    // A path comes from flattenDraft or a merge of two drafts' paths: its key is the draft's own.
    else if (head === 'cells') draft.cells[rest.join('.') as CellKey] = String(value ?? '')
    else if (head === 'preamble') draft.preamble = value === null ? null : String(value)
    else if (head === 'meta' && rest[0] && hasOwnKey(draft.meta, rest[0])) {
      ;(draft.meta as unknown as Record<string, DraftValue>)[rest[0] as keyof ReportMeta] = value
    } else if (
      path.startsWith('narrative.overview.') &&
      rest[1] &&
      hasOwnKey(draft.narrative.overview, rest[1])
    ) {
      draft.narrative.overview[rest[1] as (typeof OVERVIEW_KEYS)[number]] = String(value ?? '')
    } else if (
      head === 'narrative' &&
      (NARRATIVE_TEXT as readonly string[]).includes(rest[0] ?? '')
    ) {
      draft.narrative[rest[0] as (typeof NARRATIVE_TEXT)[number]] = String(value ?? '')
    }
  }
}

/** A new draft with the changes applied; the input is not modified. Unknown paths are ignored. */
export function applyDraftChanges(
  draft: ReportDraft,
  changes: readonly DraftChange[],
): ReportDraft {
  const next: ReportDraft = {
    ...draft,
    meta: { ...draft.meta },
    narrative: { ...draft.narrative, overview: { ...draft.narrative.overview } },
    cells: { ...draft.cells },
  }
  writeDraftChanges(next, changes)
  return next
}

/** The outcome of a three-way merge: the merged draft, and the paths both sides changed differently. */
export interface DraftMerge {
  readonly merged: ReportDraft
  readonly conflicts: readonly DraftPath[]
}

/**
 * Merges two drafts that both started from `base`: edits to different paths are all kept; a path
 * both changed to different values is a conflict (the merged draft keeps `theirs` there).
 */
export function mergeDrafts(base: FlatDraft, mine: ReportDraft, theirs: ReportDraft): DraftMerge {
  const theirsFlat = flattenDraft(theirs)
  const mineChanges = diffFlat(base, flattenDraft(mine))
  const theirChanged = new Set(diffFlat(base, theirsFlat).map((change) => change.path))
  const conflicts: DraftPath[] = []
  const apply: DraftChange[] = []
  for (const change of mineChanges) {
    if (theirChanged.has(change.path) && read(theirsFlat, change.path) !== change.value) {
      conflicts.push(change.path)
    } else apply.push(change)
  }
  return { merged: applyDraftChanges(theirs, apply), conflicts }
}

const FIELD_LABELS: Record<string, string> = {
  'meta.agencyName': '机关名称',
  'meta.year': '报告年度',
  'meta.level': '行政层级',
  'meta.websiteName': '门户网站名称',
  'meta.websiteUrl': '网址',
  'meta.address': '联系地址',
  'meta.phone': '联系电话',
  'meta.issuedOn': '成文日期',
  preamble: '导语',
  importReview: '导入核对',
  'narrative.overview.intro': '一、总体情况（引言）',
  'narrative.overview.proactive': '（一）主动公开情况',
  'narrative.overview.onRequest': '（二）依申请公开情况',
  'narrative.overview.management': '（三）政府信息管理情况',
  'narrative.overview.platform': '（四）政府信息公开平台建设情况',
  'narrative.overview.oversight': '（五）监督保障情况',
  'narrative.problems': '五、存在的主要问题及改进情况',
  'narrative.otherMatters': '六、其他需要报告的事项',
}

/** A path as people call it: `cells.table3.newReceived.natural` → “一、本年新收… 自然人”. */
export function draftPathLabel(path: DraftPath): string {
  if (path.startsWith(CELL_PREFIX)) return findCell(path.slice(CELL_PREFIX.length))?.name ?? path
  return ownValue(FIELD_LABELS, path) ?? path
}

const TABLE_SHORT_NAMES: Record<string, string> = {
  table2: '表二',
  table3: '表三',
  table4: '表四',
}

/**
 * Where changes are, for an announcement: “表三 一、本年新收… 自然人”, “联系电话”, or the first
 * place and how many more (“表三 … 等3处”).
 */
export function describeChangedPlaces(paths: readonly DraftPath[]): string {
  const first = paths[0]
  if (first === undefined) return ''
  const cell = first.startsWith(CELL_PREFIX) ? findCell(first.slice(CELL_PREFIX.length)) : null
  const place = cell
    ? `${ownValue(TABLE_SHORT_NAMES, cell.table) ?? ''} ${cell.name}`.trim()
    : draftPathLabel(first)
  return paths.length > 1 ? `${place} 等${paths.length}处` : place
}

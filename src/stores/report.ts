/**
 * The draft being edited. State is only what the user typed; every total and every finding is a
 * computed getter over src/report, so components never compute anything themselves.
 *
 * One path for an edit: every change to the draft is one `commit` of path/value changes, with its
 * origin (a user's edit, undo, redo, another tab) — history, autosave and tab sync subscribe to
 * commits (`onCommit`), and the gate is computed from the state they leave. Nothing else writes.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  INPUT_CELLS,
  checkPreviousYear,
  previousYearGapFinding,
  type PreviousYearGap,
  computeCellValues,
  computeDraftValues,
  computeFindings,
  compareNarratives,
  computeWarnings,
  createEmptyDraft,
  defaultReportYear,
  effectivePreamble,
  generatePreamble,
  isPristineDraft,
  parseDraftCells,
  type CanPrint,
  type CellKey,
  type DraftChange,
  valueAtPath,
  IMPORT_REVIEW_PATH,
  REVIEW_NOTES_PATH,
  writeDraftChanges,
  type FieldPath,
  type ReportDraft,
  type ReportMeta,
} from '@/report'
import { confirmImportCells, pendingImportFindings, readImportReview } from '@/report/import/review'
import type { ReviewNotesFile } from '@/report/workspace/reviewNotesFile'
import {
  isNoteAddressed,
  openReviewNotesOn,
  readOpenedReviewNotes,
} from '@/report/workspace/reviewRound'

type NarrativePath = Extract<FieldPath, `narrative.${string}`>

/** Where a change to the draft came from. */
export type CommitOrigin = 'edit' | 'undo' | 'redo' | 'sync' | 'load'

/** One change to the draft as history, autosave and tab sync see it. */
export interface DraftCommit {
  readonly origin: CommitOrigin
  /** The edit's kind (`setCell`, `setMeta`, …) for an `edit`, so typing can form one undo step. */
  readonly kind: string
  /** The new values, and the values they replaced (empty for `load`). */
  readonly changes: readonly DraftChange[]
  readonly before: readonly DraftChange[]
}

export const useReportStore = defineStore('report', () => {
  const draft = ref<ReportDraft>(createEmptyDraft(defaultReportYear(new Date())))

  const parsedInputs = computed(() => parseDraftCells(draft.value))
  const values = computed(() => computeCellValues(parsedInputs.value))
  /** The same agency's previous-year draft when it is known (for W1, W2 and W7). */
  const previousYear = shallowRef<ReportDraft | null>(null)
  /** Why no previous-year draft is linked, when one could be expected (W1/W2/W7 did not run). */
  const previousYearGap = shallowRef<PreviousYearGap | null>(null)
  const previousYearValues = computed(() =>
    previousYear.value ? computeDraftValues(previousYear.value) : null,
  )
  /** Per text field, the share of last year's text it repeats (W7), when last year is known. */
  const narrativeRepetition = computed(
    () =>
      new Map<FieldPath, number>(
        previousYear.value
          ? compareNarratives(draft.value, previousYear.value).map(({ field, share }) => [
              field.path,
              share,
            ])
          : [],
      ),
  )
  /** Today, for the deadline warning W10; refreshed by `refreshToday`. */
  const today = ref(new Date())
  /** Which characters the PDF fonts have (G1), once loaded; until then the never-printable ones. */
  const canPrint = shallowRef<CanPrint | undefined>(undefined)
  /** Findings of the rules and warnings over the draft as it stands. */
  const ruleFindings = computed(() => [
    ...computeFindings(draft.value, values.value, { today: today.value, canPrint: canPrint.value }),
    ...(previousYearValues.value ? checkPreviousYear(values.value, previousYearValues.value) : []),
    ...(!previousYear.value && previousYearGap.value
      ? [previousYearGapFinding(draft.value.meta.agencyName, previousYearGap.value)]
      : []),
    ...computeWarnings(draft.value, values.value, {
      today: today.value,
      previous: previousYear.value,
    }),
  ])
  const preamble = computed(() => effectivePreamble(draft.value))
  const generatedPreamble = computed(() => generatePreamble(draft.value.meta))
  const preambleFollowsMeta = computed(() => draft.value.preamble === null)
  // 已填 counts what the report can use: an entry V1 cannot read is not filled yet.
  const filledCount = computed(
    () => INPUT_CELLS.filter((cell) => parsedInputs.value.get(cell.key)?.status === 'valid').length,
  )
  /** True until anything is entered: a first visit shows no red (issue 11). */
  const pristine = computed(() => isPristineDraft(draft.value))
  // Only broken rules mark a cell or field invalid: warnings never do, and neither does V2, since
  // on a first visit every cell is blank and 166 inputs announced as invalid help no one.
  const blockingFindings = computed(() =>
    pristine.value
      ? []
      : ruleFindings.value.filter((f) => f.severity === 'error' && f.rule !== 'V2'),
  )
  const invalidCells = computed(
    () => new Set<CellKey>(blockingFindings.value.flatMap((finding) => finding.cells)),
  )
  const invalidFields = computed(
    () => new Set<FieldPath>(blockingFindings.value.flatMap((finding) => finding.fields)),
  )

  // Import review (issue 5): an imported draft keeps its import report, listed with the findings,
  // and its uncertain (I2) cells marked until the user confirms them and dismisses the report.
  const importReview = computed(() => readImportReview(draft.value.importReview))
  const importFindings = computed(() =>
    importReview.value ? pendingImportFindings(importReview.value) : [],
  )
  const uncertainCells = computed(() => new Set<CellKey>(importReview.value?.uncertainCells))
  /** Every current finding: the rules' and the import report's. */
  const findings = computed(() => [...ruleFindings.value, ...importFindings.value])

  // 审核意见 (§6b) opened on the draft: kept with it; a note is addressed once its place changed.
  const reviewNotes = computed(() => readOpenedReviewNotes(draft.value.reviewNotes))
  const addressedNotes = computed(() => {
    const opened = reviewNotes.value
    if (!opened) return new Set<string>()
    const done = opened.file.notes.filter((note) => isNoteAddressed(opened, note, draft.value))
    return new Set(done.map((note) => note.id))
  })

  const listeners = new Set<(commit: DraftCommit) => void>()

  /** Calls `listener` after every commit; returns the unsubscribe function. */
  function onCommit(listener: (commit: DraftCommit) => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  function notify(commit: DraftCommit): void {
    for (const listener of listeners) listener(commit)
  }

  /**
   * The one way the draft changes: writes `changes` (those that change something) and tells the
   * subscribers. A commit that changes nothing tells no one.
   */
  function commit(
    changes: readonly DraftChange[],
    origin: CommitOrigin,
    kind: string = origin,
  ): void {
    const current = draft.value
    const real = changes.filter((change) => valueAtPath(current, change.path) !== change.value)
    const before = real.map(({ path }) => ({ path, value: valueAtPath(current, path) }))
    writeDraftChanges(current, real)
    if (real.length > 0) notify({ origin, kind, changes: real, before })
  }

  /** The change that confirms `keys` in the import review (none when none is uncertain). */
  function confirmation(keys?: readonly CellKey[]): DraftChange[] {
    const review = importReview.value
    if (!review || (keys && !keys.some((key) => uncertainCells.value.has(key)))) return []
    return [{ path: IMPORT_REVIEW_PATH, value: JSON.stringify(confirmImportCells(review, keys)) }]
  }

  /** Confirms uncertain imported cells (all of them when `keys` is omitted): one undoable step. */
  function confirmImportedCells(keys?: readonly CellKey[]): void {
    commit(confirmation(keys), 'edit', 'confirmImportedCells')
  }

  /** Closes the import report once no uncertain cell is left; its findings go away (undoable). */
  function dismissImportReview(): void {
    if (importReview.value?.uncertainCells.length !== 0) return
    commit([{ path: IMPORT_REVIEW_PATH, value: null }], 'edit', 'dismissImportReview')
  }

  /** Opens a reviewer's 审核意见 on the draft (replacing any opened before); saved with it. */
  function openReviewNotes(file: ReviewNotesFile): void {
    const opened = openReviewNotesOn(file, draft.value)
    commit([{ path: REVIEW_NOTES_PATH, value: JSON.stringify(opened) }], 'edit', 'reviewNotes')
  }

  /** Sets a cell's text exactly as typed; an uncertain imported cell is confirmed in the same step. */
  function setCell(key: CellKey, text: string): void {
    commit([{ path: `cells.${key}`, value: text }, ...confirmation([key])], 'edit', 'setCell')
  }

  /** Sets several cells at once (a pasted block, a cleared range): one undoable step. */
  function setCells(entries: readonly (readonly [CellKey, string])[]): void {
    commit(
      [
        ...entries.map(([key, text]) => ({ path: `cells.${key}`, value: text })),
        ...confirmation(entries.map(([key]) => key)),
      ],
      'edit',
      'setCells',
    )
  }

  /** Sets one metadata field. */
  function setMeta<K extends keyof ReportMeta>(field: K, value: ReportMeta[K]): void {
    commit([{ path: `meta.${field}`, value }], 'edit', 'setMeta')
  }

  /** Sets a narrative text field by its path (`kind` other than typing: a step of its own). */
  function setNarrative(path: NarrativePath, text: string, kind = 'setNarrative'): void {
    commit([{ path, value: text }], 'edit', kind)
  }

  /** Edits the preamble; from now on it no longer follows the metadata. */
  function setPreamble(text: string): void {
    commit([{ path: 'preamble', value: text }], 'edit', 'setPreamble')
  }

  /** Drops the user's preamble so it follows the metadata again. */
  function resetPreamble(): void {
    commit([{ path: 'preamble', value: null }], 'edit', 'resetPreamble')
  }

  /** Writes 0 into every blank input cell; cells with text (valid or not) are left alone. */
  function fillBlanksWithZero(): void {
    const blanks = INPUT_CELLS.filter(
      (cell) => parsedInputs.value.get(cell.key)?.status === 'blank',
    )
    commit(
      blanks.map((cell) => ({ path: `cells.${cell.key}`, value: '0' })),
      'edit',
      'fillBlanksWithZero',
    )
  }

  /** Replaces the draft being edited (a new, opened or imported draft). */
  function loadDraft(next: ReportDraft): void {
    draft.value = next
    notify({ origin: 'load', kind: 'load', changes: [], before: [] })
  }

  /** Applies changes made by undo, redo or another tab: a commit of that origin. */
  function applyChanges(
    changes: readonly DraftChange[],
    origin: Exclude<CommitOrigin, 'edit' | 'load'> = 'sync',
  ): void {
    commit(changes, origin)
  }

  /** Sets (or clears) the previous-year draft W1, W2 and W7 compare against. */
  function setPreviousYear(next: ReportDraft | null, gap: PreviousYearGap | null = null): void {
    previousYear.value = next
    previousYearGap.value = next ? null : gap
  }

  /** Sets the G1 predicate of the PDF fonts (loaded on first use). */
  function setCanPrint(next: CanPrint): void {
    canPrint.value = next
  }

  /** Moves “today” on, for W10 (called when the page becomes visible again). */
  function refreshToday(now = new Date()): void {
    today.value = now
  }

  return {
    draft,
    previousYear,
    previousYearValues,
    narrativeRepetition,
    values,
    findings,
    ruleFindings,
    importReview,
    importFindings,
    uncertainCells,
    preamble,
    generatedPreamble,
    preambleFollowsMeta,
    filledCount,
    pristine,
    blockingFindings,
    invalidCells,
    invalidFields,
    setCell,
    setCells,
    setMeta,
    setNarrative,
    setPreamble,
    resetPreamble,
    fillBlanksWithZero,
    loadDraft,
    applyChanges,
    onCommit,
    setPreviousYear,
    refreshToday,
    setCanPrint,
    canPrint,
    today,
    confirmImportedCells,
    dismissImportReview,
    reviewNotes,
    addressedNotes,
    openReviewNotes,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReportStore, import.meta.hot))

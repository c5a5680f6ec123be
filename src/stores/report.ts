/**
 * The draft being edited. State is only what the user typed; every total and every finding is a
 * computed getter over src/report, so components never compute anything themselves.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import {
  INPUT_CELLS,
  applyDraftChanges,
  checkPreviousYear,
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
  type CellKey,
  type DraftChange,
  type FieldPath,
  type ReportDraft,
  type ReportMeta,
} from '@/report'
import { confirmImportCells, pendingImportFindings, readImportReview } from '@/report/import/review'

type NarrativePath = Extract<FieldPath, `narrative.${string}`>

export const useReportStore = defineStore('report', () => {
  const draft = ref<ReportDraft>(createEmptyDraft(defaultReportYear(new Date())))

  const parsedInputs = computed(() => parseDraftCells(draft.value))
  const values = computed(() => computeCellValues(parsedInputs.value))
  /** The same agency's previous-year draft when it is known (for W1, W2 and W7). */
  const previousYear = shallowRef<ReportDraft | null>(null)
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
  /** Findings of the rules and warnings over the draft as it stands. */
  const ruleFindings = computed(() => [
    ...computeFindings(draft.value, values.value),
    ...(previousYearValues.value ? checkPreviousYear(values.value, previousYearValues.value) : []),
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

  /** Confirms uncertain imported cells (all of them when `keys` is omitted): no longer marked. */
  function confirmImportedCells(keys?: readonly CellKey[]): void {
    if (importReview.value) draft.value.importReview = confirmImportCells(importReview.value, keys)
  }

  /** Closes the import report once no uncertain cell is left; its findings go away. */
  function dismissImportReview(): void {
    if (importReview.value?.uncertainCells.length === 0) delete draft.value.importReview
  }

  /** Sets a cell's text exactly as typed. */
  function setCell(key: CellKey, text: string): void {
    draft.value.cells[key] = text
    if (uncertainCells.value.has(key)) confirmImportedCells([key])
  }

  /** Sets several cells at once (a pasted block, a cleared range): one undoable step. */
  function setCells(entries: readonly (readonly [CellKey, string])[]): void {
    for (const [key, text] of entries) draft.value.cells[key] = text
    const uncertain = entries.map(([key]) => key).filter((key) => uncertainCells.value.has(key))
    if (uncertain.length > 0) confirmImportedCells(uncertain)
  }

  /** Sets one metadata field. */
  function setMeta<K extends keyof ReportMeta>(field: K, value: ReportMeta[K]): void {
    draft.value.meta[field] = value
  }

  /** Sets a narrative text field by its path. */
  function setNarrative(path: NarrativePath, text: string): void {
    const [, first, second] = path.split('.') as [string, string, string | undefined]
    if (first === 'overview' && second) {
      draft.value.narrative.overview[second as keyof ReportDraft['narrative']['overview']] = text
    } else if (first === 'problems' || first === 'otherMatters') {
      draft.value.narrative[first] = text
    }
  }

  /** Edits the preamble; from now on it no longer follows the metadata. */
  function setPreamble(text: string): void {
    draft.value.preamble = text
  }

  /** Drops the user's preamble so it follows the metadata again. */
  function resetPreamble(): void {
    draft.value.preamble = null
  }

  /** Writes 0 into every blank input cell; cells with text (valid or not) are left alone. */
  function fillBlanksWithZero(): void {
    for (const cell of INPUT_CELLS) {
      if (parsedInputs.value.get(cell.key)?.status === 'blank') draft.value.cells[cell.key] = '0'
    }
  }

  /** Replaces the draft being edited (a new, opened or imported draft). */
  function loadDraft(next: ReportDraft): void {
    draft.value = next
  }

  /**
   * Applies changes made elsewhere (undo, redo, another tab). Not an edit: history ignores it. The
   * draft object is replaced when metadata changes, so the metadata form picks the values up.
   */
  function applyChanges(changes: readonly DraftChange[]): void {
    if (changes.length === 0) return
    if (changes.some((change) => change.path.startsWith('meta.'))) {
      draft.value = applyDraftChanges(draft.value, changes)
      return
    }
    const next = applyDraftChanges(draft.value, changes)
    draft.value.preamble = next.preamble
    Object.assign(draft.value.narrative.overview, next.narrative.overview)
    draft.value.narrative.problems = next.narrative.problems
    draft.value.narrative.otherMatters = next.narrative.otherMatters
    for (const change of changes) {
      if (change.path.startsWith('cells.'))
        draft.value.cells[change.path.slice(6)] = String(change.value ?? '')
    }
  }

  /** Sets (or clears) the previous-year draft W1, W2 and W7 compare against. */
  function setPreviousYear(next: ReportDraft | null): void {
    previousYear.value = next
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
    setPreviousYear,
    refreshToday,
    confirmImportedCells,
    dismissImportReview,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReportStore, import.meta.hot))

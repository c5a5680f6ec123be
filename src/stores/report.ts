/**
 * The draft being edited. State is only what the user typed; every total and every finding is a
 * computed getter over src/report, so components never compute anything themselves.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref } from 'vue'
import {
  INPUT_CELLS,
  computeCellValues,
  computeFindings,
  createEmptyDraft,
  defaultReportYear,
  effectivePreamble,
  generatePreamble,
  parseDraftCells,
  type CellKey,
  type FieldPath,
  type ReportDraft,
  type ReportMeta,
} from '@/report'

type NarrativePath = Extract<FieldPath, `narrative.${string}`>

export const useReportStore = defineStore('report', () => {
  const draft = ref<ReportDraft>(createEmptyDraft(defaultReportYear(new Date())))

  const parsedInputs = computed(() => parseDraftCells(draft.value))
  const values = computed(() => computeCellValues(parsedInputs.value))
  const findings = computed(() => computeFindings(draft.value, values.value))
  const preamble = computed(() => effectivePreamble(draft.value))
  const generatedPreamble = computed(() => generatePreamble(draft.value.meta))
  const preambleFollowsMeta = computed(() => draft.value.preamble === null)
  const filledCount = computed(
    () => INPUT_CELLS.filter((cell) => parsedInputs.value.get(cell.key)?.status !== 'blank').length,
  )
  const invalidCells = computed(() => {
    const keys = new Set<CellKey>()
    for (const finding of findings.value) {
      if (finding.rule === 'V2') continue
      for (const key of finding.cells) keys.add(key)
    }
    return keys
  })
  const invalidFields = computed(
    () => new Set<FieldPath>(findings.value.flatMap((finding) => finding.fields)),
  )

  /** Sets a cell's text exactly as typed. */
  function setCell(key: CellKey, text: string): void {
    draft.value.cells[key] = text
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

  return {
    draft,
    values,
    findings,
    preamble,
    generatedPreamble,
    preambleFollowsMeta,
    filledCount,
    invalidCells,
    invalidFields,
    setCell,
    setMeta,
    setNarrative,
    setPreamble,
    resetPreamble,
    fillBlanksWithZero,
    loadDraft,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useReportStore, import.meta.hot))

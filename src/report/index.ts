/**
 * The domain core's public surface: the 2021 format, drafts, values, rules and findings. Named
 * exports only, so what leaves the domain is a choice; deeper modules are imported by path.
 */
export {
  formatReportTitle,
  LEVELS,
  PART_HEADINGS,
  OVERVIEW_SECTION_KEYS,
  OVERVIEW_SECTION_HEADINGS,
  type Level,
} from './format'
export { TABLE2_BANDS } from './table2'
export {
  TABLE3_INPUT_COLUMNS,
  TABLE3_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE3_HEADER,
  TABLE3_GROUPS,
  TABLE3_ROWS,
  TABLE3_RESULT_ROW_KEYS,
} from './table3'
export {
  TABLE4_GROUPS,
  TABLE4_GROUP_LABELS,
  TABLE4_INPUT_COLUMNS,
  TABLE4_COLUMN_LABELS,
  TABLE4_COLUMNS,
} from './table4'
export { cellKey, findCell, isCellKey, ALL_CELLS, INPUT_CELLS, type CellKey } from './cells'
export { parseCell, type ParsedCell } from './numbers'
export {
  createEmptyDraft,
  defaultReportYear,
  type ReportMeta,
  type ReportDraft,
  type FieldPath,
} from './draft'
export {
  parseDraftCells,
  sumCells,
  computeCellValues,
  computeDraftValues,
  type CellValues,
} from './totals'
export { findingKey, hasErrors, type RuleId, type Finding } from './finding'
export { checkR1, checkR2, checkR3, checkR4 } from './balance'
export { followBalanceEdits, lastEditIn, table3Balances, unbalancingEdits } from './balanceEdits'
export { checkV1, checkV2, checkM1 } from './entry'
export { computeFindings } from './findings'
export { generatePreamble, effectivePreamble } from './preamble'
export { checkM2, selectableYears, agencyNameProblem, reportYearProblem } from './metaRules'
export { isNeverPrintable, unprintableChars, checkG1, type CanPrint } from './glyphs'
export {
  isFinal,
  outputStatus,
  hardRuleFindings,
  draftOutputStatus,
  stripControlChars,
  outputFileName,
  type OutputStatus,
} from './gate'
export {
  buildTable2Grid,
  buildTable3Grid,
  buildTable4Grid,
  placeGridCells,
  type GridCell,
  type TableGrid,
  type PlacedCell,
} from './grid'
export {
  flattenDraft,
  diffFlat,
  valuesAt,
  valueAtPath,
  IMPORT_REVIEW_PATH,
  REVIEW_NOTES_PATH,
  writeDraftChanges,
  applyDraftChanges,
  mergeDrafts,
  draftPathLabel,
  describeChangedPlaces,
  type DraftChange,
  type FlatDraft,
} from './draftPaths'
export {
  nextYearRefusal,
  createNextYearDraft,
  checkPreviousYear,
  previousYearGapFinding,
  type PreviousYearGap,
} from './previousYear'
export {
  isJsonObject,
  draftToDocument,
  serializeDraftFile,
  draftFileName,
  DRAFT_FILE_SCHEMA_VERSION,
  type JsonObject,
  type DraftExtra,
} from './draftJson'
export { readDraftFile, MAX_DRAFT_FILE_BYTES } from './draftFileImport'
export { validateStoredDraft } from './draftSchema'
export { tooLongMessage, MAX_NARRATIVE_FIELD_CHARS } from './limits'
export { migrateDraftDocument } from './draftFileMigrations'
export {
  computeWarnings,
  checkW9,
  compareNarratives,
  checkStalePreamble,
  checkW4,
  checkW5,
} from './warnings'
export { isPristineDraft } from './pristine'
// The ledger (src/report/ledger) and the data sentences (src/report/sentences) are imported by
// their own paths: they load with the ledger dialog and on the first click, not with the page.

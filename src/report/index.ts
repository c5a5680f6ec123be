/** The domain core's public surface: the 2021 format, drafts, values, rules and findings. */
export * from './format'
export * from './table2'
export * from './table3'
export * from './table4'
export * from './cells'
export * from './numbers'
export * from './draft'
export * from './totals'
export * from './finding'
export * from './balance'
export * from './entry'
export * from './findings'
export * from './preamble'
export * from './metaRules'
export * from './glyphs'
export * from './gate'
export * from './grid'
export * from './draftPaths'
export * from './previousYear'
export * from './draftJson'
export * from './draftFileImport'
export * from './draftSchema'
export * from './ownKey'
export * from './limits'
export * from './draftFileMigrations'
export * from './summedFrom'
export * from './warnings'
export * from './pristine'
export {
  LEDGER_DIMENSIONS,
  LEDGER_ROLES,
  VALUE_TARGETS,
  answerKey,
  countLedger,
  findLedgerLayout,
  headerLabels,
  ledgerCellKeys,
  ledgerColumnSchema,
  parseLedgerDate,
  placeValue,
  targetLabel,
  wordingKey,
  type ColumnChoice,
  type ColumnForm,
  type ColumnRole,
  type LedgerAnswers,
  type LedgerCount,
  type LedgerKind,
  type LedgerLayout,
  type LedgerSheet,
  type PlacedValue,
  type SkippedRow,
  type UnplacedValue,
  type ValueDimension,
} from './ledger'
export {
  DATA_SENTENCE_FIELDS,
  applyReplacements,
  dataSentences,
  disagreeingSentences,
  insertAt,
  type DataSentence,
  type DataSentenceField,
  type SentenceReplacement,
} from './sentences'

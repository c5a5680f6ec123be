/** Counting table 3 or 4 from an application or case ledger (spec §6c). */
export { parseLedgerDate, formatLedgerDate, compareDates, type LedgerDate } from './dates'
export { LEDGER_ROLES, roleScore, type ColumnRole, type LedgerKind, type RoleSpec } from './roles'
export {
  detectLedger,
  findLedgerLayout,
  headerLabels,
  type ColumnChoice,
  type LedgerLayout,
  type LedgerSheet,
} from './header'
export {
  LEDGER_DIMENSIONS,
  VALUE_TARGETS,
  answerKey,
  placeValue,
  targetLabel,
  type LedgerAnswers,
  type Placement,
  type ValueDimension,
  type ValueTarget,
} from './values'
export {
  countLedger,
  ledgerCellKeys,
  type LedgerCount,
  type LedgerCountInput,
  type PlacedValue,
  type SkippedRow,
  type UnplacedValue,
} from './count'
export { ledgerColumnSchema, type ColumnForm } from './columnSchema'
export { wordingKey } from './text'

/**
 * Placing a ledger value: each distinct wording goes to a column or row of the table by the known
 * wordings, by the user's remembered answer, or nowhere (then it is asked, never guessed).
 */
import { TABLE3_COLUMN_LABELS, TABLE3_GROUPS, TABLE3_RESULT_ROW_KEYS, TABLE3_ROWS } from '../table3'
import {
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
  TABLE4_INPUT_COLUMNS,
  TABLE4_GROUPS,
} from '../table4'
import type { LedgerKind } from './roles'
import { wordingKey } from './text'
import {
  APPLICANT_NAME_SUFFIXES,
  APPLICANT_WORDINGS,
  CASE_KIND_WORDINGS,
  CASE_OUTCOME_WORDINGS,
  OPEN,
  OUTCOME_WORDINGS,
} from './wordings'

/** Which value of a row is placed: an applicant kind, an outcome, a case kind or a case outcome. */
export type ValueDimension = 'applicant' | 'outcome' | 'caseKind' | 'caseOutcome'

/** The dimensions each kind of ledger places, in the dialog's order. */
export const LEDGER_DIMENSIONS: Record<LedgerKind, readonly ValueDimension[]> = {
  applications: ['applicant', 'outcome'],
  cases: ['caseKind', 'caseOutcome'],
}

/** A place a value can go, with the label the dialog shows for it. */
export interface ValueTarget {
  readonly key: string
  readonly label: string
}

const resultRows = TABLE3_ROWS.filter((row) => TABLE3_RESULT_ROW_KEYS.includes(row.key))

/** The places of each dimension, in the table's printed order. */
export const VALUE_TARGETS: Record<ValueDimension, readonly ValueTarget[]> = {
  applicant: Object.entries(TABLE3_COLUMN_LABELS)
    .filter(([key]) => key !== 'total')
    .map(([key, label]) => ({ key, label: key === 'otherOrg' ? '其他（法人或其他组织）' : label })),
  outcome: [
    ...resultRows.map((row) => ({
      key: row.key,
      label: row.group ? `${TABLE3_GROUPS[row.group]}${row.label}` : row.label,
    })),
    { key: OPEN, label: '尚未办结（结转下年度）' },
  ],
  caseKind: TABLE4_GROUPS.map((key) => ({ key, label: TABLE4_GROUP_LABELS[key] })),
  caseOutcome: TABLE4_INPUT_COLUMNS.map((key) => ({ key, label: TABLE4_COLUMN_LABELS[key] })),
}

function index(wordings: Record<string, readonly string[]>): Map<string, string> {
  const map = new Map<string, string>()
  for (const [target, list] of Object.entries(wordings)) {
    for (const wording of list) map.set(wordingKey(wording), target)
  }
  return map
}

// The format's labels in their printed forms: bare, with their group, with or without numbering
// (wordingKey drops numbering); the group label alone is not a row and stays unknown.
const outcomeIndex = index(OUTCOME_WORDINGS)
for (const row of resultRows) {
  outcomeIndex.set(wordingKey(row.label), row.key)
  outcomeIndex.set(wordingKey(row.label.replace(/[（(].*[）)]$/, '')), row.key)
  if (row.group) outcomeIndex.set(wordingKey(TABLE3_GROUPS[row.group] + row.label), row.key)
}
const applicantIndex = index(APPLICANT_WORDINGS)
for (const [key, label] of Object.entries(TABLE3_COLUMN_LABELS)) {
  if (key !== 'total') applicantIndex.set(wordingKey(`法人或其他组织${label}`), key)
}

const INDEXES: Record<ValueDimension, Map<string, string>> = {
  applicant: applicantIndex,
  outcome: outcomeIndex,
  caseKind: index(CASE_KIND_WORDINGS),
  caseOutcome: index(CASE_OUTCOME_WORDINGS),
}

/** The user's answers: `dimension:wordingKey` → target key, remembered in this browser. */
export type LedgerAnswers = Readonly<Record<string, string>>

/** The key under which an answer about `wording` is remembered. */
export function answerKey(dimension: ValueDimension, wording: string): string {
  return `${dimension}:${wordingKey(wording)}`
}

/** Where a wording goes and why: a known wording, the user's answer, or nothing (ask). */
export interface Placement {
  readonly target: string | null
  readonly source: 'known' | 'answer' | null
}

function known(dimension: ValueDimension, key: string): string | null {
  const found = INDEXES[dimension].get(key.replace(/^[(（](.*)[)）]$/, '$1'))
  if (found) return found
  // “不予公开（属于国家秘密）”: a row written in brackets after its group.
  const unbracketed = key.replace(/^([^()]+)\(([^()]+)\)$/, '$1$2')
  if (unbracketed !== key && INDEXES[dimension].has(unbracketed)) {
    return INDEXES[dimension].get(unbracketed)!
  }
  if (dimension === 'applicant') {
    const stripped = key.replace(/^法人或其他组织[-—_:：/]?/, '')
    if (stripped !== key) return known(dimension, stripped)
    return APPLICANT_NAME_SUFFIXES.find(([, suffix]) => suffix.test(key))?.[0] ?? null
  }
  return null
}

/** Places one wording: the user's answer first (it may correct a known wording), then the data. */
export function placeValue(
  dimension: ValueDimension,
  wording: string,
  answers: LedgerAnswers,
): Placement {
  const key = wordingKey(wording)
  const answered = answers[`${dimension}:${key}`]
  if (answered && VALUE_TARGETS[dimension].some((target) => target.key === answered)) {
    return { target: answered, source: 'answer' }
  }
  const target = known(dimension, key)
  return { target, source: target ? 'known' : null }
}

/** The dialog's label of a target key. */
export function targetLabel(dimension: ValueDimension, key: string): string {
  return VALUE_TARGETS[dimension].find((target) => target.key === key)?.label ?? key
}

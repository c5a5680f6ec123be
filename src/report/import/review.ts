/**
 * The import report kept with an imported draft (issue 5): what was found, the import's findings,
 * and the uncertain (I2) cells, until the user has confirmed them and dismissed the report.
 */
import { isCellKey, type CellKey } from '../cells'
import type { ImportReview, ReportDraft } from '../draft'
import type { Finding, RuleId, Severity } from '../finding'
import { OVERVIEW_SECTION_KEYS, PART_HEADINGS } from '../format'
import { PART_KEYS } from './partKeys'
import type { ImportFound, ImportResult, TableKey } from './types'

const TABLE_LABELS: Record<TableKey, string> = { table2: '表二', table3: '表三', table4: '表四' }

/** One thing the importer looked for, e.g. { label: '表三', found: true, note: '网页表格' }. */
export interface FoundItem {
  readonly label: string
  readonly found: boolean
  readonly note?: string
}

const isTable = (part: string): part is TableKey => part in TABLE_LABELS

/** The title, preamble, six parts (tables 2–4 by table) in reading order, found or not. */
export function listFoundItems(found: ImportFound): FoundItem[] {
  const overviewCount = OVERVIEW_SECTION_KEYS.filter((key) => found.overview[key]).length
  const parts = PART_KEYS.map((part): FoundItem => {
    if (isTable(part)) {
      const source = found.tables[part] ? found.tableSources[part] : undefined
      const note = source === 'html' ? '网页表格' : source === 'pdf' ? 'PDF版面' : undefined
      return { label: TABLE_LABELS[part], found: found.tables[part], ...(note ? { note } : {}) }
    }
    const note =
      part === 'overview' && found.parts.overview
        ? { note: `小节 ${overviewCount}/${OVERVIEW_SECTION_KEYS.length}` }
        : {}
    return { label: PART_HEADINGS[part], found: found.parts[part], ...note }
  })
  return [{ label: '标题', found: found.title }, { label: '前言', found: found.preamble }, ...parts]
}

/** One sentence: “已找到：标题、前言、…；未找到：表四”. */
export function describeFound(found: ImportFound): string {
  const items = listFoundItems(found)
  const name = (item: FoundItem) => (item.note ? `${item.label}（${item.note}）` : item.label)
  const yes = items.filter((item) => item.found).map(name)
  const no = items.filter((item) => !item.found).map(name)
  return [
    yes.length ? `已找到：${yes.join('、')}` : '',
    no.length ? `未找到：${no.join('、')}` : '',
  ]
    .filter(Boolean)
    .join('；')
}

const copyFinding = (finding: Finding): Finding => ({
  ...finding,
  cells: [...finding.cells],
  fields: [...finding.fields],
})

/** The review an import leaves: every finding of its report, and the I2 cells to confirm. */
export function createImportReview(result: ImportResult): ImportReview {
  return {
    summary: describeFound(result.report.found),
    findings: result.report.findings.map(copyFinding),
    uncertainCells: [...new Set(result.report.uncertain.flatMap((finding) => finding.cells))],
  }
}

/** Choices made in the import dialog. */
export interface ImportChoices {
  /** Read the cells the source wrote as “—”, “/” or “无” as 0 (the user said they mean 0). */
  readonly placeholdersAsZero?: boolean
  /** The agency's name the user picked where the source names it differently (as printed). */
  readonly agencyName?: string
}

/**
 * A new draft from an import (a copy: the result is not shared), carrying its review; with
 * `placeholdersAsZero` the placeholder cells hold 0 and their finding is gone.
 */
export function draftFromImport(result: ImportResult, choices: ImportChoices = {}): ReportDraft {
  const draft = JSON.parse(JSON.stringify(result.draft)) as ReportDraft
  if (choices.agencyName && choices.agencyName.trim() !== '') {
    draft.meta.agencyName = choices.agencyName.trim()
  }
  const review = createImportReview(result)
  const zeroed = new Set(
    choices.placeholdersAsZero
      ? [...(result.report.placeholderCells ?? []), ...(result.report.emptyCells ?? [])]
      : [],
  )
  if (zeroed.size === 0) return { ...draft, importReview: review }
  for (const key of zeroed) draft.cells[key] = '0'
  const isPlaceholderFinding = (finding: Finding) =>
    finding.rule === 'I2' && finding.cells.length > 0 && finding.cells.every((k) => zeroed.has(k))
  return {
    ...draft,
    importReview: {
      ...review,
      findings: review.findings.filter((finding) => !isPlaceholderFinding(finding)),
      uncertainCells: review.uncertainCells.filter((key) => !zeroed.has(key)),
    },
  }
}

/** The findings still to show: an I2 finding goes once every one of its cells is confirmed. */
export function pendingImportFindings(review: ImportReview): Finding[] {
  const open = new Set(review.uncertainCells)
  return review.findings.filter(
    (finding) => finding.rule !== 'I2' || finding.cells.some((key) => open.has(key)),
  )
}

/** The review with `cells` no longer uncertain; every cell when `cells` is omitted. */
export function confirmImportCells(review: ImportReview, cells?: readonly CellKey[]): ImportReview {
  const confirmed = new Set(cells ?? review.uncertainCells)
  return { ...review, uncertainCells: review.uncertainCells.filter((key) => !confirmed.has(key)) }
}

const RULE_IDS: ReadonlySet<string> = new Set<RuleId>([
  'R1',
  'R2',
  'R3',
  'R4',
  'V1',
  'V2',
  'M1',
  'I1',
  'I2',
  'I3',
])
const SEVERITIES: ReadonlySet<string> = new Set<Severity>(['error', 'warning', 'info'])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isStrings = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((item) => typeof item === 'string')

function readFinding(value: unknown): Finding | null {
  if (!isObject(value)) return null
  const { rule, severity, cells, fields, message } = value
  if (typeof rule !== 'string' || !RULE_IDS.has(rule)) return null
  if (typeof severity !== 'string' || !SEVERITIES.has(severity)) return null
  if (!isStrings(cells) || !isStrings(fields) || typeof message !== 'string') return null
  return {
    rule: rule as RuleId,
    severity: severity as Severity,
    cells: cells.filter(isCellKey),
    fields: [...fields] as Finding['fields'],
    message,
  }
}

/**
 * A review read back from storage, checked (a stored draft may hold anything): malformed findings
 * are dropped; undefined when `value` is not a review at all. Never throws.
 */
export function readImportReview(value: unknown): ImportReview | undefined {
  if (!isObject(value) || !Array.isArray(value.findings) || !isStrings(value.uncertainCells)) {
    return undefined
  }
  return {
    summary: typeof value.summary === 'string' ? value.summary : '',
    findings: value.findings.map(readFinding).filter((f): f is Finding => f !== null),
    uncertainCells: value.uncertainCells.filter(isCellKey),
  }
}

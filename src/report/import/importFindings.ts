/**
 * Findings of an import: I1 (2019 layout), I3 (not found) and the source's own R1–R4 failures,
 * with Chinese messages that say what and where.
 */
import { checkR1, checkR2, checkR3, checkR4 } from '../balance'
import { INPUT_CELLS, cellKey, type CellKey } from '../cells'
import type { FieldPath } from '../draft'
import type { Finding } from '../finding'
import { OVERVIEW_SECTION_HEADINGS, PART_HEADINGS, type OverviewSectionKey } from '../format'
import { TABLE2_BANDS } from '../table2'
import { TABLE3_COLUMN_LABELS, TABLE3_COLUMNS, TABLE3_ROWS } from '../table3'
import { TABLE4_COLUMNS, TABLE4_GROUPS, TABLE4_GROUP_LABELS, type Table4Group } from '../table4'
import type { CellValues } from '../totals'
import type { PartKey } from './outline'
import type { TableKey } from './types'

const TABLE_NAMES: Record<TableKey, string> = { table2: '表二', table3: '表三', table4: '表四' }

const PART_FIELDS: Record<PartKey, FieldPath[]> = {
  overview: ['narrative.overview.intro'],
  table2: [],
  table3: [],
  table4: [],
  problems: ['narrative.problems'],
  otherMatters: ['narrative.otherMatters'],
}

function missing(message: string, fields: FieldPath[], cells: CellKey[] = []): Finding {
  return { rule: 'I3', severity: 'warning', cells, fields, message }
}

/** I3 for the title: 机关名称 and 报告年度 must be entered. */
export function missingTitle(): Finding {
  return missing('未找到报告标题（“××2021年政府信息公开工作年度报告”），请填写机关名称和报告年度', [
    'meta.agencyName',
    'meta.year',
  ])
}

/** I3 for the preamble: the generated one is used. */
export function missingPreamble(): Finding {
  return {
    ...missing('未找到标题与“一、总体情况”之间的前言，已使用按基本信息生成的前言', ['preamble']),
    severity: 'info',
  }
}

/** I3 for one of the six parts. */
export function missingPart(part: PartKey): Finding {
  return missing(`未找到“${PART_HEADINGS[part]}”部分，请补充`, PART_FIELDS[part])
}

/** I3 for a sub-part of 一、总体情况. */
export function missingSection(section: OverviewSectionKey): Finding {
  return missing(`“一、总体情况”中未找到“${OVERVIEW_SECTION_HEADINGS[section]}”，请补充`, [
    `narrative.overview.${section}`,
  ])
}

const ORPHAN_FIELDS: Record<'overview' | 'problems' | 'otherMatters', FieldPath> = {
  overview: 'narrative.overview.intro',
  problems: 'narrative.problems',
  otherMatters: 'narrative.otherMatters',
}

/** I3 for text found among a table's lines, put in the nearest text part: said where from. */
export function placedText(
  from: TableKey,
  to: 'overview' | 'problems' | 'otherMatters',
  text: string,
): Finding {
  const head = [...text].slice(0, 12).join('')
  return missing(
    `${TABLE_NAMES[from]}所在部分中有${[...text].length}字文字（“${head}…”）不属于表格，` +
      `未找到其所属标题，已放入“${PART_HEADINGS[to]}”，请核对`,
    [ORPHAN_FIELDS[to]],
  )
}

/** The distinct rows of `cells` as “表三“…”” names, joined by “、”. */
function rowNames(cells: readonly CellKey[]): string {
  const rows = new Map<string, string>()
  for (const key of cells) {
    const [table, row] = key.split('.') as [TableKey, string]
    rows.set(`${table}.${row}`, `${TABLE_NAMES[table]}“${rowLabel(table, row)}”`)
  }
  return [...rows.values()].join('、')
}

/** I2 (informational) for cells the source left empty: blank here, with the offer to read 0. */
export function emptyCellsFinding(cells: readonly CellKey[]): Finding {
  const rows = rowNames(cells)
  return {
    rule: 'I2',
    severity: 'info',
    cells: [...cells],
    fields: [],
    message:
      `原文${cells.length}个单元格为空白（${rows}行），已留空；` +
      '如原文空白表示0，可选择“按0读取”',
  }
}

/** Input cells of a table. */
export function tableCells(table: TableKey): CellKey[] {
  return INPUT_CELLS.filter((cell) => cell.table === table).map((cell) => cell.key)
}

/** I3 for a whole table not found. */
export function missingTable(table: TableKey): Finding {
  return missing(
    `未找到${TABLE_NAMES[table]}（${PART_HEADINGS[table].slice(2)}）的数据，相关单元格留空，请对照原文填写`,
    [],
    tableCells(table),
  )
}

function rowLabel(table: TableKey, row: string): string {
  if (table === 'table3') return TABLE3_ROWS.find((r) => r.key === row)?.label ?? row
  if (table === 'table4') return TABLE4_GROUP_LABELS[row as Table4Group] ?? row
  return TABLE2_BANDS.flatMap((band) => band.rows).find((r) => r.key === row)?.label ?? row
}

function rowCells(table: TableKey, row: string): CellKey[] {
  if (table === 'table3') return TABLE3_COLUMNS.map((column) => cellKey(table, row, column))
  if (table === 'table4') return TABLE4_COLUMNS.map((column) => cellKey(table, row, column))
  const band = TABLE2_BANDS.find((b) => b.rows.some((r) => r.key === row))
  return (band?.columns ?? []).map((column) => cellKey(table, row, column.key))
}

/** I3 for rows of a found table that were not found. */
export function missingRows(table: TableKey, rows: readonly string[]): Finding {
  const labels = rows.map((row) => `“${rowLabel(table, row)}”`).join('、')
  return missing(
    `${TABLE_NAMES[table]}中未找到${labels}，相关单元格留空，请对照原文填写`,
    [],
    rows.flatMap((row) => rowCells(table, row)),
  )
}

/** I1 for a source in the 2019 试行 layout: what was mapped and what must be re-entered. */
export function format2019Notice(tablesMapped: readonly TableKey[]): Finding {
  const mapped = tablesMapped.map((t) => TABLE_NAMES[t]).join('、') || '无'
  return {
    rule: 'I1',
    severity: 'warning',
    cells: [
      ...['otherNoCorrection', 'otherUnpaidFee', 'otherOther'].flatMap((row) =>
        rowCells('table3', row).filter((key) => !key.endsWith('.total')),
      ),
      ...tableCells('table2'),
    ],
    fields: [],
    message:
      '原文为2019年试行格式（国办公开办函〔2019〕60号）。已导入：' +
      `${mapped}；原“（六）其他处理”的数字已填入“（六）其他处理 3.其他”，请按2021年格式拆分到1、2、3项。` +
      '表二的栏目含义与2021年格式不同（本年制发、废止、现行有效件数，本年处理决定数量，本年收费金额），未导入，请重新填写表二。',
  }
}

/**
 * The source's own R1–R4 failures over its stated figures, as warnings prefixed “原文”; checks
 * touching a cell that was not read (uncertain, or its row not found) are skipped: they would
 * blame the source for the importer's gap ({@link uncheckedColumns} says so instead).
 */
export function sourceRuleFindings(values: CellValues, unread: ReadonlySet<CellKey>): Finding[] {
  return [...checkR1(values), ...checkR2(values), ...checkR3(values), ...checkR4(values)]
    .filter((finding) => !finding.cells.some((key) => unread.has(key)))
    .map((finding) => ({
      ...finding,
      severity: 'warning' as const,
      message: `原文${finding.rule === 'R4' ? '表四' : '表三'}${finding.message}`,
    }))
}

/**
 * I3 for the columns of table 3 (and groups of table 4) that hold unread cells: which rows were
 * not read, and that the column's rules were therefore not checked against the source. Columns
 * with the same unread rows share one finding.
 */
export function uncheckedColumns(unread: ReadonlySet<CellKey>): Finding[] {
  const findings: Finding[] = []
  const byRows = new Map<string, { columns: string[]; rows: string[]; cells: CellKey[] }>()
  for (const column of TABLE3_COLUMNS) {
    const rows = TABLE3_ROWS.filter((row) => unread.has(cellKey('table3', row.key, column)))
    if (rows.length === 0) continue
    const id = rows.map((row) => row.key).join(',')
    const entry = byRows.get(id) ?? { columns: [], rows: rows.map((r) => r.label), cells: [] }
    entry.columns.push(TABLE3_COLUMN_LABELS[column])
    entry.cells.push(...rows.map((row) => cellKey('table3', row.key, column)))
    byRows.set(id, entry)
  }
  for (const { columns, rows, cells } of byRows.values()) {
    const names = columns.map((c) => `“${c}”`).join('')
    const labels = rows.map((r) => `“${r}”`).join('、')
    findings.push(
      missing(`表三${names}栏中${labels}未读出，这些栏未按原文核对勾稽关系（R1、R3）`, [], cells),
    )
  }
  for (const group of TABLE4_GROUPS) {
    const cells = TABLE4_COLUMNS.map((column) => cellKey('table4', group, column))
    if (!cells.some((key) => unread.has(key))) continue
    findings.push(
      missing(
        `表四“${TABLE4_GROUP_LABELS[group]}”有未读出的数字，未按原文核对总计（R4）`,
        [],
        cells,
      ),
    )
  }
  return findings
}

/**
 * The cells written as “—”, “/” or “无” (I2, informational): left blank, named by table and row,
 * with the offer to read them as 0.
 */
export function placeholderFinding(cells: readonly CellKey[]): Finding {
  const rows = rowNames(cells)
  return {
    rule: 'I2',
    severity: 'info',
    cells: [...cells],
    fields: [],
    message:
      `原文有${cells.length}个单元格写作“—”“/”或“无”（${rows}行），已留空；` +
      '如原文表示0，可选择“按0读取”',
  }
}

/**
 * I1 for a 2021 report whose table 3 keeps the 2019 single （六）其他处理 row: its figures are in
 * “3.其他”, and the sub-rows 1 and 2 it does not print are read as 0 — said, so it can be checked.
 */
export function oldOtherRowNotice(cells: Readonly<Partial<Record<CellKey, string>>>): Finding {
  const keys = ['otherNoCorrection', 'otherUnpaidFee', 'otherOther'].flatMap((row) =>
    rowCells('table3', row).filter((key) => !key.endsWith('.total')),
  )
  const allZero = rowCells('table3', 'otherOther')
    .filter((key) => !key.endsWith('.total'))
    .every((key) => (cells[key] ?? '') === '0')
  return {
    rule: 'I1',
    severity: allZero ? 'info' : 'warning',
    cells: keys,
    fields: [],
    message: allZero
      ? '原文表三只有一行“（六）其他处理”（2019年格式），且各栏为0：其下“1.”“2.”“3.”三项已按0读取'
      : '原文表三只有一行“（六）其他处理”（2019年格式）：其数字已填入“（六）其他处理 3.其他”，' +
        '“1.”“2.”两项原文未列出，已按0读取；请按2021年格式核对拆分',
  }
}

/** Entry rules of spec §5: V1 (every value readable), V2 (no blank cells), M1 (required metadata). */
import { INPUT_CELLS, type CellDef } from './cells'
import type { ReportDraft } from './draft'
import type { Finding } from './finding'
import type { CellValues } from './totals'

const TABLE_NAMES: Record<CellDef['table'], string> = {
  table2: '表二（主动公开）',
  table3: '表三（依申请公开）',
  table4: '表四（复议诉讼）',
}

/** V1: one finding per cell whose text is not a value, e.g. “… 自然人：“12元”只填数字，不要带单位”. */
export function checkV1(draft: ReportDraft, values: CellValues): Finding[] {
  const findings: Finding[] = []
  for (const cell of INPUT_CELLS) {
    const value = values.get(cell.key)
    if (value?.status !== 'invalid') continue
    findings.push({
      rule: 'V1',
      severity: 'error',
      cells: [cell.key],
      fields: [],
      message: `${cell.name}：“${(draft.cells[cell.key] ?? '').trim()}”${value.reason}`,
    })
  }
  return findings
}

/** V2: one finding per table that still has blank cells, listing them (the practice is to write 0). */
export function checkV2(values: CellValues): Finding[] {
  const findings: Finding[] = []
  for (const table of Object.keys(TABLE_NAMES) as CellDef['table'][]) {
    const blanks = INPUT_CELLS.filter(
      (cell) => cell.table === table && (values.get(cell.key)?.status ?? 'blank') === 'blank',
    )
    if (blanks.length === 0) continue
    findings.push({
      rule: 'V2',
      severity: 'error',
      cells: blanks.map((cell) => cell.key),
      fields: [],
      message: `${TABLE_NAMES[table]}还有${blanks.length}个空白单元格，定稿前须填写（没有的填0）`,
    })
  }
  return findings
}

/** M1: 机关名称 and 报告年度 are filled in (whether the year is in range is M2's business). */
export function checkM1(draft: ReportDraft): Finding[] {
  const findings: Finding[] = []
  if (draft.meta.agencyName.trim() === '') {
    findings.push({
      rule: 'M1',
      severity: 'error',
      cells: [],
      fields: ['meta.agencyName'],
      message: '请填写机关名称',
    })
  }
  const year = draft.meta.year
  if (year === null) {
    findings.push({
      rule: 'M1',
      severity: 'error',
      cells: [],
      fields: ['meta.year'],
      message: '请选择报告年度',
    })
  }
  return findings
}

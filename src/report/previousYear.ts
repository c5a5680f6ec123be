/**
 * The previous year's report: starting year N+1 from year N (二、上年结转 ← 四、结转下年度继续办理),
 * and the warnings W1 and W2 that compare the two years.
 */
import { cellKey, type CellKey } from './cells'
import { createEmptyDraft, type ReportDraft } from './draft'
import { FIRST_FORMAT_YEAR } from './format'
import { lastReportYear } from './metaRules'
import type { Finding } from './finding'
import type { ParsedCell } from './numbers'
import { TABLE3_COLUMN_LABELS, TABLE3_INPUT_COLUMNS } from './table3'
import type { CellValues } from './totals'

const W2_ROWS = [
  { key: 'regulations', label: '规章' },
  { key: 'normativeDocuments', label: '行政规范性文件' },
] as const

/**
 * Why no year N+1 draft can be made from `previous` today, in Chinese; null when it can. A new
 * draft is never made for a year outside 2021 … the current year (M2).
 */
export function nextYearRefusal(previous: ReportDraft, today: Date): string | null {
  const year = previous.meta.year
  if (year === null) return '该草稿没有填写报告年度，无法确定下一年度；请先打开它并选择报告年度。'
  const next = year + 1
  if (next > lastReportYear(today)) {
    return `该草稿是${year}年度的报告，${next}年度尚未开始（报告年度最晚为${lastReportYear(today)}年），不能以它为基础新建${next}年度报告。`
  }
  if (next < FIRST_FORMAT_YEAR) {
    return `该草稿是${year}年度的报告，${next}年度早于${FIRST_FORMAT_YEAR}年，不适用2021年版格式，不能以它为基础新建。`
  }
  return null
}

/**
 * A year N+1 draft from a year-N draft (check `nextYearRefusal` first): metadata (year + 1, no 成文日期) and narrative carried as a
 * starting point, the preamble following the metadata again, and for each column of table 3
 * 二、上年结转 = last year's 四、结转下年度继续办理 (valid numbers only); every other cell blank.
 */
export function createNextYearDraft(previous: ReportDraft, prevValues: CellValues): ReportDraft {
  const next = createEmptyDraft(previous.meta.year === null ? null : previous.meta.year + 1)
  next.meta = { ...previous.meta, year: next.meta.year, issuedOn: null }
  next.narrative = { ...previous.narrative, overview: { ...previous.narrative.overview } }
  for (const column of TABLE3_INPUT_COLUMNS) {
    const carried = prevValues.get(cellKey('table3', 'carriedForward', column))
    if (carried?.status === 'valid')
      next.cells[cellKey('table3', 'carriedOver', column)] = carried.text
  }
  return next
}

function valueOf(values: CellValues, key: CellKey): number | null {
  const parsed: ParsedCell | undefined = values.get(key)
  return parsed?.status === 'valid' ? parsed.value : null
}

/** W1: per column, 二、上年结转 ≠ last year's 四、结转下年度继续办理 (both valid numbers). */
export function checkW1(values: CellValues, prevValues: CellValues): Finding[] {
  return TABLE3_INPUT_COLUMNS.flatMap((column): Finding[] => {
    const key = cellKey('table3', 'carriedOver', column)
    const now = valueOf(values, key)
    const before = valueOf(prevValues, cellKey('table3', 'carriedForward', column))
    if (now === null || before === null || now === before) return []
    const label = TABLE3_COLUMN_LABELS[column]
    return [
      {
        rule: 'W1',
        severity: 'warning',
        cells: [key],
        fields: [],
        message: `${label}：二、上年结转 ${now} 件，与上年报告的四、结转下年度继续办理 ${before} 件不一致`,
      },
    ]
  })
}

/** W2: 现行有效件数 ≠ last year's 现行有效 + 本年制发 − 本年废止 (all four valid numbers). */
export function checkW2(values: CellValues, prevValues: CellValues): Finding[] {
  return W2_ROWS.flatMap((row): Finding[] => {
    const inForce = valueOf(values, cellKey('table2', row.key, 'inForce'))
    const issued = valueOf(values, cellKey('table2', row.key, 'issued'))
    const repealed = valueOf(values, cellKey('table2', row.key, 'repealed'))
    const before = valueOf(prevValues, cellKey('table2', row.key, 'inForce'))
    if (inForce === null || issued === null || repealed === null || before === null) return []
    const expected = before + issued - repealed
    if (inForce === expected) return []
    return [
      {
        rule: 'W2',
        severity: 'warning',
        cells: [cellKey('table2', row.key, 'inForce')],
        fields: [],
        message: `${row.label}：现行有效件数 ${inForce}，而上年现行有效 ${before} + 本年制发 ${issued} − 本年废止 ${repealed} = ${expected}（文件自然失效时可能不一致）`,
      },
    ]
  })
}

/** W1 and W2 together, for a draft whose previous-year values are known. */
export function checkPreviousYear(values: CellValues, prevValues: CellValues): Finding[] {
  return [...checkW1(values, prevValues), ...checkW2(values, prevValues)]
}

/**
 * Why last year's draft is not linked, so W1, W2 and W7 cannot run: no draft of that year at
 * all, or drafts of that year under other names (the name may be misread or corrected since).
 */
export type PreviousYearGap =
  | { readonly kind: 'none'; readonly year: number }
  | { readonly kind: 'otherAgency'; readonly year: number; readonly names: readonly string[] }

/** The note (W1, informational) that the comparisons with last year did not run, and why. */
export function previousYearGapFinding(agencyName: string, gap: PreviousYearGap): Finding {
  const message =
    gap.kind === 'none'
      ? `没有找到${gap.year}年度的草稿，与上年报告的比对（W1、W2、W7）未运行；如需比对，请先导入或新建本机关${gap.year}年度的报告。`
      : `${gap.year}年度的草稿机关名称为${gap.names.map((n) => `“${n}”`).join('、')}，与本报告“${agencyName}”不同，与上年报告的比对（W1、W2、W7）未运行；如为同一机关，请核对机关名称。`
  return { rule: 'W1', severity: 'info', cells: [], fields: ['meta.agencyName'], message }
}

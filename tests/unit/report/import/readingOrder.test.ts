/**
 * Never a wrong number, in any order: table 3 pasted in reading order (a PDF viewer's copy with
 * numbers above, between or away from wrapped labels), converter Markdown with labels floated out
 * of their rows, rows with a stray number. Every cell is either the number printed in its row or
 * blank and named by an I2; the source's own rule breaks are reported only over certain cells.
 */
import { describe, expect, it } from 'vitest'
import type { CellKey } from '../../../../src/report'
import { parseReportText, type ImportResult } from '../../../../src/report/import'
import { expected, fixture } from './helpers'

const COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg']

/** Table 3 as printed: group headings (no numbers) and rows (key, label). Written by hand. */
const LAYOUT: readonly (readonly [string | null, string])[] = [
  ['newReceived', '一、本年新收政府信息公开申请数量'],
  ['carriedOver', '二、上年结转政府信息公开申请数量'],
  [null, '三、本年度办理结果'],
  ['disclosed', '（一）予以公开'],
  ['partiallyDisclosed', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  [null, '（三）不予公开'],
  ['withheldStateSecret', '1.属于国家秘密'],
  ['withheldByLaw', '2.其他法律行政法规禁止公开'],
  ['withheldSecurity', '3.危及“三安全一稳定”'],
  ['withheldThirdParty', '4.保护第三方合法权益'],
  ['withheldInternal', '5.属于三类内部事务信息'],
  ['withheldProcess', '6.属于四类过程性信息'],
  ['withheldEnforcement', '7.属于行政执法案卷'],
  ['withheldQuery', '8.属于行政查询事项'],
  [null, '（四）无法提供'],
  ['unavailableNotHeld', '1.本机关不掌握相关政府信息'],
  ['unavailableNeedsCreation', '2.没有现成信息需要另行制作'],
  ['unavailableUnclear', '3.补正后申请内容仍不明确'],
  [null, '（五）不予处理'],
  ['rejectedComplaint', '1.信访举报投诉类申请'],
  ['rejectedRepeated', '2.重复申请'],
  ['rejectedPublication', '3.要求提供公开出版物'],
  ['rejectedExcessive', '4.无正当理由大量反复申请'],
  ['rejectedConfirmation', '5.要求行政机关确认或重新出具已获取信息'],
  [null, '（六）其他处理'],
  ['otherNoCorrection', '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
  ['otherUnpaidFee', '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  ['otherOther', '3.其他'],
  ['resultsTotal', '（七）总计'],
  ['carriedForward', '四、结转下年度继续办理'],
]

type Numbers = Record<string, readonly number[]>

/** 县自然资源局, 2023: six applicant numbers per row (rows not listed are all 0), by hand. */
const COUNTY: Numbers = {
  newReceived: [30, 8, 1, 0, 2, 1],
  carriedOver: [2, 1, 0, 0, 0, 0],
  disclosed: [12, 3, 0, 0, 1, 0],
  partiallyDisclosed: [4, 1, 0, 0, 0, 0],
  withheldByLaw: [1, 0, 0, 0, 0, 0],
  withheldThirdParty: [2, 0, 0, 0, 0, 0],
  withheldProcess: [1, 1, 0, 0, 0, 0],
  unavailableNotHeld: [7, 2, 1, 0, 0, 1],
  unavailableNeedsCreation: [1, 0, 0, 0, 0, 0],
  rejectedComplaint: [2, 0, 0, 0, 0, 0],
  rejectedRepeated: [0, 1, 0, 0, 0, 0],
  otherNoCorrection: [1, 0, 0, 0, 0, 0],
  otherOther: [0, 0, 0, 0, 1, 0],
  resultsTotal: [31, 8, 1, 0, 2, 1],
  carriedForward: [1, 1, 0, 0, 0, 0],
}

/** 区卫生健康委员会, 2024, by hand. */
const DISTRICT: Numbers = {
  newReceived: [118, 23, 0, 4, 6, 2],
  carriedOver: [9, 2, 0, 0, 1, 0],
  disclosed: [61, 11, 0, 2, 3, 1],
  partiallyDisclosed: [15, 3, 0, 0, 1, 0],
  withheldStateSecret: [1, 0, 0, 0, 0, 0],
  withheldSecurity: [2, 0, 0, 0, 0, 0],
  withheldThirdParty: [6, 2, 0, 0, 0, 0],
  withheldInternal: [3, 0, 0, 0, 0, 0],
  withheldProcess: [5, 1, 0, 1, 0, 0],
  withheldQuery: [2, 0, 0, 0, 0, 0],
  unavailableNotHeld: [17, 4, 0, 1, 2, 1],
  unavailableUnclear: [3, 0, 0, 0, 0, 0],
  rejectedComplaint: [4, 1, 0, 0, 0, 0],
  rejectedExcessive: [1, 0, 0, 0, 0, 0],
  otherUnpaidFee: [1, 0, 0, 0, 0, 0],
  otherOther: [2, 1, 0, 0, 0, 0],
  resultsTotal: [123, 23, 0, 4, 6, 2],
  carriedForward: [4, 2, 0, 0, 1, 0],
}

function rowNumbers(numbers: Numbers, key: string): number[] {
  const values = [...(numbers[key] ?? [0, 0, 0, 0, 0, 0])]
  return [...values, values.reduce((a, b) => a + b, 0)]
}

/** How one table row is printed: its label and its numbers (as one line each). */
type RowPrinter = (label: string, numbers: string, index: number) => string[]

function table3(numbers: Numbers, print: RowPrinter): string {
  const lines: string[] = []
  LAYOUT.forEach(([key, label], index) => {
    if (key === null) lines.push(label)
    else lines.push(...print(label, rowNumbers(numbers, key).join(' '), index))
  })
  return lines.join('\n')
}

/** A whole report around a table 3, for an agency and year. */
function report(agency: string, year: number, table: string): string {
  return [
    `${agency}${year}年政府信息公开工作年度报告`,
    `本报告由${agency}根据《中华人民共和国政府信息公开条例》要求编制。`,
    '一、总体情况',
    `${year}年，我单位认真贯彻落实政务公开工作要求，各项工作有序推进。`,
    '二、主动公开政府信息情况',
    '第二十条第（一）项',
    '信息内容  本年制发件数  本年废止件数  现行有效件数',
    '规章  0  0  0',
    '三、收到和处理政府信息公开申请情况',
    '申请人情况',
    '自然人 法人或其他组织 总计',
    '商业企业 科研机构 社会公益组织 法律服务机构 其他',
    table,
    '四、政府信息公开行政复议、行政诉讼情况',
    '0 0 0 0 0 0 0 0 0 0 0 0 0 0 0',
    '五、存在的主要问题及改进情况',
    '公开内容的及时性仍需提高。下一步将加强培训。',
    '六、其他需要报告的事项',
    '本年度未收取信息处理费。',
  ].join('\n')
}

/** The true cells of table 3 (inputs and stated totals). */
function truth(numbers: Numbers): Record<string, string> {
  const cells: Record<string, string> = {}
  for (const [key] of LAYOUT) {
    if (key === null) continue
    const row = rowNumbers(numbers, key)
    ;[...COLUMNS, 'total'].forEach((column, c) => {
      cells[`table3.${key}.${column}`] = String(row[c])
    })
  }
  return cells
}

/** What the import filled for a table-3 cell (an input or a stated total), '' when blank. */
function filled(result: ImportResult, key: CellKey): string {
  const derived = key.endsWith('.total') || key.startsWith('table3.resultsTotal.')
  return (derived ? result.statedTotals[key] : result.draft.cells[key]) ?? ''
}

/** Cells filled with a number that is not the one printed in that cell's row. */
function wrongCells(result: ImportResult, want: Record<string, string>): string[] {
  return Object.entries(want)
    .filter(
      ([key, value]) =>
        filled(result, key as CellKey) !== '' && filled(result, key as CellKey) !== value,
    )
    .map(([key, value]) => `${key}=${filled(result, key as CellKey)} (printed ${value})`)
}

/** Input cells left blank that no I2 or I3 names. */
function unexplainedBlanks(result: ImportResult, want: Record<string, string>): string[] {
  const named = new Set(
    result.report.findings
      .filter((f) => f.rule === 'I2' || f.rule === 'I3')
      .flatMap((finding) => finding.cells),
  )
  return Object.keys(want).filter(
    (key) =>
      !key.endsWith('.total') &&
      !key.startsWith('table3.resultsTotal.') &&
      filled(result, key as CellKey) === '' &&
      !named.has(key as CellKey),
  )
}

function i2Cells(result: ImportResult): number {
  return result.report.uncertain.filter((f) => f.rule === 'I2').flatMap((f) => f.cells).length
}

/** A long label wrapped after `cut` characters, as a PDF viewer's copy prints it. */
function wrap(label: string, cut = 12): [string, string] {
  return [label.slice(0, cut), label.slice(cut)]
}

const ABOVE_WRAPPED: RowPrinter = (label, numbers) =>
  label.length > 14 ? [numbers, ...wrap(label)] : [`${label}  ${numbers}`]
const BETWEEN_WRAPPED: RowPrinter = (label, numbers) =>
  label.length > 14 ? [wrap(label)[0], numbers, wrap(label)[1]] : [`${label}  ${numbers}`]
const EVERY_ROW_ABOVE: RowPrinter = (label, numbers) => [numbers, label]
const pipeRow = (label: string, numbers: string) => `| ${label} | ${numbers.replace(/ /g, ' | ')} |`

describe('table 3 in reading order: never a wrong number', () => {
  const county = report('某县自然资源局', 2023, table3(COUNTY, ABOVE_WRAPPED))
  const district = report('某区卫生健康委员会', 2024, table3(DISTRICT, EVERY_ROW_ABOVE))

  it.each([
    ['numbers above a wrapped label (county, 2023)', county, COUNTY],
    ['every row’s numbers above its label (district, 2024)', district, DISTRICT],
    [
      'a row label floated below the next one (district, 2024)',
      report(
        '某区卫生健康委员会',
        2024,
        table3(DISTRICT, (label, numbers, index) =>
          // 4.保护第三方合法权益 printed with no numbers, its numbers after 5.'s own.
          index === 9
            ? [label]
            : index === 10
              ? [`${label}  ${rowNumbers(DISTRICT, 'withheldThirdParty').join(' ')}`, numbers]
              : [`${label}  ${numbers}`],
        ),
      ),
      DISTRICT,
    ],
    [
      'converter Markdown: two labels swapped between rows (county, 2023)',
      report(
        '某县自然资源局',
        2023,
        table3(COUNTY, (label, numbers, index) => {
          const swapped = index === 15 ? LAYOUT[16] : index === 16 ? LAYOUT[15] : null
          return [pipeRow(swapped ? swapped[1] : label, numbers)]
        }),
      ),
      COUNTY,
    ],
    [
      'converter Markdown: a label floated into the row above (district, 2024)',
      report(
        '某区卫生健康委员会',
        2024,
        table3(DISTRICT, (label, numbers, index) =>
          index === 19
            ? [`| ${label} | ${LAYOUT[20]?.[1]} | ${numbers.replace(/ /g, ' | ')} |`]
            : index === 20
              ? [`|  | ${numbers.replace(/ /g, ' | ')} |`]
              : [pipeRow(label, numbers)],
        ),
      ),
      DISTRICT,
    ],
  ])('%s: no cell filled wrong, every blank named by an I2', (_shape, text, numbers) => {
    const result = parseReportText(text)
    const want = truth(numbers)
    expect(wrongCells(result, want)).toEqual([])
    expect(unexplainedBlanks(result, want)).toEqual([])
    expect(i2Cells(result)).toBeGreaterThan(0)
    // Nothing is blamed on the source from cells that were not read with certainty.
    expect(result.report.sourceRuleFailures).toEqual([])
  })

  it('the 市住建局 report (2022) with its wrapped labels’ numbers above: nothing wrong', () => {
    const text = fixture('report.spaces.txt').replace(
      / {2}（二）部分公开（区分处理的，只计这一情形，不计其他情形）( +6 .*)\n/,
      '$1\n  （二）部分公开（区分处理的，只计这一情形，\n不计其他情形）\n',
    )
    const result = parseReportText(text)
    const want = { ...expected('report.expected.json').cells }
    const wrong = Object.entries(want).filter(
      ([key, value]) =>
        key.startsWith('table3.') && ![value, ''].includes(filled(result, key as CellKey)),
    )
    expect(wrong).toEqual([])
    expect(i2Cells(result)).toBeGreaterThan(0)
  })

  it.each([
    ['numbers between a wrapped label’s lines (county, 2023)', 'county', BETWEEN_WRAPPED],
    ['one row per line (district, 2024)', 'district', ((l, n) => [`${l}  ${n}`]) as RowPrinter],
    [
      'converter Markdown rows in place (district, 2024)',
      'district',
      ((l, n) => [pipeRow(l, n)]) as RowPrinter,
    ],
  ])('%s: read in full, nothing uncertain', (_shape, which, print) => {
    const numbers = which === 'county' ? COUNTY : DISTRICT
    const result = parseReportText(report('某机关', 2024, table3(numbers, print)))
    const want = truth(numbers)
    expect(wrongCells(result, want)).toEqual([])
    expect(Object.keys(want).filter((key) => filled(result, key as CellKey) === '')).toEqual([])
    expect(i2Cells(result)).toBe(0)
  })

  it('a row with a stray number: that row blank with an I2, the others read', () => {
    const text = report(
      '某县自然资源局',
      2023,
      table3(COUNTY, (label, numbers, index) =>
        index === 3 ? [`${label}  ${numbers} 2`] : [`${label}  ${numbers}`],
      ),
    )
    const result = parseReportText(text)
    const want = truth(COUNTY)
    expect(wrongCells(result, want)).toEqual([])
    expect(filled(result, 'table3.disclosed.natural')).toBe('')
    expect(filled(result, 'table3.partiallyDisclosed.natural')).toBe('4')
    const finding = result.report.uncertain.find((f) =>
      f.cells.includes('table3.disclosed.natural'),
    )
    expect(finding?.rule).toBe('I2')
  })

  it('a row read with certainty that breaks R2 in the source is still reported', () => {
    const text = report(
      '某区卫生健康委员会',
      2024,
      table3(DISTRICT, (label, numbers, index) =>
        // 予以公开 printed with 总计 79 where its cells add up to 78.
        index === 3 ? [`${label}  61 11 0 2 3 1 79`] : [`${label}  ${numbers}`],
      ),
    )
    const result = parseReportText(text)
    expect(filled(result, 'table3.disclosed.natural')).toBe('61')
    expect(result.report.sourceRuleFailures.map((f) => f.rule)).toContain('R2')
  })
})

describe('table 4 in reading order', () => {
  /** 复议 2 1 0 1 (4); 未经复议起诉 1 0 0 1 (2); 复议后起诉 0 1 0 0 (1), by hand. */
  const TRUE_ORDER = '2 1 0 1 4 1 0 0 1 2 0 1 0 0 1'
  const table = (line: string) =>
    report(
      '某市人力资源和社会保障局',
      2025,
      table3(COUNTY, (l, n) => [`${l}  ${n}`]),
    ).replace('0 0 0 0 0 0 0 0 0 0 0 0 0 0 0', line)

  it.each([
    ['columns interleaved: 复议 and 诉讼 alternating', '2 1 1 0 1 0 0 0 1 2 4 0 0 1 0'],
    ['the three groups read column by column', '2 1 0 1 0 1 0 0 0 1 0 1 4 2 1'],
  ])('%s: the 15 numbers do not add up by group, so none is placed (I2)', (_shape, line) => {
    const result = parseReportText(table(line))
    const keys = (Object.keys(result.draft.cells) as CellKey[]).filter((key) =>
      key.startsWith('table4.'),
    )
    expect(keys.length).toBe(12)
    expect(keys.filter((key) => result.draft.cells[key] !== '')).toEqual([])
    expect(
      result.report.uncertain.some((f) => f.cells.includes('table4.reconsideration.upheld')),
    ).toBe(true)
    expect(result.report.sourceRuleFailures.filter((f) => f.rule === 'R4')).toEqual([])
  })

  it('in printed order: every cell read', () => {
    const result = parseReportText(table(TRUE_ORDER))
    expect(result.draft.cells['table4.reconsideration.upheld']).toBe('2')
    expect(result.draft.cells['table4.reconsideration.pending']).toBe('1')
    expect(result.draft.cells['table4.litigationAfterReconsideration.corrected']).toBe('1')
    expect(result.statedTotals['table4.reconsideration.total']).toBe('4')
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReportText } from '../../../../src/report/import'
import { ROW_LABEL_VARIANTS } from '../../../../src/report/import/labelVariants'

const DIR = new URL('../../../fixtures/published/', import.meta.url)
const COUNTY = readFileSync(new URL('county.one-line.txt', DIR), 'utf8')
const CITY = readFileSync(new URL('city.converter.md', DIR), 'utf8')
const county = JSON.parse(readFileSync(new URL('county.expected.json', DIR), 'utf8')) as {
  cells: Record<string, string>
  stated: Record<string, string>
}

const COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg']
const row3 = (cells: Record<string, string>, row: string) =>
  COLUMNS.map((c) => cells[`table3.${row}.${c}`] ?? '')

/** Where each variant sits in the one-line page: the printed label it replaces. */
const PRINTED: Record<string, string> = {
  normativeDocuments: '行政规范性文件',
  regulations: '规章',
  fees: '行政事业性收费',
  newReceived: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  partiallyDisclosed: '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  withheldSecurity: '3.危及“三安全一稳定”',
  withheldInternal: '5.属于三类内部事务信息',
  withheldProcess: '6.属于四类过程性信息',
  withheldEnforcement: '7.属于行政执法案卷',
  withheldQuery: '8.属于行政查询事项',
  unavailableNotHeld: '1.本机关不掌握相关政府信息',
  unavailableNeedsCreation: '2.没有现成信息需要另行制作',
  unavailableUnclear: '3.补正后申请内容仍不明确',
  rejectedComplaint: '1.信访举报投诉类申请',
  rejectedConfirmation: '5.要求行政机关确认或重新出具已获取信息',
  otherNoCorrection: '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  otherUnpaidFee: '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  carriedForward: '四、结转下年度继续办理',
}

const CASES = Object.entries(ROW_LABEL_VARIANTS).flatMap(([row, variants]) =>
  variants.map((variant) => [row, variant] as const),
)

describe('the variants table: each variant read in the one-line page', () => {
  it.each(CASES)('%s as “%s”', (row, variant) => {
    const printed = PRINTED[row] ?? ''
    expect(COUNTY).toContain(printed)
    const text =
      row === 'regulations' || row === 'normativeDocuments' || row === 'fees'
        ? COUNTY.replace(` ${printed} `, ` ${variant} `)
        : COUNTY.replace(printed, variant)
    const result = parseReportText(text)
    expect(result.draft.cells).toEqual({ ...result.draft.cells, ...county.cells })
    expect(result.report.findings).toEqual([])
  })
})

describe('labels that differ from the printed ones', () => {
  it.each([
    ['a character wrong', '1.本机关不掌握相关政府信息', '1.本机关不掌捏相关政府信息'],
    [
      'a character missing',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知缴纳费用、行政机关不再处理其政府信息公开申请',
    ],
    ['1、 for 1.', '1.属于国家秘密', '1、属于国家秘密'],
    ['（1） for 1.', '4.保护第三方合法权益', '（4）保护第三方合法权益'],
    ['half-width brackets and stray spaces', '（一）予以公开', '(一) 予以 公开'],
    ['no numbering', '四、结转下年度继续办理', '结转下年度继续办理'],
  ])('%s: the row is still read', (_case, printed, variant) => {
    const result = parseReportText(COUNTY.replace(printed, variant))
    expect(result.draft.cells).toEqual({ ...result.draft.cells, ...county.cells })
    expect(result.report.findings).toEqual([])
  })

  it('a section title reworded and parts numbered locally are still found', () => {
    const text = COUNTY.replace('五、存在的主要问题及改进情况', '（五）存在的主要问题和改进措施')
    const result = parseReportText(text)
    expect(result.report.found.parts.problems).toBe(true)
    expect(result.draft.narrative.problems).toMatch(/^一是部分信息更新不够及时/)
  })

  it('a cell with a note is its number: “15（其中修订3件）” is 15', () => {
    const text = COUNTY.replace('行政规范性文件 3 1 17', '行政规范性文件 3（其中修订1件） 1 17件')
    const result = parseReportText(text)
    expect(result.draft.cells['table2.normativeDocuments.issued']).toBe('3')
    expect(result.draft.cells['table2.normativeDocuments.inForce']).toBe('17')
  })
})

describe('a 2019-style single （六）其他处理 row inside a 2021 table', () => {
  const SIX =
    '（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0 ' +
    '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 0 0 0 0 0 0 0 3.其他 1 0 0 0 0 0 1'

  it('its figures go to 3.其他, 1 and 2 are read as 0, and an I1 says so; table 2 is kept', () => {
    const result = parseReportText(COUNTY.replace(SIX, '（六）其他处理 1 0 0 0 0 0 1'))
    expect(result.report.format).toBe('2021')
    expect(result.draft.cells).toEqual({ ...result.draft.cells, ...county.cells })
    expect(result.report.formatNotices.map((f) => [f.rule, f.severity])).toEqual([
      ['I1', 'warning'],
    ])
    expect(result.report.formatNotices[0]?.message).toMatch(
      /已填入“（六）其他处理 3.其他”.*已按0读取/,
    )
  })

  it('all zero: every sub-row is 0, said as information', () => {
    const text = COUNTY.replace(SIX, '（六）其他处理 0 0 0 0 0 0 0').replace(
      '（一）予以公开 17 4 0 0 2 0 23',
      '（一）予以公开 18 4 0 0 2 0 24',
    )
    const result = parseReportText(text)
    expect(row3(result.draft.cells, 'otherOther')).toEqual(['0', '0', '0', '0', '0', '0'])
    expect(row3(result.draft.cells, 'otherUnpaidFee')).toEqual(['0', '0', '0', '0', '0', '0'])
    expect(result.report.formatNotices.map((f) => f.severity)).toEqual(['info'])
  })
})

describe('never a wrong number', () => {
  it('a row one number short whose last is its total and the rules pin it: filled', () => {
    // 一 printed without its 法律服务机构 value (2): R1 gives every column back.
    const text = COUNTY.replace('申请数量 41 8 0 0 2 1 52', '申请数量 41 8 0 0 1 52')
    const result = parseReportText(text)
    expect(row3(result.draft.cells, 'newReceived')).toEqual(['41', '8', '0', '0', '2', '1'])
    expect(result.statedTotals['table3.newReceived.total']).toBe('52')
    expect(result.report.findings).toEqual([])
  })

  it('a row one number short that the rules cannot pin: total kept, the six cells blank with I2', () => {
    // Two rows short in the same columns: R3 cannot solve either.
    const text = COUNTY.replace(
      '（一）予以公开 17 4 0 0 2 0 23',
      '（一）予以公开 17 4 0 2 0 23',
    ).replace(
      '1.本机关不掌握相关政府信息 9 2 0 0 0 1 12',
      '1.本机关不掌握相关政府信息 9 2 0 0 1 12',
    )
    const result = parseReportText(text)
    expect(row3(result.draft.cells, 'disclosed')).toEqual(['', '', '', '', '', ''])
    expect(result.statedTotals['table3.disclosed.total']).toBe('23')
    const i2 = result.report.uncertain.filter((f) => f.cells.includes('table3.disclosed.natural'))
    expect(i2).toHaveLength(1)
    expect(i2[0]?.message).toMatch(/只印有6个数字.*已作为总计读取/)
    expect(result.report.sourceRuleFailures).toEqual([])
  })

  it('a row one number short whose last is not the sum: the whole row blank with I2', () => {
    const text = COUNTY.replace('（一）予以公开 17 4 0 0 2 0 23', '（一）予以公开 17 4 0 0 2 0')
    const result = parseReportText(text)
    expect(row3(result.draft.cells, 'disclosed')).toEqual(['', '', '', '', '', ''])
    expect(result.statedTotals['table3.disclosed.total']).toBeUndefined()
    expect(result.report.uncertain.map((f) => f.cells.length)).toEqual([7])
  })

  it('a number followed by “、” keeps all its digits (only a lone digit is a numbering)', () => {
    const result = parseReportText(COUNTY.replace('行政许可 856 ', '行政许可 856、'))
    expect(result.draft.cells['table2.licensing.decisions']).toBe('856')
  })

  it('table 2 with one number short is never cut: I2', () => {
    const text = COUNTY.replace('行政规范性文件 3 1 17', '行政规范性文件 3 17')
    const result = parseReportText(text)
    expect(result.draft.cells['table2.normativeDocuments.issued']).toBe('')
    expect(result.draft.cells['table2.normativeDocuments.inForce']).toBe('')
    expect(result.report.uncertain[0]?.rule).toBe('I2')
  })

  it('a row not found: its columns get an I3 naming it, not an R finding against the source', () => {
    const text = COUNTY.replace('4.保护第三方合法权益 2 0 0 0 0 0 2', '')
    const result = parseReportText(text)
    expect(result.report.sourceRuleFailures).toEqual([])
    expect(result.report.unchecked.map((f) => [f.rule, f.message])).toEqual([
      [
        'I3',
        '表三“自然人”“商业企业”“科研机构”“社会公益组织”“法律服务机构”“其他”“总计”栏中“4.保护第三方合法权益”未读出，这些栏未按原文核对勾稽关系（R1、R3）',
      ],
    ])
  })
})

describe('import details', () => {
  it('“—”, “/” and “无” cells are named and left blank', () => {
    const text = CITY.replace(
      '| 属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 属于国家秘密 | 1 | — | / | 无 | 0 | 0 | 1 |',
    )
    const result = parseReportText(text)
    expect(result.report.placeholderCells).toEqual([
      'table3.withheldStateSecret.commercial',
      'table3.withheldStateSecret.research',
      'table3.withheldStateSecret.publicInterest',
    ])
    expect(result.draft.cells['table3.withheldStateSecret.research']).toBe('')
    const finding = result.report.uncertain.find((f) => f.severity === 'info')
    expect(finding?.message).toMatch(
      /3个单元格写作“—”“\/”或“无”（表三“1.属于国家秘密”行）.*按0读取/,
    )
  })

  it.each([
    ['a news item', '市政府召开常务会议。会议研究了城市更新工作，部署了下一阶段任务。2023-01-18'],
    ['only a title', '某县2022年政府信息公开工作年度报告'],
    [
      'a notice',
      '关于开展2023年度政务公开第三方评估的通知 各单位：现将有关事项通知如下。一、评估内容',
    ],
  ])('%s is not recognised as a report', (_case, text) => {
    expect(parseReportText(text).report.recognized).toBe(false)
  })

  it('a report is recognised; the page furniture skipped is listed', () => {
    const result = parseReportText(COUNTY)
    expect(result.report.recognized).toBe(true)
    expect(result.report.skipped).toEqual(
      expect.arrayContaining([
        '发布时间：2024-01-26',
        '来源：青川县市场监督管理局',
        '【打印本页】',
      ]),
    )
  })

  it('the 成文日期 of the signature is kept in the draft', () => {
    expect(parseReportText(CITY).draft.meta.issuedOn).toBe('2024-01-31')
  })
})

describe('reading placeholders as 0 when the user says they mean 0', () => {
  it('the draft holds 0 there, and their finding and uncertain marks are gone', async () => {
    const { draftFromImport } = await import('../../../../src/report/import')
    const text = CITY.replace(
      '| 属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
      '| 属于国家秘密 | 1 | — | / | 无 | 0 | 0 | 1 |',
    )
    const result = parseReportText(text)
    const kept = draftFromImport(result)
    expect(kept.cells['table3.withheldStateSecret.research']).toBe('')
    expect(kept.importReview?.uncertainCells).toContain('table3.withheldStateSecret.research')
    const zeroed = draftFromImport(result, { placeholdersAsZero: true })
    expect(zeroed.cells['table3.withheldStateSecret.commercial']).toBe('0')
    expect(zeroed.cells['table3.withheldStateSecret.publicInterest']).toBe('0')
    expect(zeroed.importReview?.uncertainCells).toEqual([])
    expect(zeroed.importReview?.findings).toEqual([])
  })
})

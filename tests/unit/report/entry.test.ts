import { describe, expect, it } from 'vitest'
import {
  checkM1,
  checkV1,
  checkV2,
  computeDraftValues,
  computeFindings,
  createEmptyDraft,
  defaultReportYear,
} from '../../../src/report'
import { balancedDraft } from '../../fixtures/balancedReport'

describe('V1 findings', () => {
  it.each(['-1', '−1', '1.5', 'abc', '/', '无', '12元', '1e3'])(
    '%j in a count is one V1 error naming the cell',
    (raw) => {
      const draft = balancedDraft()
      draft.cells['table3.newReceived.natural'] = raw
      const findings = checkV1(draft, computeDraftValues(draft))
      expect(findings).toHaveLength(1)
      expect(findings[0]).toMatchObject({
        rule: 'V1',
        severity: 'error',
        cells: ['table3.newReceived.natural'],
      })
      expect(findings[0]?.message).toContain(`一、本年新收政府信息公开申请数量 自然人：“${raw}”`)
    },
  )
})

describe('V2', () => {
  it('an empty draft has one finding per table with its blank count', () => {
    const draft = createEmptyDraft(2021)
    const messages = checkV2(computeDraftValues(draft)).map((f) => [f.cells.length, f.message])
    expect(messages).toEqual([
      [10, '表二（主动公开）还有10个空白单元格，定稿前须填写（没有的填0）'],
      [144, '表三（依申请公开）还有144个空白单元格，定稿前须填写（没有的填0）'],
      [12, '表四（复议诉讼）还有12个空白单元格，定稿前须填写（没有的填0）'],
    ])
  })

  it('a complete draft has none; an invalid cell is V1, not V2', () => {
    const draft = balancedDraft()
    expect(checkV2(computeDraftValues(draft))).toEqual([])
    draft.cells['table4.reconsideration.upheld'] = 'x'
    expect(checkV2(computeDraftValues(draft))).toEqual([])
  })
})

describe('M1', () => {
  it.each([
    ['', 2021, ['meta.agencyName']],
    ['  ', 2021, ['meta.agencyName']],
    ['市测试局', null, ['meta.year']],
    ['市测试局', 2019, []], // filled in: out of range is M2
    ['', null, ['meta.agencyName', 'meta.year']],
    ['市测试局', 2021, []],
  ] as [string, number | null, string[]][])('name %j, year %j → %j', (name, year, fields) => {
    const draft = createEmptyDraft(year)
    draft.meta.agencyName = name
    expect(checkM1(draft).flatMap((f) => f.fields)).toEqual(fields)
  })
})

describe('computeFindings', () => {
  it('a complete balanced report has no findings', () => {
    const draft = balancedDraft()
    expect(computeFindings(draft, computeDraftValues(draft))).toEqual([])
  })
})

describe('defaultReportYear', () => {
  it.each([
    ['2026-11-26', 2026],
    ['2026-10-01', 2026],
    ['2026-09-30', 2025],
    ['2027-01-10', 2026],
    ['2027-03-20', 2026],
  ])('on %s drafts the %i report', (day, year) => {
    expect(defaultReportYear(new Date(`${day}T12:00:00`))).toBe(year)
  })
})

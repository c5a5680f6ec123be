import { describe, expect, it } from 'vitest'
import {
  checkM2,
  createEmptyDraft,
  nextYearRefusal,
  selectableYears,
  type ReportMeta,
} from '../../../src/report'

const today = new Date('2026-12-02T10:00:00+08:00')

function withMeta(change: Partial<ReportMeta>) {
  const draft = createEmptyDraft(2025)
  draft.meta.agencyName = '市测试局'
  Object.assign(draft.meta, change)
  return draft
}

describe('M2: what is filled in the metadata is well formed', () => {
  it.each([
    ['a complete record', {}, []],
    ['nothing optional filled in', { websiteUrl: '', phone: '' }, []],
    ['the first year of the format', { year: 2021 }, []],
    ['the current year', { year: 2026 }, []],
    ['a year not begun', { year: 2027 }, ['meta.year']],
    ['a year far ahead', { year: 2099 }, ['meta.year']],
    ['a 2019-format year', { year: 2019 }, ['meta.year']],
    ['a fractional year', { year: 2025.5 }, ['meta.year']],
    ['no year (M1, not M2)', { year: null }, []],
    ['a 60-character name', { agencyName: '局'.repeat(60) }, []],
    ['a 61-character name', { agencyName: '局'.repeat(61) }, ['meta.agencyName']],
    ['a 63-character name', { agencyName: '某'.repeat(63) }, ['meta.agencyName']],
    ['60 astral characters count once each', { agencyName: '𠀾'.repeat(60) }, []],
    ['an https address', { websiteUrl: 'https://www.jining.gov.cn/col/index.html' }, []],
    ['an http address', { websiteUrl: 'http://www.example.gov.cn' }, []],
    ['a bare host as printed', { websiteUrl: 'www.jining.gov.cn' }, []],
    ['a javascript: address', { websiteUrl: 'javascript:alert(1)' }, ['meta.websiteUrl']],
    ['a javascript:// address', { websiteUrl: 'javascript://x.gov.cn' }, ['meta.websiteUrl']],
    ['an ftp address', { websiteUrl: 'ftp://files.example.gov.cn' }, ['meta.websiteUrl']],
    ['words', { websiteUrl: 'not a url' }, ['meta.websiteUrl']],
    ['a data: address', { websiteUrl: 'data:text/html,hi' }, ['meta.websiteUrl']],
    ['a plain phone', { phone: '0537-2272086' }, []],
    ['a phone with brackets and 转', { phone: '（0537）2272086转8001' }, []],
    ['full-width digits', { phone: '０５３７－２２７２０８６' }, []],
    ['call me', { phone: 'call me' }, ['meta.phone']],
    ['a phone with letters', { phone: '0537-227208a' }, ['meta.phone']],
    ['only dashes', { phone: '---' }, ['meta.phone']],
    [
      'all at once',
      { agencyName: '某'.repeat(63), year: 2028, websiteUrl: 'javascript:x', phone: 'call me' },
      ['meta.agencyName', 'meta.year', 'meta.websiteUrl', 'meta.phone'],
    ],
  ] as [string, Partial<ReportMeta>, string[]][])('%s', (_, change, fields) => {
    const findings = checkM2(withMeta(change), today)
    expect(findings.flatMap((f) => f.fields)).toEqual(fields)
    for (const finding of findings) {
      expect(finding).toMatchObject({ rule: 'M2', severity: 'error', cells: [] })
      expect(finding.message).toMatch(/请/)
    }
  })

  it('says which years are allowed', () => {
    const [finding] = checkM2(withMeta({ year: 2099 }), today)
    expect(finding?.message).toContain('2099')
    expect(finding?.message).toContain('2021—2026')
  })
})

describe('the year select', () => {
  it.each([
    [null, [2021, 2022, 2023, 2024, 2025, 2026]],
    [2024, [2021, 2022, 2023, 2024, 2025, 2026]],
    [2099, [2021, 2022, 2023, 2024, 2025, 2026, 2099]],
    [2019, [2019, 2021, 2022, 2023, 2024, 2025, 2026]],
  ])('with the draft at %j offers %j', (current, years) => {
    expect(selectableYears(today, current)).toEqual(years)
  })
})

describe('以上年报告为基础新建', () => {
  it.each([
    [2025, null],
    [2021, null],
    [2026, '2027年度尚未开始'],
    [2027, '2028年度尚未开始'],
    [2019, '早于2021年'],
    [null, '没有填写报告年度'],
  ])('from a %j draft: %j', (year, refusal) => {
    const reason = nextYearRefusal(createEmptyDraft(year), today)
    if (refusal === null) expect(reason).toBeNull()
    else expect(reason).toContain(refusal)
  })
})

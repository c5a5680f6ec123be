import { describe, expect, it } from 'vitest'
import {
  createEmptyDraft,
  createMetaSchema,
  selectableYears,
  type ReportMeta,
} from '../../../src/report'

const today = new Date('2026-11-26T00:00:00Z')
const schema = createMetaSchema(today)

function meta(change: Partial<ReportMeta>): ReportMeta {
  return { ...createEmptyDraft(2025).meta, agencyName: '市测试局', ...change }
}

async function errorsOf(value: ReportMeta): Promise<string[]> {
  try {
    await schema.validate(value, { abortEarly: false })
    return []
  } catch (error) {
    return (error as { errors: string[] }).errors
  }
}

describe('the metadata schema', () => {
  it('offers every year from 2021 to next year', () => {
    expect(selectableYears(today)).toEqual([2021, 2022, 2023, 2024, 2025, 2026, 2027])
  })

  it.each([
    ['a complete record', {}, []],
    ['no agency', { agencyName: '' }, ['请填写机关名称']],
    ['no year', { year: null }, ['请选择报告年度']],
    ['a 2019 report', { year: 2019 }, ['报告年度须为2021年或以后（2021年版格式）']],
    ['a year too far ahead', { year: 2030 }, ['报告年度不能晚于2027年']],
    ['a level outside the five', { level: '村级' as never }, ['请从列表中选择行政层级']],
    ['a phone with letters', { phone: 'call me' }, ['联系电话只能包含数字、-、括号和“转”']],
    ['a phone with an extension', { phone: '0537-2272086转8001' }, []],
    ['a bad url', { websiteUrl: 'not a url' }, ['网址格式不对，例如 https://www.example.gov.cn']],
    ['a good url', { websiteUrl: 'http://www.jining.gov.cn' }, []],
  ] as [string, Partial<ReportMeta>, string[]][])('%s', async (_, change, errors) => {
    expect(await errorsOf(meta(change))).toEqual(errors)
  })
})

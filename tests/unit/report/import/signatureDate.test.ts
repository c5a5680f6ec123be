import { describe, expect, it } from 'vitest'
import { readSignatureDate } from '../../../../src/report/import/furniture'

describe('a signature date, read with the domain’s one numeral reader', () => {
  it.each([
    ['2022年1月20日', '2022-01-20'],
    ['二〇二二年一月二十日', '2022-01-20'],
    ['二〇二三年十二月三十一日', '2023-12-31'],
    ['二O二一年十月十日', '2021-10-10'],
    ['（2024年3月5日）', '2024-03-05'],
    ['二〇二二年十三月一日', null],
    ['2022年2月32日', null],
    ['2022年1月', null],
    ['某某局 2022年1月20日', null],
  ])('%s → %s', (line, iso) => {
    expect(readSignatureDate(line)).toBe(iso)
  })
})

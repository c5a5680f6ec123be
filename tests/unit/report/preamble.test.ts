import { describe, expect, it } from 'vitest'
import { createEmptyDraft, effectivePreamble, generatePreamble } from '../../../src/report'
import { SEED_TEXT, seedDraft } from '../../fixtures/seedDraft'

describe('generatePreamble', () => {
  it('reproduces the seed preamble exactly from its metadata', () => {
    const seedPreamble = SEED_TEXT.slice(
      SEED_TEXT.indexOf('本报告由'),
      SEED_TEXT.indexOf('\n一、总体情况'),
    )
    expect(generatePreamble(seedDraft().meta)).toBe(seedPreamble.trim())
  })

  it.each([
    [
      'no website name or url',
      { websiteName: '', websiteUrl: '' },
      '如对本报告有疑问',
      '政府门户网站',
    ],
    ['a url but no website name', { websiteName: '' }, '可在政府门户网站（具体网址）查阅', '“'],
    ['no url', { websiteUrl: '' }, '“中国·济宁”政府门户网站查阅或下载', '（具体网址）'],
    ['no phone', { phone: '' }, '（地址：省运会指挥中心F区）', '联系电话'],
    [
      'no address and no phone',
      { address: '', phone: '' },
      '请与市知识产权事业发展中心联系。',
      '地址',
    ],
  ])('drops the clause when %s', (_, change, kept, dropped) => {
    const meta = { ...seedDraft().meta, ...change }
    const text = generatePreamble(meta)
    expect(text).toContain(kept)
    expect(text).not.toContain(dropped)
  })

  it('follows the metadata until edited', () => {
    const draft = createEmptyDraft(2022)
    draft.meta.agencyName = '县水利局'
    expect(effectivePreamble(draft)).toContain('本报告由县水利局按照')
    expect(effectivePreamble(draft)).toContain('自2022年1月1日起至2022年12月31日止')
    draft.preamble = '自定义'
    draft.meta.agencyName = '县农业农村局'
    expect(effectivePreamble(draft)).toBe('自定义')
  })
})

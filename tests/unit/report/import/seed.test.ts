import { describe, expect, it } from 'vitest'
import { ALL_CELLS } from '../../../../src/report'
import { parseReportText } from '../../../../src/report/import'
import { SEED } from './helpers'

// The seed is cut here by plain line positions of its headings, independently of the importer.
const LINES = SEED.split('\n')
const at = (heading: string) => LINES.findIndex((line) => line.trim() === heading)
const between = (from: string, to: string) =>
  LINES.slice(at(from) + 1, at(to))
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
const digitsBetween = (from: string, to: string) =>
  LINES.slice(at(from) + 1, at(to))
    .map((line) => line.trim())
    .filter((line) => /^\d+(\.\d+)?$/.test(line))

const result = parseReportText(SEED)
const { draft } = result

describe('the seed report', () => {
  it('recovers title and metadata', () => {
    expect(result.title).toEqual({ agencyName: '市知识产权事业发展中心', year: 2021 })
    expect(draft.meta).toMatchObject({
      agencyName: '市知识产权事业发展中心',
      year: 2021,
      websiteName: '中国·济宁',
      websiteUrl: '具体网址',
      address: '省运会指挥中心F区',
      phone: '0537-2272086',
    })
  })

  it('keeps the preamble as generated (null) because it is the standard one', () => {
    expect(
      between('市知识产权事业发展中心2021年政府信息公开工作年度报告', '一、总体情况'),
    ).toContain('本报告由市知识产权事业发展中心')
    expect(draft.preamble).toBeNull()
  })

  it.each([
    ['intro', '一、总体情况', '（一）主动公开情况'],
    ['proactive', '（一）主动公开情况', '（二）依申请公开情况'],
    ['onRequest', '（二）依申请公开情况', '（三）政府信息管理情况'],
    ['management', '（三）政府信息管理情况', '（四）政府信息公开平台建设情况'],
    ['platform', '（四）政府信息公开平台建设情况', '（五）监督保障情况'],
    ['oversight', '（五）监督保障情况', '二、主动公开政府信息情况'],
  ] as const)('recovers 一 %s exactly', (key, from, to) => {
    const text = between(from, to)
    expect(text.length).toBeGreaterThan(50)
    expect(draft.narrative.overview[key]).toBe(text)
  })

  it.each([
    ['problems', '五、存在的主要问题及改进情况', '六、其他需要报告的事项'],
    ['otherMatters', '六、其他需要报告的事项', '(end)'],
  ] as const)('recovers %s exactly', (key, from, to) => {
    const end = to === '(end)' ? LINES.length : at(to)
    const text = LINES.slice(at(from) + 1, end)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n')
    expect(draft.narrative[key]).toBe(text)
  })

  it.each([
    ['table2', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'],
    ['table3', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议、行政诉讼情况'],
    ['table4', '四、政府信息公开行政复议、行政诉讼情况', '五、存在的主要问题及改进情况'],
  ] as const)('recovers every value of %s, inputs and stated totals', (table, from, to) => {
    const numbers = digitsBetween(from, to)
    const cells = ALL_CELLS.filter((cell) => cell.table === table)
    expect(numbers).toHaveLength(cells.length)
    cells.forEach((cell, i) => {
      const got = cell.derived ? result.statedTotals[cell.key] : draft.cells[cell.key]
      expect([cell.key, got]).toEqual([cell.key, numbers[i]])
    })
  })

  it('finds every part and reports nothing', () => {
    expect(result.report.format).toBe('2021')
    expect(Object.values(result.report.found.parts).every(Boolean)).toBe(true)
    expect(Object.values(result.report.found.overview).every(Boolean)).toBe(true)
    expect(result.report.findings).toEqual([])
  })
})

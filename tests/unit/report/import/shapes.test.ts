import { describe, expect, it } from 'vitest'
import { checkR1, checkR2, checkR3, checkR4 } from '../../../../src/report'
import { parseReportText, type ImportResult } from '../../../../src/report/import'
import { expected, fixture, type Expected } from './helpers'
import type { CellKey } from '@/report'

/** Every recovered value, compared with the fixture's expected values. */
function expectRecovered(result: ImportResult, want: Expected): void {
  const { draft } = result
  for (const [key, value] of Object.entries(want.cells)) {
    expect([key, draft.cells[key as CellKey] ?? '(missing)']).toEqual([key, value])
  }
  for (const [key, value] of Object.entries(want.stated)) {
    expect([key, result.statedTotals[key as CellKey] ?? '(missing)']).toEqual([key, value])
  }
  const { problems, otherMatters, ...overview } = want.narrative
  expect(draft.narrative.overview).toEqual(overview)
  expect(draft.narrative.problems).toBe(problems)
  expect(draft.narrative.otherMatters).toBe(otherMatters)
  expect(draft.meta).toMatchObject(want.meta)
  if (want.preamble !== undefined) expect(draft.preamble).toBe(want.preamble)
}

const REPORT = expected('report.expected.json')

describe('one report in every shape', () => {
  it.each([
    ['one cell per line', 'report.lines.txt'],
    ['| tables', 'report.pipe.md'],
    ['| tables with damaged header rows', 'report.pipe-damaged.md'],
    ['tab-separated rows (五、存在问题及改进情况)', 'report.tabs.txt'],
    ['space-aligned columns (四、因政府信息公开申请…)', 'report.spaces.txt'],
    ['collapsed digit runs with one valid split', 'report.collapsed.txt'],
  ])('%s: every part and value recovered, nothing reported', (_shape, name) => {
    const result = parseReportText(fixture(name))
    expectRecovered(result, REPORT)
    expect(result.report.findings).toEqual([])
    expect(result.report.found.tableSources).toEqual({
      table2: 'text',
      table3: 'text',
      table4: 'text',
    })
  })

  it.each([
    ['HTML alone (text from the markup)', ''],
    ['HTML with the clipboard text', fixture('report.lines.txt')],
  ])('%s: tables read from rowspan/colspan markup', (_case, text) => {
    const result = parseReportText(text, { html: fixture('report.html.txt') })
    expectRecovered(result, REPORT)
    expect(result.report.findings).toEqual([])
    expect(result.report.found.tableSources).toEqual({
      table2: 'html',
      table3: 'html',
      table4: 'html',
    })
  })

  it('page furniture, half-width brackets and stray spaces: recovered, signature date kept', () => {
    const result = parseReportText(fixture('report.furniture.txt'))
    expectRecovered(result, expected('report.furniture.expected.json'))
    expect(result.draft.meta.issuedOn).toBe('2023-01-18')
    expect(result.title).toEqual({ agencyName: '市住房和城乡建设局', year: 2022 })
    expect(result.report.findings).toEqual([])
  })

  it('the fixture itself satisfies R1–R4 (checked with the domain rules, not the importer)', () => {
    const result = parseReportText(fixture('report.lines.txt'))
    const values = result.sourceValues
    expect([
      ...checkR1(values),
      ...checkR2(values),
      ...checkR3(values),
      ...checkR4(values),
    ]).toEqual([])
    expect(Object.values(REPORT.cells).filter((v) => v !== '0').length).toBeGreaterThan(30)
  })
})

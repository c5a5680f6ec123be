import { describe, expect, it } from 'vitest'
import {
  confirmImportCells,
  createImportReview,
  describeFound,
  draftFromImport,
  listFoundItems,
  parseReportText,
  pendingImportFindings,
  readImportReview,
} from '../../../../src/report/import'
import { fixture } from './helpers'
import type { CellKey } from '../../../../src/report'

const ambiguous = () => parseReportText(fixture('report.collapsed-ambiguous.txt'))
const DISCLOSED: CellKey[] = [
  'table3.disclosed.natural',
  'table3.disclosed.commercial',
  'table3.disclosed.publicInterest',
  'table3.disclosed.legal',
]

describe('the import review', () => {
  it('keeps every finding of the import and the I2 cells to confirm', () => {
    const result = ambiguous()
    const review = createImportReview(result)
    expect(review.findings.map((f) => f.rule)).toEqual(['I2', 'I2'])
    expect(review.uncertainCells).toHaveLength(8)
    expect(review.uncertainCells).toEqual(expect.arrayContaining(DISCLOSED))
    expect(review.summary).toMatch(
      /^已找到：标题、前言、一、总体情况（小节 5\/5）、表二、表三、表四/,
    )
  })

  it('a new draft carries the review and shares nothing with the result', () => {
    const result = ambiguous()
    const draft = draftFromImport(result)
    expect(draft.importReview?.uncertainCells).toHaveLength(8)
    expect(draft.cells['table3.disclosed.natural']).toBe('')
    draft.cells['table3.newReceived.natural'] = 'changed'
    expect(result.draft.cells['table3.newReceived.natural']).not.toBe('changed')
    expect(readImportReview(JSON.parse(JSON.stringify(draft)).importReview)).toEqual(
      draft.importReview,
    )
  })

  it('an I2 finding stays until every one of its cells is confirmed', () => {
    const review = createImportReview(ambiguous())
    const partly = confirmImportCells(review, DISCLOSED.slice(0, 3))
    expect(pendingImportFindings(partly)).toHaveLength(2)
    const row = confirmImportCells(partly, DISCLOSED)
    expect(pendingImportFindings(row).map((f) => f.message)).toEqual([
      expect.stringContaining('1.本机关不掌握相关政府信息'),
    ])
    const all = confirmImportCells(row)
    expect(all.uncertainCells).toEqual([])
    expect(pendingImportFindings(all)).toEqual([])
  })

  it('keeps I1, I3 and the source R3 failures whatever is confirmed', () => {
    for (const name of ['report-2019.txt', 'report.r3-broken.txt']) {
      const review = confirmImportCells(createImportReview(parseReportText(fixture(name))))
      expect(pendingImportFindings(review).length).toBeGreaterThan(0)
    }
    const empty = createImportReview(parseReportText('与年度报告无关的一段文字'))
    expect(empty.findings.some((f) => f.rule === 'I3')).toBe(true)
    expect(describeFound(parseReportText('').report.found)).toMatch(/^未找到：标题、前言/)
  })

  it.each([
    [null],
    ['text'],
    [{ findings: 'x', uncertainCells: [] }],
    [{ findings: [], uncertainCells: [1] }],
  ])('reads %j back from storage as no review', (stored) => {
    expect(readImportReview(stored)).toBeUndefined()
  })

  it('drops malformed stored findings and keeps the rest', () => {
    const good = { rule: 'I3', severity: 'warning', cells: [], fields: [], message: '未找到' }
    const stored = {
      findings: [good, { ...good, rule: 'X9' }, { ...good, cells: [3] }, 'junk'],
      uncertainCells: ['table3.disclosed.natural'],
    }
    expect(readImportReview(stored)).toEqual({
      summary: '',
      findings: [good],
      uncertainCells: ['table3.disclosed.natural'],
    })
  })

  it('lists what was found in reading order, with the HTML tables named', () => {
    const result = parseReportText('', { html: fixture('report.html.txt') })
    const items = listFoundItems(result.report.found)
    expect(items.map((i) => i.label)).toEqual([
      '标题',
      '前言',
      '一、总体情况',
      '表二',
      '表三',
      '表四',
      '五、存在的主要问题及改进情况',
      '六、其他需要报告的事项',
    ])
    expect(items.filter((i) => i.note === '网页表格').map((i) => i.label)).toEqual([
      '表二',
      '表三',
      '表四',
    ])
  })
})

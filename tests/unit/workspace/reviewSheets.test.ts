import * as XLSX from '@e965/xlsx'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../../src/report'
import { reviewReport } from '../../../src/report/workspace/reportReview'
import type { WorkspaceRecord } from '../../../src/report/workspace/records'
import type { WorkspaceRow } from '../../../src/report/workspace/records'
import { buildReviewXlsx } from '../../../src/workspace/exportReviewXlsx'
import { findingsSheet, summarySheet } from '../../../src/workspace/reviewSheets'
import { balancedDraft } from '../../fixtures/balancedReport'
import type { CellKey } from '@/report'

const today = new Date(2026, 11, 2)

function rows(): WorkspaceRow[] {
  const good = balancedDraft()
  good.meta.agencyName = '甲局'
  good.meta.year = 2026
  good.meta.level = '设区的市级'
  good.cells['table3.newReceived.natural'] = String(
    Number(good.cells['table3.newReceived.natural']) + 3,
  )
  const only = (id: string) => ({ version: 1, count: 1, superseded: false, versionIds: [id] })
  const record = (id: string, extra: Partial<WorkspaceRecord>): WorkspaceRecord => ({
    id,
    fileName: `${id}.json`,
    order: 1,
    addedAt: '',
    size: 1,
    ...extra,
  })
  return [
    {
      record: record('a', { draft: good, fingerprint: '0123456789abcdef' }),
      review: reviewReport(good, today),
      version: { version: 2, count: 2, superseded: false, versionIds: ['z', 'a'] },
    },
    {
      record: record('b', { problem: '文件不是有效的 JSON 文本' }),
      review: null,
      version: only('b'),
    },
    {
      record: record('c', { draft: createEmptyDraft(2026) }),
      review: reviewReport(createEmptyDraft(2026), today),
      version: only('c'),
    },
  ]
}

describe('the review sheets', () => {
  it('summary: one row per report with its figures; an unreadable file says why', () => {
    const [head, a, b, c] = summarySheet(rows())
    expect(head?.slice(0, 6)).toEqual(['机关名称', '行政层级', '年度', '错误数', '提示数', '规则'])
    const col = (name: string) => head!.indexOf(name)
    expect(a?.[col('机关名称')]).toBe('甲局')
    expect(String(a?.[col('规则')])).toContain('R1')
    expect(a?.[col('上年结转')]).toBe(
      ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg']
        .map((k) => Number(rows()[0]!.record.draft!.cells[`table3.carriedOver.${k}` as CellKey]))
        .reduce((s, v) => s + v, 0),
    )
    expect(a?.[col('指纹')]).toBe('0123456789abcdef')
    expect(a?.[col('版本')]).toBe('第2版（最新）')
    expect(c?.[col('版本')]).toBe('')
    expect(b?.[col('无法读取的原因')]).toBe('文件不是有效的 JSON 文本')
    expect(b?.[col('文件')]).toBe('b.json')
    expect(c?.[col('本年新收')]).toBe('')
  })

  it('findings: one row per finding of every readable report', () => {
    const sheet = findingsSheet(rows())
    const r1 = sheet.filter((row) => row[2] === 'R1')
    expect(r1.length).toBeGreaterThan(0)
    expect(r1.every((row) => row[0] === '甲局' && row[3] === '错误')).toBe(true)
    expect(sheet.some((row) => row[2] === 'M1' && row[0] === '')).toBe(true)
    // Cells are named by their printed labels, never by internal keys.
    expect(r1.some((row) => String(row[5]).includes('一、本年新收政府信息公开申请数量'))).toBe(true)
    expect(sheet.every((row) => !String(row[5]).includes('table3.'))).toBe(true)
  })

  it('the .xlsx reads back with both sheets, shared strings and a filter', async () => {
    const bytes = await buildReviewXlsx(rows())
    const book = XLSX.read(bytes)
    expect(book.SheetNames).toEqual(['汇总', '问题清单'])
    const summary = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['汇总']!)
    expect(summary.map((row) => row['文件'])).toEqual(['a.json', 'b.json', 'c.json'])
    expect(book.Sheets['汇总']!['!autofilter']).toBeDefined()
    expect(Object.keys(unzipSync(bytes))).toContain('xl/sharedStrings.xml')
  })
})

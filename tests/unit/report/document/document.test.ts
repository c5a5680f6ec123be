import { describe, expect, it } from 'vitest'
import { OVERVIEW_SECTION_HEADINGS, PART_HEADINGS, createEmptyDraft } from '@/report'
import {
  COLUMN_WEIGHTS,
  DRAFT_NOTICE,
  MARGIN,
  PAGE,
  buildDocumentBlocks,
  formatIssuedOn,
  isDraftReport,
  pageNumberText,
  reportFileName,
  splitWhole,
  type DocumentBlock,
} from '@/report/document'
import { buildReportBlocks } from '@/pdf/reportDocument'
import { awkwardDraft, failingDraft, seedProseDraft } from '../../export/exportDrafts'

const outline = (blocks: readonly DocumentBlock[]) =>
  blocks.map((b) =>
    b.kind === 'table' ? `table:${b.grid.table}` : b.kind === 'signature' ? 'signature' : b.kind,
  )

describe('the document model', () => {
  it('orders title, preamble, 一 with its five sub-parts, the three tables, 五, 六, 落款', () => {
    const blocks = buildDocumentBlocks(seedProseDraft(), false)
    const headings = blocks.flatMap((b) => (b.kind === 'heading' ? [`${b.level}${b.text}`] : []))
    expect(headings).toEqual([
      `1${PART_HEADINGS.overview}`,
      ...Object.values(OVERVIEW_SECTION_HEADINGS).map((h) => `2${h}`),
      `1${PART_HEADINGS.table2}`,
      `1${PART_HEADINGS.table3}`,
      `1${PART_HEADINGS.table4}`,
      `1${PART_HEADINGS.problems}`,
      `1${PART_HEADINGS.otherMatters}`,
    ])
    const kinds = outline(blocks)
    expect(kinds[0]).toBe('title')
    expect(kinds.filter((k) => k.startsWith('table:'))).toEqual([
      'table:table2',
      'table:table3',
      'table:table4',
    ])
    expect(kinds.at(-1)).toBe('signature')
    expect(blocks.at(-1)).toEqual({
      kind: 'signature',
      agency: '市知识产权事业发展中心',
      date: '2022年1月20日',
    })
  })

  it('adds the 草稿 notice under the title only for a draft', () => {
    expect(buildDocumentBlocks(awkwardDraft(), true)[1]).toEqual({
      kind: 'notice',
      text: DRAFT_NOTICE,
    })
    expect(outline(buildDocumentBlocks(awkwardDraft(), false))).not.toContain('notice')
  })

  it('has no 落款 without a 成文日期, and prints blank lines of text as nothing', () => {
    const blocks = buildDocumentBlocks(awkwardDraft(), false)
    expect(outline(blocks)).not.toContain('signature')
    const texts = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []))
    expect(texts).toContain('全年共收到申请5件 & 办结5件。')
    expect(texts).not.toContain('')
  })

  it('is what the PDF lays out, the 落款 with its text as one string', () => {
    const draft = seedProseDraft()
    expect(buildReportBlocks(draft, true)).toEqual(
      buildDocumentBlocks(draft, true).map((b) =>
        b.kind === 'signature' ? { ...b, text: `${b.agency}${b.date}` } : b,
      ),
    )
  })

  it('prints every number cell: counts as digits, the fee as typed, an invalid entry as typed', () => {
    const draft = awkwardDraft()
    draft.cells['table3.carriedOver.legal'] = '1,234'
    draft.cells['table2.fees.amountWan'] = '0.50'
    draft.cells['table4.litigationDirect.pending'] = '3件'
    const table = buildDocumentBlocks(draft, false).find((b) => b.kind === 'table')
    if (table?.kind !== 'table') throw new Error('no table')
    expect(table.cells['table3.carriedOver.legal']).toBe('1234')
    expect(table.cells['table2.fees.amountWan']).toBe('0.50')
    expect(table.cells['table4.litigationDirect.pending']).toBe('3件')
    expect(table.cells['table3.newReceived.total']).toBe('5')
  })
})

describe('formatIssuedOn', () => {
  it.each([
    ['2022-01-20', '2022年1月20日'],
    ['2023-12-05', '2023年12月5日'],
    ['  2024-3-1 ', '2024年3月1日'],
    ['二〇二二年一月二十日', '二〇二二年一月二十日'],
    ['', null],
    ['   ', null],
    [null, null],
  ])('%j → %j', (input, expected) => {
    expect(formatIssuedOn(input)).toBe(expected)
  })
})

describe('reportFileName', () => {
  it.each([
    [
      '市知识产权事业发展中心',
      2021,
      false,
      'docx',
      '市知识产权事业发展中心2021年政府信息公开工作年度报告.docx',
    ],
    [' 某县 ', 2023, true, 'html', '某县2023年政府信息公开工作年度报告（草稿）.html'],
    ['A/B:C*"局"', 2022, false, 'docx', 'ABC局2022年政府信息公开工作年度报告.docx'],
    ['', null, false, 'html', '年政府信息公开工作年度报告.html'],
  ])('%j %j draft=%j .%s', (agencyName, year, isDraft, ext, expected) => {
    expect(reportFileName({ agencyName, year }, isDraft, ext)).toBe(expected)
  })
})

describe('isDraftReport', () => {
  it('is false for a balanced complete report and true when R1, V1, V2 or M1 fails', () => {
    expect(isDraftReport(awkwardDraft())).toBe(false)
    expect(isDraftReport(seedProseDraft())).toBe(false)
    expect(isDraftReport(failingDraft())).toBe(true)
    const invalid = awkwardDraft()
    invalid.cells['table2.regulations.issued'] = '无'
    expect(isDraftReport(invalid)).toBe(true)
    const blank = awkwardDraft()
    blank.cells['table4.reconsideration.pending'] = ''
    expect(isDraftReport(blank)).toBe(true)
    expect(isDraftReport(createEmptyDraft(2021))).toBe(true)
  })
})

describe('page numbers and geometry', () => {
  it('numbers pages “— N —” on A4 with the GB/T 9704 margins', () => {
    expect(pageNumberText(1)).toBe('— 1 —')
    expect(pageNumberText(12)).toBe('— 12 —')
    expect(PAGE).toEqual({ width: 210, height: 297 })
    expect(MARGIN).toEqual({ top: 37, bottom: 35, left: 28, right: 26 })
    expect(PAGE.width - MARGIN.left - MARGIN.right).toBe(156)
    expect(PAGE.height - MARGIN.top - MARGIN.bottom).toBe(225)
  })
})

describe('splitWhole', () => {
  it.each([
    [[1, 1, 1], 10, [3, 4, 3]],
    [[2, 1, 1, 1], 8845, [3538, 1769, 1769, 1769]],
    [COLUMN_WEIGHTS.table4, 8845, null],
  ])('splits %j of %d into whole parts summing to the total', (weights, total, expected) => {
    const parts = splitWhole(weights, total)
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total)
    for (const part of parts) expect(Number.isInteger(part)).toBe(true)
    if (expected) expect(parts).toEqual(expected)
  })
})

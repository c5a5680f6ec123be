// Issue 11: a table never breaks where a spanning label's continued box is too low for its text,
// and the 落款 (agency, 成文日期) is printed when issuedOn is set, placed per GB/T 9704.
import { describe, expect, it } from 'vitest'
import { buildTable3Grid, createEmptyDraft } from '@/report'
import type { MeasureChar } from '@/pdf/layout/faces'
import { lineText } from '@/pdf/layout/lineBreak'
import { rowsKeptWithNext } from '@/pdf/layout/spanKeep'
import { signatureLines } from '@/pdf/layout/signatureLayout'
import { cellHeight, layoutTable } from '@/pdf/layout/tableLayout'
import { buildReportBlocks } from '@/pdf/reportDocument'
import { formatIssuedOn } from '@/report/document'
import type { SignatureBlock } from '@/pdf/signature'
import type { CellKey } from '@/report'

// No figures printed: every cell blank.
const NONE = {} as Record<CellKey, string>

/** Every character `em` mm wide (ASCII half): a stand-in for a font at some size. */
const measureAt =
  (em: number): MeasureChar =>
  (char) => ({ text: char, face: 'serif', width: (char.codePointAt(0) ?? 0) < 0x7f ? em / 2 : em })

describe('rowsKeptWithNext', () => {
  it.each([1, 2.5, 3.7, 5])(
    'with %d mm characters, every break allowed inside a spanning cell leaves room for its label on both sides',
    (em) => {
      const table = layoutTable(buildTable3Grid(), NONE, measureAt(em))
      const kept = rowsKeptWithNext(table)
      const height = (from: number, to: number) =>
        table.rowHeights.slice(from, to + 1).reduce((a, b) => a + b, 0)
      let checked = 0
      for (const cell of table.cells.filter(
        (c) => c.rowspan > 1 && table.rowRoles[c.row] === 'body',
      )) {
        const need = cellHeight(cell.lines.length)
        const last = cell.row + cell.rowspan - 1
        for (let r = cell.row; r < last; r += 1) {
          if (kept.has(r)) continue
          checked += 1
          expect(height(cell.row, r), `above a break after row ${r}`).toBeGreaterThanOrEqual(
            need - 1e-9,
          )
          expect(height(r + 1, last), `below a break after row ${r}`).toBeGreaterThanOrEqual(
            need - 1e-9,
          )
        }
      }
      // Not everything is glued: the 22 rows of 三、本年度办理结果 can still break somewhere.
      expect(checked).toBeGreaterThan(0)
    },
  )
})

describe('the 落款', () => {
  it.each([
    ['2022-01-20', '2022年1月20日'],
    ['2022-1-5', '2022年1月5日'],
    ['2022年1月20日', '2022年1月20日'],
    [' 2023-03-31 ', '2023年3月31日'],
  ])('成文日期 %s prints as %s', (input, printed) => {
    expect(formatIssuedOn(input)).toBe(printed)
  })

  it('is a block of its own, last, only when issuedOn is set', () => {
    const draft = createEmptyDraft(2021)
    draft.meta.agencyName = '县民政局'
    expect(buildReportBlocks(draft, false).some((b) => b.kind === 'signature')).toBe(false)
    draft.meta.issuedOn = '2022-01-20'
    expect(buildReportBlocks(draft, false).at(-1)).toEqual({
      kind: 'signature',
      agency: '县民政局',
      date: '2022年1月20日',
      text: '县民政局2022年1月20日',
    })
  })

  it.each([
    ['a short name over a longer date', '县民政局', '2022-01-20'],
    ['a long name over a shorter date', '市知识产权事业发展中心办公室', '2022-01-20'],
  ])('%s: 右空二字, the date two characters right of the name', (_, agency, issuedOn) => {
    const em = 5.6
    const width = 156
    const date0 = formatIssuedOn(issuedOn)!
    const block: SignatureBlock = { kind: 'signature', agency, date: date0, text: agency + date0 }
    const [name, date] = signatureLines(block, measureAt(em), em, width)
    expect(lineText(name!)).toBe(agency)
    expect(lineText(date!)).toBe(formatIssuedOn(issuedOn))
    expect(date!.indent - name!.indent).toBeCloseTo(2 * em, 6)
    const rightEdge = Math.max(name!.width, date!.width)
    expect(rightEdge).toBeCloseTo(width - 2 * em, 6)
  })
})

describe('justification', () => {
  it('never spreads characters more than a quarter em (the preamble with 〔2021〕30号 included)', async () => {
    const { layoutReport } = await import('@/pdf/layout/layoutReport')
    const { FAKE_METRICS } = await import('./fakeMetrics')
    const { seedDraft } = await import('./seedDraft')
    const { MM_PER_PT } = await import('@/pdf/layout/page')
    for (const agency of [
      '市知识产权事业发展中心',
      '县民政局',
      '某某省某某市某某区人民政府办公室',
    ]) {
      const draft = seedDraft('0')
      draft.meta.agencyName = agency
      draft.preamble = null
      const pages = layoutReport(buildReportBlocks(draft, false), FAKE_METRICS, {
        isDraft: false,
        footer: '',
      })
      for (const op of pages.flatMap((p) => p.ops)) {
        if (op.kind === 'text')
          expect(op.charSpace).toBeLessThanOrEqual((op.size * MM_PER_PT) / 4 + 1e-9)
      }
    }
  })
})

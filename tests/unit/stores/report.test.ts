import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defaultReportYear } from '../../../src/report'
import { useReportStore } from '../../../src/stores/report'
import { balancedDraft } from '../../fixtures/balancedReport'

describe('the report store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('opens on an empty draft of the year being reported', () => {
    const store = useReportStore()
    expect(store.draft.meta.year).toBe(defaultReportYear(new Date()))
    expect(store.filledCount).toBe(0)
    expect(store.findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toEqual([
      'M1',
      'V2',
      'V2',
      'V2',
    ])
  })

  it('recomputes totals and findings as cells change', () => {
    const store = useReportStore()
    store.loadDraft(balancedDraft())
    store.refreshToday(new Date('2021-06-01T00:00:00'))
    expect(store.findings.map((f) => f.rule)).toEqual(['W6'])
    const before = store.values.get('table3.newReceived.total')
    store.setCell(
      'table3.newReceived.natural',
      String(Number(store.draft.cells['table3.newReceived.natural']) + 1),
    )
    const after = store.values.get('table3.newReceived.total')
    expect(
      after?.status === 'valid' && before?.status === 'valid' && after.value - before.value,
    ).toBe(1)
    // The 总计 column's R1 is folded into the 自然人 column's (issue 11).
    expect(store.findings.map((f) => f.rule)).toEqual(['R1', 'W6'])
    expect(store.invalidCells.has('table3.newReceived.natural')).toBe(true)
    expect(store.invalidCells.has('table3.resultsTotal.natural')).toBe(true)
  })

  it('keeps invalid text as typed and reports it', () => {
    const store = useReportStore()
    store.setCell('table4.reconsideration.upheld', '12元')
    expect(store.draft.cells['table4.reconsideration.upheld']).toBe('12元')
    expect(store.values.get('table4.reconsideration.total')?.status).toBe('invalid')
    expect(store.invalidCells.has('table4.reconsideration.upheld')).toBe(true)
  })

  it('fills only blank cells with 0', () => {
    const store = useReportStore()
    store.setCell('table3.newReceived.natural', '5')
    store.setCell('table3.newReceived.legal', 'abc')
    store.fillBlanksWithZero()
    // 已填 counts only what V1 can read: “abc” is not filled.
    expect(store.filledCount).toBe(165)
    expect(store.draft.cells['table3.newReceived.natural']).toBe('5')
    expect(store.draft.cells['table3.newReceived.legal']).toBe('abc')
    expect(store.draft.cells['table2.fees.amountWan']).toBe('0')
  })

  it('marks nothing invalid before anything is entered, though M1 is listed', () => {
    const store = useReportStore()
    expect(store.findings.some((f) => f.rule === 'M1')).toBe(true)
    expect(store.invalidFields.size).toBe(0)
    store.setCell('table3.newReceived.natural', '1')
    expect(store.invalidFields.has('meta.agencyName')).toBe(true)
  })

  it('lets the preamble follow the metadata until edited, and back', () => {
    const store = useReportStore()
    store.setMeta('agencyName', '县统计局')
    expect(store.preamble).toContain('本报告由县统计局')
    store.setPreamble('手写的开头')
    store.setMeta('agencyName', '县审计局')
    expect(store.preamble).toBe('手写的开头')
    expect(store.preambleFollowsMeta).toBe(false)
    store.resetPreamble()
    expect(store.preamble).toContain('本报告由县审计局')
  })

  it('writes narrative fields by path', () => {
    const store = useReportStore()
    store.setNarrative('narrative.overview.platform', '平台')
    store.setNarrative('narrative.problems', '问题')
    expect(store.draft.narrative.overview.platform).toBe('平台')
    expect(store.draft.narrative.problems).toBe('问题')
  })
})

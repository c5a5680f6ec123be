import { describe, expect, it } from 'vitest'
import {
  TABLE3_INPUT_COLUMNS,
  checkPreviousYear,
  computeDraftValues,
  createNextYearDraft,
} from '../../../src/report'
import { balancedDraft } from '../../fixtures/balancedReport'

describe('createNextYearDraft', () => {
  const previous = balancedDraft()
  previous.meta.agencyName = '甲'
  previous.meta.year = 2022
  previous.narrative.problems = '一是……'
  const next = createNextYearDraft(previous, computeDraftValues(previous))

  it.each(TABLE3_INPUT_COLUMNS)('carries 结转下年度 into 上年结转 for %s', (column) => {
    expect(next.cells[`table3.carriedOver.${column}`]).toBe(
      previous.cells[`table3.carriedForward.${column}`],
    )
  })
  it('keeps metadata and narrative, moves the year on, blanks the other numbers', () => {
    expect(next.meta.year).toBe(2023)
    expect(next.meta.agencyName).toBe('甲')
    expect(next.narrative.problems).toBe('一是……')
    expect(Object.keys(next.cells).every((k) => k.startsWith('table3.carriedOver.'))).toBe(true)
    expect(next.narrative).not.toBe(previous.narrative)
  })
})

describe('W1 and W2', () => {
  const previous = balancedDraft()
  const prevValues = computeDraftValues(previous)
  it.each([
    { name: 'carried over as last year', change: {}, rules: [] },
    {
      name: 'carried over differs',
      change: { 'table3.carriedOver.natural': '999' },
      rules: ['W1'],
    },
    {
      name: 'in force does not add up',
      change: { 'table2.regulations.inForce': '999' },
      rules: ['W2'],
    },
  ])('$name → $rules', ({ change, rules }) => {
    const draft = createNextYearDraft(previous, prevValues)
    draft.cells['table2.regulations.issued'] = '1'
    draft.cells['table2.regulations.repealed'] = '0'
    const inForce = prevValues.get('table2.regulations.inForce')
    draft.cells['table2.regulations.inForce'] =
      inForce?.status === 'valid' ? String(inForce.value + 1) : ''
    Object.assign(draft.cells, change)
    const findings = checkPreviousYear(computeDraftValues(draft), prevValues)
    expect(findings.map((f) => f.rule)).toEqual(rules)
  })
})

import { describe, expect, it } from 'vitest'
import {
  checkR1,
  computeDraftValues,
  createEmptyDraft,
  followBalanceEdits,
  lastEditIn,
  unbalancingEdits,
  type CellKey,
  type ReportDraft,
} from '../../../src/report'
import { balancedDraft } from '../../fixtures/balancedReport'

const values = (draft: ReportDraft) => computeDraftValues(draft)
function edited(cells: Record<string, string>): ReportDraft {
  const draft = balancedDraft()
  Object.assign(draft.cells, cells)
  return draft
}
/** A number one more than the balanced figure, so that R1 breaks in that cell's column. */
const bumped = (key: CellKey) => String(Number(balancedDraft().cells[key] ?? '0') + 1)

describe('followBalanceEdits', () => {
  const a: CellKey = 'table3.newReceived.natural'
  const b: CellKey = 'table3.disclosed.legal'
  const c: CellKey = 'table3.carriedForward.natural'
  it.each<[string, CellKey[] | null, CellKey[], ReportDraft, CellKey[] | null]>([
    ['a balanced table clears the list', [a, b], [c], balancedDraft(), []],
    ['a first change after balance is recorded', [], [a], edited({ [a]: bumped(a) }), [a]],
    ['changes keep their order', [a], [b], edited({ [a]: bumped(a), [b]: '1' }), [a, b]],
    ['a cell changed again moves to the end', [a, b], [a], edited({ [a]: '0', [b]: '1' }), [b, a]],
    [
      'outside table 3 nothing is recorded',
      [a],
      ['table2.regulations.issued'],
      edited({ [a]: '0' }),
      [a],
    ],
    ['never balanced: nothing to compare with', null, [a], edited({ [a]: bumped(a) }), null],
    ['a blank table is not “balanced”', null, [a], createEmptyDraft(2024), null],
  ])('%s', (_, since, changed, draft, expected) => {
    expect(followBalanceEdits(since, changed, values(draft))).toEqual(expected)
  })
})

describe('marks and the jump of R1', () => {
  it.each<[string, Record<string, string>, CellKey[], CellKey[], CellKey | undefined]>([
    [
      'only cells in a column R1 finds off are marked; the jump goes to the last one there',
      { 'table3.newReceived.natural': '999', 'table3.disclosed.natural': '3' },
      ['table3.disclosed.natural', 'table3.newReceived.natural', 'table3.carriedOver.otherOrg'],
      ['table3.disclosed.natural', 'table3.newReceived.natural'],
      'table3.newReceived.natural',
    ],
    [
      'a column changed and balanced again is no longer marked',
      { 'table3.newReceived.legal': '999' },
      ['table3.newReceived.natural', 'table3.newReceived.legal'],
      ['table3.newReceived.legal'],
      'table3.newReceived.legal',
    ],
  ])('%s', (_, cells, since, marked, jump) => {
    const findings = checkR1(values(edited(cells)))
    expect(findings.length).toBeGreaterThan(0)
    expect([...unbalancingEdits(since, findings)]).toEqual(marked)
    expect(lastEditIn(since, findings[0]!)).toBe(jump)
  })
})

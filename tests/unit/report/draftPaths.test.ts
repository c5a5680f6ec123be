import { describe, expect, it } from 'vitest'
import { createEmptyDraft, flattenDraft, mergeDrafts, type ReportDraft } from '../../../src/report'

function draftWith(cells: Record<string, string>, agency = ''): ReportDraft {
  const draft = createEmptyDraft(2023)
  draft.meta.agencyName = agency
  draft.cells = { ...cells }
  return draft
}

describe('mergeDrafts', () => {
  const base = flattenDraft(draftWith({ 'table3.newReceived.natural': '1' }, '甲'))
  it.each([
    {
      name: 'edits to different cells are both kept',
      mine: draftWith({ 'table3.newReceived.natural': '1', 'table3.newReceived.legal': '2' }, '甲'),
      theirs: draftWith({ 'table3.newReceived.natural': '5' }, '甲'),
      cells: { 'table3.newReceived.natural': '5', 'table3.newReceived.legal': '2' },
      agency: '甲',
      conflicts: [],
    },
    {
      name: 'a field and a cell',
      mine: draftWith({ 'table3.newReceived.natural': '1' }, '乙'),
      theirs: draftWith({ 'table3.newReceived.natural': '' }, '甲'),
      cells: { 'table3.newReceived.natural': '' },
      agency: '乙',
      conflicts: [],
    },
    {
      name: 'the same cell changed differently is a conflict',
      mine: draftWith({ 'table3.newReceived.natural': '2' }, '甲'),
      theirs: draftWith({ 'table3.newReceived.natural': '3' }, '甲'),
      cells: { 'table3.newReceived.natural': '3' },
      agency: '甲',
      conflicts: ['cells.table3.newReceived.natural'],
    },
    {
      name: 'the same cell changed to the same value is not',
      mine: draftWith({ 'table3.newReceived.natural': '3' }, '甲'),
      theirs: draftWith({ 'table3.newReceived.natural': '3' }, '甲'),
      cells: { 'table3.newReceived.natural': '3' },
      agency: '甲',
      conflicts: [],
    },
  ])('$name', ({ mine, theirs, cells, agency, conflicts }) => {
    const result = mergeDrafts(base, mine, theirs)
    expect(result.conflicts).toEqual(conflicts)
    expect(result.merged.cells).toEqual(cells)
    expect(result.merged.meta.agencyName).toBe(agency)
  })
})

import { describe, expect, it } from 'vitest'
import { ALL_CELLS, cellKey, isCellKey, type CellKey } from '@/report/cells'

describe('CellKey: the catalogue’s keys as a type', () => {
  it.each([
    ['table2.regulations.issued', true],
    ['table2.fees.amountWan', true],
    ['table3.newReceived.natural', true],
    ['table3.resultsTotal.total', true],
    ['table4.litigationDirect.pending', true],
    // Real-looking but not in the 2021 format.
    ['table3.newReceived.legalCommercial', false],
    ['table2.fees.issued', false],
    ['table4.reconsideration.natural', false],
    ['table3.newReceived', false],
    ['', false],
  ])('isCellKey(%j) is %s', (key, known) => {
    expect(isCellKey(key)).toBe(known)
  })

  it('every catalogue key is a CellKey and cellKey builds the same text', () => {
    // Table 2: 6 + 1 + 2 + 1 cells; table 3: 25 rows × 7 columns; table 4: 3 groups × 5 columns.
    expect(ALL_CELLS).toHaveLength(10 + 175 + 15)
    for (const cell of ALL_CELLS) expect(isCellKey(cell.key)).toBe(true)
    expect(cellKey('table3', 'newReceived', 'natural')).toBe('table3.newReceived.natural')
  })

  it('a misspelt key does not compile (checked by `npm run typecheck`)', () => {
    // @ts-expect-error — `legalCommercial` is not a column of table 3.
    const wrong: CellKey = 'table3.newReceived.legalCommercial'
    // @ts-expect-error — `newRecieved` is misspelt.
    const built = cellKey('table3', 'newRecieved', 'natural')
    // @ts-expect-error — table 2's fee band has only the amountWan column.
    const band: CellKey = 'table2.fees.issued'
    expect([wrong, built, band].map(isCellKey)).toEqual([false, false, false])
  })
})

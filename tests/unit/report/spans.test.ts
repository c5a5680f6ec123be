import { describe, expect, it } from 'vitest'
import { placeSpans } from '@/report/spans'

const c = (name: string, rowspan = 1, colspan = 1) => ({ name, rowspan, colspan })

describe('placeSpans', () => {
  it.each([
    [
      'no spans',
      [
        [c('a'), c('b')],
        [c('c'), c('d')],
      ],
      ['a0,0', 'b0,1', 'c1,0', 'd1,1'],
    ],
    [
      'a rowspan pushes the next row right',
      [[c('a', 2), c('b')], [c('c')]],
      ['a0,0', 'b0,1', 'c1,1'],
    ],
    ['a colspan', [[c('a', 1, 3)], [c('b'), c('c'), c('d')]], ['a0,0', 'b1,0', 'c1,1', 'd1,2']],
    [
      'a row and column span in the middle',
      [
        [c('a'), c('b', 2, 2), c('e')],
        [c('c'), c('d')],
      ],
      ['a0,0', 'b0,1', 'e0,3', 'c1,0', 'd1,3'],
    ],
  ])('%s', (_, rows, expected) => {
    const { placed } = placeSpans(rows)
    expect(placed.map((p) => `${p.cell.name}${p.row},${p.column}`)).toEqual(expected)
  })

  it('tells the caller when a slot is covered twice (a strict grid rejects it)', () => {
    const twice: string[] = []
    // b (row 0) spans two rows and covers (1,1); c, three columns wide from (1,0), runs over it.
    placeSpans([[c('a'), c('b', 2)], [c('c', 1, 3)]], (slot, at, covered) => {
      if (covered) twice.push(`${at.cell.name}@${slot.row},${slot.column}`)
    })
    expect(twice).toEqual(['c@1,1'])
  })
})

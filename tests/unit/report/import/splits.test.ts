import { describe, expect, it } from 'vitest'
import { enumerateSplits } from '../../../../src/report/import'

const rowSums = (pieces: readonly string[]) =>
  pieces.slice(0, -1).reduce((sum, p) => sum + Number(p), 0) === Number(pieces[pieces.length - 1])

describe('enumerateSplits', () => {
  it.each([
    // runs, count, expected splits under R2 (the last is the sum of the others)
    [['640020470'], 7, [['64', '0', '0', '2', '0', '4', '70']]],
    [['0000000'], 7, [['0', '0', '0', '0', '0', '0', '0']]],
    [
      ['120010013'],
      7,
      [
        ['1', '2', '0', '0', '10', '0', '13'],
        ['12', '0', '0', '1', '0', '0', '13'],
      ],
    ],
    [['64', '0', '0', '2', '0', '470'], 7, [['64', '0', '0', '2', '0', '4', '70']]],
    [['123'], 7, []],
    [['0012'], 3, []],
  ])('%j into %i cells', (runs, count, splits) => {
    expect(enumerateSplits(runs, count, rowSums)).toEqual({ status: 'done', splits })
  })

  it.each([
    [['103'], 3, [['1', '0', '3']]],
    [['12.5', '3'], 2, [['12.5', '3']]],
    [['12.5'], 2, []],
  ])('without a rule, %j into %i cells', (runs, count, splits) => {
    expect(enumerateSplits(runs, count, () => true)).toEqual({ status: 'done', splits })
  })

  it('gives up on a run with too many possible cuts', () => {
    expect(enumerateSplits(['1'.repeat(60)], 15, () => true).status).toBe('overflow')
  })
})

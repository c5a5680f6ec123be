import { describe, expect, it } from 'vitest'
import { ALL_CELLS, type CellKey } from '@/report/cells'
import { DERIVED_SUMS, R2_SUMS, R3_SUMS, R4_SUMS } from '@/report/sums'

describe('R2–R4 sums, declared once', () => {
  // Spec §5: R2 per row of table 3 (25 rows, six applicant columns), R3 per column of table 3
  // (seven, 总计 included; 21 result rows), R4 per group of table 4 (three, four result columns).
  it.each([
    ['R2', R2_SUMS, 25, 6],
    ['R3', R3_SUMS, 7, 21],
    ['R4', R4_SUMS, 3, 4],
  ] as const)('%s has %i sums of %i parts each', (_, sums, count, parts) => {
    expect(sums).toHaveLength(count)
    for (const sum of sums) expect(sum.parts).toHaveLength(parts)
  })

  it('the computed totals are exactly the catalogue’s derived cells, each computed once', () => {
    const computed = DERIVED_SUMS.map((sum) => sum.total)
    const derived = ALL_CELLS.filter((cell) => cell.derived).map((cell) => cell.key)
    expect(new Set(computed).size).toBe(computed.length)
    expect([...computed].sort()).toEqual([...derived].sort())
  })

  it('a total is computed only after the totals it adds up', () => {
    const done = new Set<CellKey>()
    for (const sum of DERIVED_SUMS) {
      const pending = sum.parts.filter((part) => computedLater(part) && !done.has(part))
      expect([sum.total, pending]).toEqual([sum.total, []])
      done.add(sum.total)
    }
  })
})

const derivedKeys = new Set(ALL_CELLS.filter((cell) => cell.derived).map((cell) => cell.key))
const computedLater = (key: CellKey) => derivedKeys.has(key)

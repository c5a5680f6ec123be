import { describe, expect, it } from 'vitest'
import {
  TABLE3_INPUT_COLUMNS,
  TABLE3_RESULT_ROW_KEYS,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  TABLE4_INPUT_COLUMNS,
  computeDraftValues,
  sumCells,
  type ParsedCell,
} from '../../../src/report'
import { balancedDraft, balancedNumbers } from '../../fixtures/balancedReport'
import { SEED_NUMBERS, seedDraft } from '../../fixtures/seedDraft'
import type { CellKey } from '@/report'

const v = (value: number): ParsedCell => ({ status: 'valid', value, text: String(value) })
const blank: ParsedCell = { status: 'blank' }
const bad: ParsedCell = { status: 'invalid', reason: 'x' }

describe('sumCells', () => {
  it.each([
    ['numbers', [v(1), v(2), v(3)], { status: 'valid', value: 6 }],
    ['blanks count as 0 beside numbers', [v(3), blank], { status: 'valid', value: 3 }],
    ['all blank stays blank', [blank, blank], { status: 'blank' }],
    ['an invalid part poisons the sum', [v(3), bad, v(1)], { status: 'invalid' }],
    ['nothing is blank', [], { status: 'blank' }],
  ] as [string, ParsedCell[], object][])('%s', (_, parts, expected) => {
    expect(sumCells(parts)).toMatchObject(expected)
  })
})

function valueOf(values: ReturnType<typeof computeDraftValues>, key: string): number | string {
  const cell = values.get(key as CellKey)
  return cell?.status === 'valid' ? cell.value : (cell?.status ?? 'missing')
}

describe('derived totals of the seed (all zeros)', () => {
  const values = computeDraftValues(seedDraft())
  it('reads 175 numbers from table 3 and 15 from table 4', () => {
    expect(SEED_NUMBERS.table3).toHaveLength(175)
    expect(SEED_NUMBERS.table4).toHaveLength(15)
  })
  it.each(TABLE3_ROWS.map((row) => row.key))('row %s totals 0, as the seed states', (row) => {
    expect(valueOf(values, `table3.${row}.total`)).toBe(0)
  })
})

describe('derived totals of a non-zero report', () => {
  const numbers = balancedNumbers().cells
  const values = computeDraftValues(balancedDraft())

  it.each(TABLE3_ROWS.filter((r) => !r.derived).map((r) => r.key))(
    'R2: row %s 总计 = sum of six columns',
    (row) => {
      const expected = TABLE3_INPUT_COLUMNS.reduce(
        (s, c) => s + (numbers[`table3.${row}.${c}`] ?? NaN),
        0,
      )
      expect(valueOf(values, `table3.${row}.total`)).toBe(expected)
    },
  )

  it.each(TABLE3_INPUT_COLUMNS)('R3: column %s （七）总计 = sum of 21 result rows', (column) => {
    const expected = TABLE3_RESULT_ROW_KEYS.reduce(
      (s, r) => s + (numbers[`table3.${r}.${column}`] ?? NaN),
      0,
    )
    expect(valueOf(values, `table3.resultsTotal.${column}`)).toBe(expected)
  })

  it('（七）总计 of 总计 is the sum of all result cells', () => {
    const expected = TABLE3_RESULT_ROW_KEYS.flatMap((r) =>
      TABLE3_INPUT_COLUMNS.map((c) => numbers[`table3.${r}.${c}`] ?? NaN),
    ).reduce((a, b) => a + b, 0)
    expect(valueOf(values, 'table3.resultsTotal.total')).toBe(expected)
  })

  it.each(TABLE4_GROUPS)('R4: group %s total', (group) => {
    const expected = TABLE4_INPUT_COLUMNS.reduce(
      (s, c) => s + (numbers[`table4.${group}.${c}`] ?? NaN),
      0,
    )
    expect(valueOf(values, `table4.${group}.total`)).toBe(expected)
  })

  it('an invalid cell makes its totals invalid, never NaN or 0', () => {
    const draft = balancedDraft()
    draft.cells['table3.disclosed.natural'] = '12元'
    const changed = computeDraftValues(draft)
    expect(changed.get('table3.disclosed.total')?.status).toBe('invalid')
    expect(changed.get('table3.resultsTotal.natural')?.status).toBe('invalid')
    expect(changed.get('table3.resultsTotal.total')?.status).toBe('invalid')
    expect(changed.get('table3.disclosed.commercial')?.status).toBe('valid')
  })
})

import { describe, expect, it } from 'vitest'
import { INPUT_CELLS, createEmptyDraft, type ReportDraft } from '../../../../src/report'
import {
  aggregateReports,
  summedFromWarning,
  type AggregateSource,
} from '../../../../src/report/workspace/aggregate'
import { sumDecimals } from '../../../../src/report/workspace/decimalSum'
import type { CellKey } from '@/report'

const FEE = 'table2.fees.amountWan'
const NEW = 'table3.newReceived.natural'
const UPHELD = 'table4.reconsideration.upheld'

function source(
  agency: string,
  year: number | null,
  cells: Record<string, string>,
  errorCount = 0,
): AggregateSource {
  const draft: ReportDraft = createEmptyDraft(year)
  draft.meta.agencyName = agency
  draft.cells = { ...cells }
  return { draft, fingerprint: agency.length.toString(16).padStart(16, '0'), errorCount }
}

describe('sumDecimals', () => {
  it.each([
    [['0.1', '0.2'], '0.3'],
    [['9116.36', '4068.208'], '13184.568'],
    [['24252.311082', '0.000001'], '24252.311083'],
    [['1.50', '2'], '3.50'],
    [['0', '0'], '0'],
    [['999999999999999999', '1'], '1000000000000000000'],
    [['0.000001', '0.000002', '0.000003'], '0.000006'],
  ])('%j sums to %s exactly', (parts, expected) => {
    expect(sumDecimals(parts)).toBe(expected)
  })

  it('refuses text that is not a non-negative decimal', () => {
    expect(() => sumDecimals(['1', '-2'])).toThrow(RangeError)
  })
})

describe('aggregateReports', () => {
  const target = { agencyName: ' 某县人民政府 ', year: 2025 }

  it.each<{ name: string; cells: Record<string, string>[]; expected: Record<string, unknown> }>([
    {
      name: 'counts add up, full-width and grouped digits read as in the editor',
      cells: [{ [NEW]: '3' }, { [NEW]: '１２' }, { [NEW]: '1,000' }],
      expected: { [NEW]: '1015' },
    },
    {
      name: 'fees add up as exact decimals (no 0.1 + 0.2 drift)',
      cells: [{ [FEE]: '0.1' }, { [FEE]: '0.2' }, { [FEE]: '4068.208' }],
      expected: { [FEE]: '4068.508' },
    },
    {
      name: 'a cell blank in every report stays blank',
      cells: [{ [NEW]: '1' }, { [NEW]: '2' }],
      expected: { [NEW]: '3', [UPHELD]: undefined },
    },
    {
      name: 'blank beside numbers counts as 0',
      cells: [{ [UPHELD]: '' }, { [UPHELD]: '4' }, {}],
      expected: { [UPHELD]: '4' },
    },
    {
      name: 'zeros stay 0, not blank',
      cells: [{ [FEE]: '0' }, { [FEE]: '0' }],
      expected: { [FEE]: '0' },
    },
  ])('$name', ({ cells, expected }) => {
    const result = aggregateReports(
      cells.map((c, i) => source(`单位${i}`, 2025, c)),
      target,
    )
    expect(result.ok).toBe(true)
    if (!result.ok) return
    for (const [key, value] of Object.entries(expected))
      expect(result.draft.cells[key as CellKey]).toBe(value)
    expect(result.unread).toEqual([])
  })

  it('leaves a cell blank and names the agencies when a value in it is not a number', () => {
    const result = aggregateReports(
      [source('甲局', 2025, { [NEW]: '5' }), source('乙局', 2025, { [NEW]: '12件' })],
      target,
    )
    expect(result.ok && result.draft.cells[NEW]).toBeUndefined()
    expect(result.ok && result.unread).toEqual([{ cell: NEW, agencies: ['乙局'] }])
  })

  it('leaves a cell blank while an imported report has it uncertain (I2, unconfirmed)', () => {
    const imported = source('丙局', 2025, { [NEW]: '', [UPHELD]: '2' })
    imported.draft.importReview = { summary: '', findings: [], uncertainCells: [NEW] }
    const result = aggregateReports(
      [source('甲局', 2025, { [NEW]: '5', [UPHELD]: '1' }), imported],
      target,
    )
    expect(result.ok && result.draft.cells[NEW]).toBeUndefined()
    expect(result.ok && result.draft.cells[UPHELD]).toBe('3')
    expect(result.ok && result.unread).toEqual([{ cell: NEW, agencies: ['丙局'] }])
  })

  it('sums every input cell of many reports', () => {
    const sources = [1, 2, 3].map((n) =>
      source(
        `局${n}`,
        2025,
        Object.fromEntries(INPUT_CELLS.map((c, i) => [c.key, String((i % 7) * n)])),
      ),
    )
    const result = aggregateReports(sources, target)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    INPUT_CELLS.forEach((c, i) => expect(result.draft.cells[c.key]).toBe(String((i % 7) * 6)))
  })

  it('makes a new draft for the chosen agency and year, recording where it came from', () => {
    const result = aggregateReports([source('甲局', 2025, {}, 2), source('乙镇', 2025, {})], target)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.draft.meta.agencyName).toBe('某县人民政府')
    expect(result.draft.meta.year).toBe(2025)
    expect(result.draft.summedFrom).toEqual([
      { agencyName: '甲局', year: 2025, fingerprint: '0000000000000002', errorCount: 2 },
      { agencyName: '乙镇', year: 2025, fingerprint: '0000000000000002', errorCount: 0 },
    ])
    expect(summedFromWarning(result.draft.summedFrom)).toContain('甲局（2处错误）')
  })

  it.each([
    {
      name: 'mixed years',
      sources: [source('甲局', 2025, {}), source('乙局', 2024, {})],
      reason: ['年度不一致', '2024年、2025年', '乙局（2024年）'],
    },
    {
      name: 'every report of another year than the one asked for',
      sources: [source('甲局', 2024, {}), source('乙局', 2024, {})],
      reason: ['甲局（2024年）、乙局（2024年）'],
    },
    {
      name: 'a report without a year',
      sources: [source('甲局', 2025, {}), source('丙局', null, {})],
      reason: ['没有填写报告年度', '丙局'],
    },
    { name: 'nothing selected', sources: [], reason: ['没有选中的报告'] },
    {
      name: 'one agency selected twice (two versions)',
      sources: [
        source('甲局', 2025, { [NEW]: '1' }),
        source('乙局', 2025, {}),
        source('甲局', 2025, { [NEW]: '2' }),
      ],
      reason: ['甲局（2份）', '重复计入'],
    },
    {
      name: 'one agency twice under different spacing and full-width forms',
      sources: [source('某县 财政局', 2025, {}), source('某县财政局', 2025, {})],
      reason: ['某县财政局（2份）'],
    },
  ])('refuses $name with a message', ({ sources, reason }) => {
    const result = aggregateReports(sources, target)
    expect(result.ok).toBe(false)
    for (const part of reason) expect(!result.ok && result.reason).toContain(part)
  })

  it('has no warning when no source had errors', () => {
    expect(summedFromWarning([])).toBeNull()
    expect(summedFromWarning(undefined)).toBeNull()
    expect(
      summedFromWarning([{ agencyName: 'a', year: 2025, fingerprint: 'x', errorCount: 0 }]),
    ).toBeNull()
  })
})

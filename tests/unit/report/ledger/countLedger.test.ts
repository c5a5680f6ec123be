import { describe, expect, it } from 'vitest'
import { checkR1, computeCellValues, parseDraftCells, createEmptyDraft } from '@/report'
import {
  countLedger,
  detectLedger,
  findLedgerLayout,
  ledgerCellKeys,
  ledgerColumnSchema,
  type LedgerKind,
} from '@/report/ledger'
import { readLedgerWorkbook } from '@/ledgerFiles/readLedgerWorkbook'
import {
  APPLICATION_LEDGERS,
  casesXlsx,
  cityXls,
  countyXlsx,
  townshipCsv,
  type LedgerFixture,
} from '../../../fixtures/ledgers/ledgerFixtures'

async function count(fixture: LedgerFixture, kind: LedgerKind, answers = fixture.answers) {
  const sheets = await readLedgerWorkbook(fixture.name, fixture.bytes)
  const layout = findLedgerLayout(kind, sheets)
  if (!layout) throw new Error('no layout')
  const result = countLedger({
    kind,
    sheet: sheets[layout.sheet]!,
    headerRow: layout.headerRow,
    columns: layout.columns,
    year: fixture.year,
    answers,
  })
  return { layout, result }
}

const expectedCells = (fixture: LedgerFixture, kind: LedgerKind) =>
  new Map(ledgerCellKeys(kind).map((key) => [key, fixture.expected[key] ?? 0]))

describe('countLedger: ledgers of different shapes give the table counted by hand', () => {
  it.each([
    ['county .xlsx, merged title, Excel dates, 合计 row', countyXlsx],
    ['city .xls, notes sheet first, text dates, the format’s words', cityXls],
    ['township .csv, other column order, dates with times', townshipCsv],
  ])('%s', async (_label, make) => {
    const fixture = make()
    const { layout, result } = await count(fixture, 'applications')
    expect(layout.sure).toBe(true)
    expect(result.unplaced).toEqual([])
    expect(new Map(result.cells)).toEqual(expectedCells(fixture, 'applications'))
    expect(result.skipped.map((s) => s.row)).toEqual(fixture.skippedRows)
  })

  it('a case ledger gives table 4', async () => {
    const fixture = casesXlsx()
    const { result } = await count(fixture, 'cases')
    expect(result.unplaced).toEqual([])
    expect(new Map(result.cells)).toEqual(expectedCells(fixture, 'cases'))
    expect(result.skipped.map((s) => s.row)).toEqual(fixture.skippedRows)
  })

  it.each([
    [cityXls, 'applications'],
    [townshipCsv, 'applications'],
    [casesXlsx, 'cases'],
  ] as const)(
    'without answers, each unknown wording is asked and its rows are not counted (%#)',
    async (make, kind) => {
      const fixture = make()
      const { result } = await count(fixture, kind, {})
      expect(result.unplaced.map((u) => u.wording)).toEqual(fixture.asked)
      const askedRows = result.unplaced.flatMap((u) => u.rows)
      for (const row of askedRows) {
        expect(result.skipped.map((s) => s.row)).not.toContain(row)
        for (const rows of result.rowsByCell.values()) expect(rows).not.toContain(row)
      }
    },
  )

  it.each(APPLICATION_LEDGERS.map((make) => [make.name, make] as const))(
    '%s: the counted table satisfies R1, and each cell lists the rows it counts',
    async (_name, make) => {
      const fixture = make()
      const { result } = await count(fixture, 'applications')
      const draft = createEmptyDraft(fixture.year)
      for (const [key, value] of result.cells) draft.cells[key] = String(value)
      expect(checkR1(computeCellValues(parseDraftCells(draft)))).toEqual([])
      for (const [key, rows] of result.rowsByCell) expect(rows.length).toBe(result.cells.get(key))
    },
  )

  it('rows outside the year are listed with the reason, never counted', async () => {
    const { result } = await count(countyXlsx(), 'applications')
    expect(result.skipped).toEqual([
      { row: 9, reason: '答复于2024年，不属本年度' },
      { row: 10, reason: '收到于2026年，不属本年度' },
      { row: 15, reason: '合计行，不计入' },
    ])
  })

  it('the same ledger counted for the next year carries the open application over', async () => {
    const fixture = countyXlsx()
    const { result } = await count({ ...fixture, year: 2026 }, 'applications')
    expect(result.cells.get('table3.carriedOver.legal')).toBe(1)
    expect(result.cells.get('table3.carriedForward.legal')).toBe(1)
    expect(result.cells.get('table3.newReceived.natural')).toBe(1)
    expect(result.cells.get('table3.carriedForward.natural')).toBe(1)
  })
})

describe('countLedger: rows that cannot be counted', () => {
  const sheet = (rows: unknown[][]) => ({
    name: 'S',
    rows: [['申请人类型', '收到日期', '答复日期', '办理结果'], ...rows],
  })
  const columns = { applicant: 0, received: 1, answered: 2, outcome: 3 }
  it.each([
    [['自然人', null, '2025-02-01', '同意公开'], '收到日期为空'],
    [['自然人', '去年', '2025-02-01', '同意公开'], '收到日期“去年”无法识别'],
    [['自然人', '2025-01-01', '二月', '同意公开'], '答复日期“二月”无法识别'],
    [['自然人', '2025-03-01', '2025-02-01', '同意公开'], '答复日期早于收到日期'],
    [['', '2025-03-01', '2025-03-02', '同意公开'], '申请人类型为空'],
    [['自然人', '2025-03-01', null, '同意公开'], '有办理结果“同意公开”但无答复日期'],
    [['自然人', '2025-03-01', '2025-03-05', ''], '有答复日期但无办理结果'],
  ])('%j → %s', (row, reason) => {
    const result = countLedger({
      kind: 'applications',
      sheet: sheet([row]),
      headerRow: 0,
      columns,
      year: 2025,
      answers: {},
    })
    expect(result.skipped).toEqual([{ row: 2, reason }])
    expect([...result.cells.values()].every((v) => v === 0)).toBe(true)
  })

  it('without a 答复日期 column (the user said so), a final outcome counts in the year received', () => {
    const result = countLedger({
      kind: 'applications',
      sheet: sheet([
        ['个人', '2025-03-01', null, '同意公开'],
        ['个人', '2024-12-01', null, '同意公开'],
        ['个人', '2025-12-01', null, ''],
      ]),
      headerRow: 0,
      columns: { ...columns, answered: null },
      year: 2025,
      answers: {},
    })
    expect(result.cells.get('table3.newReceived.natural')).toBe(2)
    expect(result.cells.get('table3.disclosed.natural')).toBe(1)
    expect(result.cells.get('table3.carriedForward.natural')).toBe(1)
    expect(result.skipped).toEqual([{ row: 3, reason: '上年收到且无答复日期，无法判断何年办结' }])
  })
})

describe('findLedgerLayout', () => {
  it('is not sure when two columns could be the same role, or 答复日期 is missing', () => {
    const twoDates = [
      { name: 'S', rows: [['申请人类型', '收到日期', '受理日期', '答复日期', '办理结果']] },
    ]
    expect(findLedgerLayout('applications', twoDates)?.sure).toBe(false)
    const noAnswer = [{ name: 'S', rows: [['申请人类型', '收到日期', '办理结果']] }]
    expect(findLedgerLayout('applications', noAnswer)).toMatchObject({
      sure: false,
      columns: { answered: null },
    })
  })
  it('finds nothing in a sheet that is not a ledger', () => {
    expect(
      findLedgerLayout('applications', [
        {
          name: 'S',
          rows: [
            ['姓名', '电话'],
            ['张三', '123'],
          ],
        },
      ]),
    ).toBeNull()
  })
})

describe('ledgerColumnSchema', () => {
  const schema = ledgerColumnSchema('applications', 2, 5)
  const good = { sheet: 1, headerRow: 3, applicant: 0, received: 1, answered: -1, outcome: 4 }
  it('accepts a full choice with 答复日期 left out', () => {
    expect(schema.isValidSync(good)).toBe(true)
  })
  it.each([
    ['a required column missing', { ...good, outcome: undefined }],
    ['a required column as “none”', { ...good, received: -1 }],
    ['one column twice', { ...good, outcome: 1 }],
    ['a column past the sheet', { ...good, outcome: 5 }],
    ['header row 0', { ...good, headerRow: 0 }],
    ['no such sheet', { ...good, sheet: 2 }],
  ])('refuses %s', (_label, form) => {
    expect(schema.isValidSync(form)).toBe(false)
  })
})

describe('countLedger: 合计 rows and cells that only begin like one', () => {
  it.each([
    [['合计', null, null, null], true],
    [['总计：10件', null, null, null], true],
    [['小计 3', null, null, null], true],
    [['自然人', '2025-01-02', '2025-01-09', '同意公开', '总计划文件'], false],
  ])('%j is a total row: %s', (row, isTotal) => {
    const result = countLedger({
      kind: 'applications',
      sheet: { name: 'S', rows: [['申请人类型', '收到日期', '答复日期', '办理结果', '内容'], row] },
      headerRow: 0,
      columns: { applicant: 0, received: 1, answered: 2, outcome: 3 },
      year: 2025,
      answers: {},
    })
    expect(result.skipped.some((s) => s.reason === '合计行，不计入')).toBe(isTotal)
  })
})

describe('detectLedger: a ledger opened beside the other table is read as what it is', () => {
  it.each([
    ['cases', casesXlsx, 'applications', 'cases'],
    ['cases', casesXlsx, 'cases', 'cases'],
    ['applications', countyXlsx, 'cases', 'applications'],
    ['applications', cityXls, 'cases', 'applications'],
    ['applications', townshipCsv, 'applications', 'applications'],
  ] as const)(
    'a %s ledger (%o) opened for %s is counted as %s',
    async (_label, make, opened, kind) => {
      const fixture = make()
      const sheets = await readLedgerWorkbook(fixture.name, fixture.bytes)
      expect(detectLedger(opened, sheets).kind).toBe(kind)
    },
  )
})

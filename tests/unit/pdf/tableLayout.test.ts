import { describe, expect, it } from 'vitest'
import { buildTable2Grid, buildTable3Grid, buildTable4Grid, type TableGrid } from '@/report'
import { lineText } from '@/pdf/layout/lineBreak'
import { layoutTable, type TableLayout } from '@/pdf/layout/tableLayout'
import { placeTableRows } from '@/pdf/layout/placeTable'
import type { RectOp } from '@/pdf/layout/ops'
import { TEXT_BLOCK } from '@/pdf/layout/page'
import { unitMeasure } from './fakeMetrics'
import type { CellKey } from '@/report'

// No figures printed: every cell blank.
const NONE = {} as Record<CellKey, string>

const text = (table: TableLayout, row: number, column: number) =>
  table.cells
    .find((c) => c.row === row && c.column === column)
    ?.lines.map(lineText)
    .join('')

const grids: [string, TableGrid][] = [
  ['table2', buildTable2Grid()],
  ['table3', buildTable3Grid()],
  ['table4', buildTable4Grid()],
]

describe('layoutTable', () => {
  it.each(grids)('%s spans the text block and tiles every slot exactly once', (_name, grid) => {
    const table = layoutTable(grid, NONE, unitMeasure)
    expect(table.columnWidths.reduce((a, b) => a + b, 0)).toBeCloseTo(TEXT_BLOCK.width, 6)
    const area = table.cells.reduce((sum, cell) => {
      const h = table.rowHeights.slice(cell.row, cell.row + cell.rowspan).reduce((a, b) => a + b, 0)
      return sum + cell.width * h
    }, 0)
    const total = TEXT_BLOCK.width * table.rowHeights.reduce((a, b) => a + b, 0)
    expect(area).toBeCloseTo(total, 4)
  })

  it.each([
    // [table, row, column, colspan, rowspan, text]
    ['table2', 0, 0, 4, 1, '第二十条第（一）项'],
    ['table2', 5, 1, 3, 1, '本年处理决定数量'],
    ['table3', 0, 0, 3, 3, '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'],
    ['table3', 0, 3, 7, 1, '申请人情况'],
    ['table3', 1, 3, 1, 2, '自然人'],
    ['table3', 1, 4, 5, 1, '法人或其他组织'],
    ['table3', 1, 9, 1, 2, '总计'],
    ['table3', 3, 0, 3, 1, '一、本年新收政府信息公开申请数量'],
    ['table3', 5, 0, 1, 22, '三、本年度办理结果'],
    ['table3', 7, 1, 1, 8, '（三）不予公开'],
    ['table3', 26, 1, 2, 1, '（七）总计'],
    ['table4', 0, 0, 5, 1, '行政复议'],
    ['table4', 0, 5, 10, 1, '行政诉讼'],
    ['table4', 1, 0, 1, 2, '结果维持'],
    ['table4', 1, 5, 5, 1, '未经复议直接起诉'],
  ] as const)(
    '%s row %d column %d spans %d×%d: %s',
    (name, row, column, colspan, rowspan, label) => {
      const grid = grids.find(([n]) => n === name)![1]
      const table = layoutTable(grid, NONE, unitMeasure)
      const cell = table.cells.find((c) => c.row === row && c.column === column)
      expect(cell).toMatchObject({ colspan, rowspan })
      expect(text(table, row, column)).toBe(label)
    },
  )

  it('prints the fee exactly as typed and counts as plain digits', () => {
    const table = layoutTable(
      buildTable2Grid(),
      { 'table2.fees.amountWan': '4068.208000' } as Record<CellKey, string>,
      unitMeasure,
    )
    const last = table.cells[table.cells.length - 1]!
    expect(text(table, last.row, last.column)).toBe('4068.208000')
  })

  it('makes a spanning cell no shorter than its text needs', () => {
    const table = layoutTable(buildTable3Grid(), NONE, unitMeasure, 40)
    const cell = table.cells.find((c) => c.rowspan === 3)!
    const h = table.rowHeights.slice(cell.row, cell.row + 3).reduce((a, b) => a + b, 0)
    expect(h).toBeGreaterThanOrEqual(cell.lines.length * 4.6)
  })

  it('draws a row-spanning cell on both pages when the table breaks inside it', () => {
    const table = layoutTable(buildTable3Grid(), NONE, unitMeasure)
    const rows = (from: number, to: number) =>
      Array.from({ length: to - from }, (_, i) => ({ row: from + i, y: 40 + i * 8 }))
    const pageA = placeTableRows(table, rows(0, 15), 28)
    const pageB = placeTableRows(table, [...rows(0, 3), ...rows(15, 28)], 28)
    const rects = (ops: typeof pageA) => ops.filter((op): op is RectOp => op.kind === 'rect')
    const resultsLabel = (ops: typeof pageA) =>
      ops.filter((op) => op.kind === 'text' && '三、本年度办理结果'.includes(op.text))
    expect(resultsLabel(pageA).length).toBeGreaterThan(0)
    expect(resultsLabel(pageB).length).toBeGreaterThan(0)
    expect(rects(pageB).length).toBeGreaterThan(rects(pageA).length - 20)
  })
})

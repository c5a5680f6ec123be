import { describe, expect, it } from 'vitest'
import {
  buildTable2Grid,
  buildTable3Grid,
  buildTable4Grid,
  placeGridCells,
  type GridCell,
  type PlacedCell,
  type TableGrid,
} from '../../../src/report'

function textAt(placed: PlacedCell[], row: number, column: number): GridCell | undefined {
  return placed.find((p) => p.row === row && p.column === column)?.cell
}

function spanOf(cell: GridCell | undefined): string {
  if (!cell) return 'none'
  const name = 'text' in cell ? cell.text : cell.cell
  return `${name} ${cell.colspan}x${cell.rowspan}`
}

describe.each([
  ['table2', buildTable2Grid(), 4, 14],
  ['table3', buildTable3Grid(), 10, 28],
  ['table4', buildTable4Grid(), 15, 4],
] as [string, TableGrid, number, number][])('%s grid', (_, grid, columns, rows) => {
  it('covers every slot exactly once', () => {
    expect(() => placeGridCells(grid)).not.toThrow()
    expect(grid.columns).toBe(columns)
    expect(grid.rows).toHaveLength(rows)
  })
})

describe('merged structure', () => {
  it('table 3 header: note 3×3, 申请人情况 7 wide, 自然人 and 总计 two tall', () => {
    const placed = placeGridCells(buildTable3Grid())
    expect(spanOf(textAt(placed, 0, 0))).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） 3x3',
    )
    expect(spanOf(textAt(placed, 0, 3))).toBe('申请人情况 7x1')
    expect(spanOf(textAt(placed, 1, 3))).toBe('自然人 1x2')
    expect(spanOf(textAt(placed, 1, 4))).toBe('法人或其他组织 5x1')
    expect(spanOf(textAt(placed, 1, 9))).toBe('总计 1x2')
    expect(spanOf(textAt(placed, 2, 4))).toBe('商业企业 1x1')
    expect(spanOf(textAt(placed, 2, 8))).toBe('其他 1x1')
  })

  it('table 3 body: 三、本年度办理结果 spans 22 rows; groups span their sub-rows', () => {
    const placed = placeGridCells(buildTable3Grid())
    expect(spanOf(textAt(placed, 3, 0))).toBe('一、本年新收政府信息公开申请数量 3x1')
    expect(spanOf(textAt(placed, 5, 0))).toBe('三、本年度办理结果 1x22')
    expect(spanOf(textAt(placed, 5, 1))).toBe('（一）予以公开 2x1')
    expect(spanOf(textAt(placed, 7, 1))).toBe('（三）不予公开 1x8')
    expect(spanOf(textAt(placed, 15, 1))).toBe('（四）无法提供 1x3')
    expect(spanOf(textAt(placed, 18, 1))).toBe('（五）不予处理 1x5')
    expect(spanOf(textAt(placed, 23, 1))).toBe('（六）其他处理 1x3')
    expect(spanOf(textAt(placed, 26, 1))).toBe('（七）总计 2x1')
    expect(spanOf(textAt(placed, 27, 0))).toBe('四、结转下年度继续办理 3x1')
    expect(textAt(placed, 26, 3)).toMatchObject({
      kind: 'derived',
      cell: 'table3.resultsTotal.natural',
    })
    expect(textAt(placed, 3, 9)).toMatchObject({
      kind: 'derived',
      cell: 'table3.newReceived.total',
    })
    expect(textAt(placed, 3, 3)).toMatchObject({
      kind: 'input',
      cell: 'table3.newReceived.natural',
    })
  })

  it('table 4: 行政复议 5 wide, 行政诉讼 10 wide, its five labels two tall', () => {
    const placed = placeGridCells(buildTable4Grid())
    expect(spanOf(textAt(placed, 0, 0))).toBe('行政复议 5x1')
    expect(spanOf(textAt(placed, 0, 5))).toBe('行政诉讼 10x1')
    expect(spanOf(textAt(placed, 1, 0))).toBe('结果维持 1x2')
    expect(spanOf(textAt(placed, 1, 4))).toBe('总计 1x2')
    expect(spanOf(textAt(placed, 1, 5))).toBe('未经复议直接起诉 5x1')
    expect(spanOf(textAt(placed, 1, 10))).toBe('复议后起诉 5x1')
    expect(spanOf(textAt(placed, 2, 5))).toBe('结果维持 1x1')
    expect(spanOf(textAt(placed, 2, 14))).toBe('总计 1x1')
    expect(textAt(placed, 3, 14)).toMatchObject({
      kind: 'derived',
      cell: 'table4.litigationAfterReconsideration.total',
    })
  })

  it('table 2: band rows span 4; single-value columns span 3', () => {
    const placed = placeGridCells(buildTable2Grid())
    expect(spanOf(textAt(placed, 0, 0))).toBe('第二十条第（一）项 4x1')
    expect(spanOf(textAt(placed, 1, 1))).toBe('本年制发件数 1x1')
    expect(spanOf(textAt(placed, 4, 0))).toBe('第二十条第（五）项 4x1')
    expect(spanOf(textAt(placed, 5, 1))).toBe('本年处理决定数量 3x1')
    expect(spanOf(textAt(placed, 6, 1))).toBe('table2.licensing.decisions 3x1')
    expect(spanOf(textAt(placed, 12, 1))).toBe('本年收费金额（单位：万元） 3x1')
    expect(spanOf(textAt(placed, 13, 1))).toBe('table2.fees.amountWan 3x1')
  })

  it('a ragged grid is rejected', () => {
    const bad: TableGrid = {
      table: 'table2',
      columns: 2,
      headerRows: 0,
      rows: [{ role: 'body', cells: [{ kind: 'label', text: 'x', colspan: 3, rowspan: 1 }] }],
    }
    expect(() => placeGridCells(bad)).toThrow(/overflows/)
  })
})

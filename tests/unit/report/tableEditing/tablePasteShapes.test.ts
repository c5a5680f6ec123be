import { describe, expect, it } from 'vitest'
import {
  TABLE3_INPUT_COLUMNS,
  TABLE3_ROWS,
  TABLE4_GROUPS,
  buildTable2Grid,
  buildTable3Grid,
  buildTable4Grid,
  computeCellValues,
  parseCell,
} from '../../../../src/report'
import { buildInputMatrix } from '../../../../src/report/tableEditing/tableGridModel'
import {
  compareTotals,
  recogniseWholeTable,
  wholeTableShapes,
} from '../../../../src/report/tableEditing/tablePasteShapes'
import type { CellKey } from '@/report'

const t2 = wholeTableShapes(buildInputMatrix(buildTable2Grid()))
const t3 = wholeTableShapes(buildInputMatrix(buildTable3Grid()))
const t4 = wholeTableShapes(buildInputMatrix(buildTable4Grid()))

/** A block of `height` × `width` distinct numbers, written independently of the shapes. */
const block = (height: number, width: number, start = 1) =>
  Array.from({ length: height }, (_, i) =>
    Array.from({ length: width }, (_, j) => String(start + i * width + j)),
  )

describe('wholeTableShapes', () => {
  it('table 3 has 25×7, 25×6, 24×7 and 24×6; table 4 has 1×15, 1×12, 3×5, 3×4; table 2 none', () => {
    expect(t3.map((s) => `${s.height}×${s.width}`).sort()).toEqual(['24×6', '24×7', '25×6', '25×7'])
    expect(t4.map((s) => `${s.height}×${s.width}`).sort()).toEqual(['1×12', '1×15', '3×4', '3×5'])
    expect(t2).toEqual([])
  })
})

describe('recogniseWholeTable: which pasted value lands where', () => {
  const resultsTotalIndex = TABLE3_ROWS.findIndex((row) => row.derived)
  it.each([
    [25, 7, 'table3.resultsTotal.natural', '174', 144, 31],
    [25, 6, 'table3.resultsTotal.natural', '150', 144, 6],
    [24, 7, 'table3.otherOther.total', '167', 144, 24],
    [24, 6, 'table3.otherOther.otherOrg', '144', 144, 0],
  ])('table 3 as %i × %i', (height, width, probe, lastValue, inputCount, totalCount) => {
    const found = recogniseWholeTable(t3, block(height, width))
    expect(found).not.toBeNull()
    expect(found!.inputs).toHaveLength(inputCount)
    expect(found!.totals).toHaveLength(totalCount)
    const all = new Map([...found!.inputs, ...found!.totals])
    expect(all.get('table3.newReceived.natural')).toBe('1')
    expect(all.has(probe as CellKey)).toBe(true)
    // The last pasted value lands on the last input cell (四、结转下年度, 其他).
    expect(found!.inputs.at(-1)).toEqual(['table3.carriedForward.otherOrg', lastValue])
    expect(
      found!.totals.every(([key]) => key.endsWith('.total') || key.includes('resultsTotal')),
    ).toBe(true)
    if (height === 25) expect(resultsTotalIndex).toBe(23)
  })

  it('table 4 as one row of 15: the three 总计 are totals', () => {
    const found = recogniseWholeTable(t4, block(1, 15))!
    expect(found.totals.map(([key]) => key)).toEqual(TABLE4_GROUPS.map((g) => `table4.${g}.total`))
    expect(found.totals.map(([, text]) => text)).toEqual(['5', '10', '15'])
    expect(found.inputs[4]).toEqual(['table4.litigationDirect.upheld', '6'])
  })

  it('table 4 as three rows of 5 and of 4', () => {
    const five = recogniseWholeTable(t4, block(3, 5))!
    expect(
      five.inputs.find(([key]) => key === 'table4.litigationAfterReconsideration.pending'),
    ).toEqual(['table4.litigationAfterReconsideration.pending', '14'])
    const four = recogniseWholeTable(t4, block(3, 4, 10))!
    expect(four.totals).toEqual([])
    expect(four.inputs.at(-1)).toEqual(['table4.litigationAfterReconsideration.pending', '21'])
  })

  it('leaves out the row labels and header rows of a copy of the printed table', () => {
    const header = [
      [
        '',
        '',
        '',
        '自然人',
        '商业企业',
        '科研机构',
        '社会公益组织',
        '法律服务机构',
        '其他',
        '总计',
      ],
    ]
    const body = block(25, 7).map((row, i) => [
      i < 2 || i === 24 ? TABLE3_ROWS[i]!.label : i === 2 ? '三、本年度办理结果' : '',
      '',
      TABLE3_ROWS[i]!.label,
      ...row,
    ])
    const found = recogniseWholeTable(t3, [...header, ...body])!
    expect(found.skippedRows).toBe(1)
    expect(found.skippedColumns).toBe(3)
    expect(found.inputs[0]).toEqual(['table3.newReceived.natural', '1'])
  })

  it('pads short rows and ignores a blank trailing line', () => {
    const rows = block(3, 5)
    rows[2] = rows[2]!.slice(0, 3)
    const found = recogniseWholeTable(t4, [...rows, ['']])!
    expect(found.shape.width).toBe(5)
    expect(found.totals.at(-1)).toEqual(['table4.litigationAfterReconsideration.total', ''])
  })

  it.each([
    ['an ordinary small block', t3, block(2, 3)],
    ['one row too many', t3, block(26, 7)],
    ['one column too few', t3, block(25, 5)],
    ['table 4 as 2 rows', t4, block(2, 5)],
    ['a wide block with numbers in the first column', t3, block(25, 9)],
    ['any block in table 2', t2, block(6, 3)],
  ])('%s is not a whole table', (_, shapes, rows) => {
    expect(recogniseWholeTable(shapes, rows)).toBeNull()
  })
})

it('a first column of 无 is data, not labels: nothing is skipped', () => {
  const found = recogniseWholeTable(
    t3,
    block(25, 7).map((row) => ['无', ...row.slice(1)]),
  )!
  expect(found.skippedColumns).toBe(0)
  expect(found.inputs[0]).toEqual(['table3.newReceived.natural', '无'])
})

describe('compareTotals', () => {
  const values = computeCellValues(
    new Map(
      TABLE3_INPUT_COLUMNS.map((column) => [
        `table3.newReceived.${column}`,
        parseCell('2', 'count'),
      ]),
    ),
  )
  it.each([
    ['equal', '12', []],
    ['different', '13', [{ key: 'table3.newReceived.total', pasted: '13', computed: '12' }]],
    ['full-width and grouped', '１２', []],
    ['blank (not stated)', '', []],
    ['unreadable (not compared)', '—', []],
  ])('a stated total that is %s', (_, stated, expected) => {
    expect(compareTotals([['table3.newReceived.total', stated]], values)).toEqual(expected)
  })
  it('a stated total over blank parts compares with 0', () => {
    expect(compareTotals([['table3.carriedOver.total', '3']], values)).toEqual([
      { key: 'table3.carriedOver.total', pasted: '3', computed: '0' },
    ])
  })
})

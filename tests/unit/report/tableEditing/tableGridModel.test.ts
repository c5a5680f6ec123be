import { describe, expect, it } from 'vitest'
import { buildTable2Grid, buildTable3Grid, buildTable4Grid } from '../../../../src/report'
import {
  blockTargets,
  buildInputMatrix,
  cellsInRange,
  isBlock,
  moveFrom,
  parseTsv,
  rowEdge,
  toTsv,
  type Direction,
} from '../../../../src/report/tableEditing/tableGridModel'

const t2 = buildInputMatrix(buildTable2Grid())
const t3 = buildInputMatrix(buildTable3Grid())
const t4 = buildInputMatrix(buildTable4Grid())

describe('moveFrom', () => {
  it.each([
    [t3, 'table3.newReceived.natural', 'right', 'table3.newReceived.commercial'],
    [t3, 'table3.newReceived.otherOrg', 'right', null],
    [t3, 'table3.newReceived.natural', 'left', null],
    [t3, 'table3.newReceived.natural', 'down', 'table3.carriedOver.natural'],
    [t3, 'table3.newReceived.natural', 'up', null],
    [t3, 'table3.carriedOver.legal', 'down', 'table3.disclosed.legal'],
    [t3, 'table3.otherOther.research', 'down', 'table3.carriedForward.research'],
    [t3, 'table3.carriedForward.research', 'up', 'table3.otherOther.research'],
    [t3, 'table3.withheldStateSecret.natural', 'up', 'table3.partiallyDisclosed.natural'],
    [t4, 'table4.reconsideration.pending', 'right', 'table4.litigationDirect.upheld'],
    [
      t4,
      'table4.litigationDirect.pending',
      'right',
      'table4.litigationAfterReconsideration.upheld',
    ],
    [t2, 'table2.regulations.issued', 'down', 'table2.normativeDocuments.issued'],
    [t2, 'table2.normativeDocuments.issued', 'down', 'table2.licensing.decisions'],
    [t2, 'table2.licensing.decisions', 'down', 'table2.punishment.decisions'],
    [t2, 'table2.coercion.decisions', 'down', 'table2.fees.amountWan'],
    [t2, 'table2.regulations.inForce', 'down', 'table2.normativeDocuments.inForce'],
    [t2, 'table2.licensing.decisions', 'right', null],
  ] as const)('%#: %s %s → %s', (matrix, from, direction, to) => {
    expect(moveFrom(matrix, from, direction as Direction)).toBe(to)
  })
})

describe('rowEdge', () => {
  it.each([
    ['table3.disclosed.research', 'start', 'table3.disclosed.natural'],
    ['table3.disclosed.research', 'end', 'table3.disclosed.otherOrg'],
  ] as const)('%s %s → %s', (from, edge, to) => {
    expect(rowEdge(t3, from, edge)).toBe(to)
  })
})

describe('cellsInRange', () => {
  it('takes the rectangle between two cells, skipping totals', () => {
    expect(cellsInRange(t3, 'table3.otherOther.legal', 'table3.carriedForward.natural')).toEqual([
      [
        'table3.otherOther.natural',
        'table3.otherOther.commercial',
        'table3.otherOther.research',
        'table3.otherOther.publicInterest',
        'table3.otherOther.legal',
      ],
      [
        'table3.carriedForward.natural',
        'table3.carriedForward.commercial',
        'table3.carriedForward.research',
        'table3.carriedForward.publicInterest',
        'table3.carriedForward.legal',
      ],
    ])
  })
})

describe('blockTargets', () => {
  it('a 2×3 block from 一/自然人 fills six cells', () => {
    expect(blockTargets(t3, 'table3.newReceived.natural', 2, 3)).toEqual({
      ok: true,
      cells: [
        [
          'table3.newReceived.natural',
          'table3.newReceived.commercial',
          'table3.newReceived.research',
        ],
        [
          'table3.carriedOver.natural',
          'table3.carriedOver.commercial',
          'table3.carriedOver.research',
        ],
      ],
    })
  })

  it.each([
    ['into the 总计 column', t3, 'table3.newReceived.legal', 1, 3, '自动合计'],
    ['onto the derived （七）总计 row', t3, 'table3.otherOther.natural', 2, 1, '自动合计'],
    ['below the last row', t3, 'table3.carriedForward.natural', 2, 1, '只剩1行'],
    ['past the right edge', t4, 'table4.litigationAfterReconsideration.pending', 1, 2, '自动合计'],
  ] as const)('refuses a block %s', (_, matrix, start, height, width, reason) => {
    const result = blockTargets(matrix, start, height, width)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.reason).toContain(reason)
  })

  it('table 2 maps one value per merged cell', () => {
    expect(blockTargets(t2, 'table2.punishment.decisions', 2, 1)).toEqual({
      ok: true,
      cells: [['table2.punishment.decisions'], ['table2.coercion.decisions']],
    })
  })
})

describe('tab-separated text', () => {
  it.each([
    [
      '1\t2\t3\n4\t5\t6\n',
      [
        ['1', '2', '3'],
        ['4', '5', '6'],
      ],
    ],
    [
      '1\t2\r\n3\t4',
      [
        ['1', '2'],
        ['3', '4'],
      ],
    ],
    ['7', [['7']]],
  ])('parseTsv(%j)', (text, rows) => {
    expect(parseTsv(text)).toEqual(rows)
  })

  it.each([
    ['1\t2', true],
    ['1\n2', true],
    ['12\n', false],
    ['12', false],
  ])('isBlock(%j) = %s', (text, block) => {
    expect(isBlock(text)).toBe(block)
  })

  it('round-trips through toTsv', () => {
    const rows = [
      ['1', ''],
      ['3', '4'],
    ]
    expect(parseTsv(toTsv(rows))).toEqual(rows)
  })
})

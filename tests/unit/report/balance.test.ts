import { describe, expect, it } from 'vitest'
import {
  checkR1,
  checkR2,
  checkR3,
  checkR4,
  computeDraftValues,
  type CellValues,
  type ParsedCell,
} from '../../../src/report'
import { balancedDraft } from '../../fixtures/balancedReport'
import { seedDraft } from '../../fixtures/seedDraft'
import type { CellKey } from '@/report'

function withCells(cells: Record<string, string>): ReturnType<typeof balancedDraft> {
  const draft = balancedDraft()
  Object.assign(draft.cells, cells)
  return draft
}

describe('R1', () => {
  it('the seed (all zeros) balances', () => {
    expect(checkR1(computeDraftValues(seedDraft()))).toEqual([])
  })

  it('the constructed non-zero report balances', () => {
    expect(checkR1(computeDraftValues(balancedDraft()))).toEqual([])
  })

  it.each([
    ['one more new application', 'table3.newReceived.research', +1, '科研机构列'],
    ['one fewer carried over', 'table3.carriedOver.natural', -1, '自然人列'],
    ['one more result', 'table3.otherOther.legal', +1, '法律服务机构列'],
    ['one more carried forward', 'table3.carriedForward.otherOrg', +5, '其他列'],
  ])('%s breaks its column; the 总计 column is folded into it', (_, key, delta, column) => {
    const draft = balancedDraft()
    draft.cells[key as CellKey] = String(Number(draft.cells[key as CellKey]) + delta)
    const findings = checkR1(computeDraftValues(draft))
    expect(findings.map((f) => f.message.split('：')[0])).toEqual([column])
    expect(findings[0]?.message).toContain(`相差${Math.abs(delta)}`)
    expect(findings[0]?.cells).toContain(key.replace(/\.[a-zA-Z]+\.(\w+)$/, '.newReceived.$1'))
    expect(findings.every((f) => f.rule === 'R1' && f.severity === 'error')).toBe(true)
  })

  it('two columns off in opposite ways are both named; 总计 balances and is not', () => {
    const draft = balancedDraft()
    draft.cells['table3.newReceived.natural'] = String(
      Number(draft.cells['table3.newReceived.natural']) + 2,
    )
    draft.cells['table3.newReceived.legal'] = String(
      Number(draft.cells['table3.newReceived.legal']) + 3,
    )
    expect(checkR1(computeDraftValues(draft)).map((f) => f.message.split('：')[0])).toEqual([
      '自然人列',
      '法律服务机构列',
    ])
  })

  it('names the numbers, like “自然人列：一＋二＝12，三（七）＋四＝11，相差1”', () => {
    const draft = withCells({})
    draft.cells = {
      'table3.newReceived.natural': '10',
      'table3.carriedOver.natural': '2',
      'table3.disclosed.natural': '9',
      'table3.carriedForward.natural': '2',
    }
    const [finding] = checkR1(computeDraftValues(draft))
    expect(finding?.message).toBe('自然人列：一＋二＝12，三（七）＋四＝11，相差1')
  })

  it('skips a column with an invalid term (V1 reports it) and a column that is all blank', () => {
    const draft = withCells({ 'table3.newReceived.natural': 'abc' })
    const findings = checkR1(computeDraftValues(draft))
    expect(findings.map((f) => f.message)).toEqual([])
    draft.cells = {}
    expect(checkR1(computeDraftValues(draft))).toEqual([])
  })
})

// R2–R4 check totals a source states, so their inputs are maps with stated total values.
function stated(entries: Record<string, number>): CellValues {
  const map = new Map<CellKey, ParsedCell>()
  for (const [key, value] of Object.entries(entries)) {
    map.set(key as CellKey, { status: 'valid', value, text: String(value) })
  }
  return map
}

describe('R2–R4 over stated totals', () => {
  it.each([
    [
      'R2 holds',
      checkR2,
      {
        'table3.newReceived.natural': 3,
        'table3.newReceived.legal': 4,
        'table3.newReceived.total': 7,
      },
      [],
    ],
    [
      'R2 broken',
      checkR2,
      {
        'table3.newReceived.natural': 3,
        'table3.newReceived.legal': 4,
        'table3.newReceived.total': 8,
      },
      ['“一、本年新收政府信息公开申请数量”行：总计为8，各类申请人之和为7，相差1'],
    ],
    [
      'R3 holds',
      checkR3,
      {
        'table3.disclosed.natural': 5,
        'table3.otherOther.natural': 2,
        'table3.resultsTotal.natural': 7,
      },
      [],
    ],
    [
      'R3 broken',
      checkR3,
      {
        'table3.disclosed.natural': 5,
        'table3.otherOther.natural': 2,
        'table3.resultsTotal.natural': 6,
      },
      ['自然人列：（七）总计为6，（一）至（六）各项之和为7，相差1'],
    ],
    [
      'R4 holds',
      checkR4,
      {
        'table4.reconsideration.upheld': 2,
        'table4.reconsideration.pending': 1,
        'table4.reconsideration.total': 3,
      },
      [],
    ],
    [
      'R4 broken',
      checkR4,
      { 'table4.litigationDirect.upheld': 2, 'table4.litigationDirect.total': 5 },
      ['未经复议直接起诉：总计为5，结果维持＋结果纠正＋其他结果＋尚未审结＝2，相差3'],
    ],
  ] as [string, (v: CellValues) => { message: string }[], Record<string, number>, string[]][])(
    '%s',
    (_, check, entries, messages) => {
      expect(check(stated(entries)).map((f) => f.message)).toEqual(messages)
    },
  )

  it('derived totals satisfy R2–R4 by construction', () => {
    const values = computeDraftValues(balancedDraft())
    expect([...checkR2(values), ...checkR3(values), ...checkR4(values)]).toEqual([])
  })
})

// The shared piece order of the main faces: the ranking (tables of cases) and the committed
// order (scripts/lib/char-order.txt) the font build reads.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { RANKED_LIMIT, rankedOrder } from '../../../../scripts/lib/charOrder.mjs'

const committed = [
  ...readFileSync(
    new URL('../../../../scripts/lib/char-order.txt', import.meta.url),
    'utf8',
  ).trim(),
]
const cps = (text: string) => [...text].map((c) => c.codePointAt(0) as number)
const chars = (order: number[]) => String.fromCodePoint(...order)

describe('rankedOrder', () => {
  const charset = new Set(cps('的一是公开信息政府年报告申请甲乙丙'))
  it.each([
    ['corpus characters by count, then the list', ['公公开开开'], ['的', '一'], '开公的一'],
    ['ties in the corpus by the list', ['开公'], ['公', '开'], '公开'],
    ['nothing outside the charset', ['㐀开'], ['丁', '一'], '开一'],
    ['no character twice', ['的的一'], ['一', '的', '是'], '的一是'],
    ['the list alone without a corpus', [], ['是', '一'], '是一'],
  ])('ranks %s', (_, corpusTexts, ranking, expected) => {
    expect(chars(rankedOrder({ charset, corpusTexts, ranking }))).toBe(expected)
  })

  it(`stops the list at ${RANKED_LIMIT} characters`, () => {
    const many = Array.from({ length: RANKED_LIMIT + 10 }, (_, i) =>
      String.fromCodePoint(0x4e00 + i),
    )
    const all = new Set(many.map((c) => c.codePointAt(0) as number))
    const order = rankedOrder({ charset: all, corpusTexts: [], ranking: many })
    expect(order.length).toBe(RANKED_LIMIT)
  })
})

describe('the committed order', () => {
  it('has every character once', () => {
    expect(new Set(committed).size).toBe(committed.length)
  })

  it('puts the commonest characters of government texts first', () => {
    const head = new Set(committed.slice(0, 200))
    expect([...'政府信息公开申请'].filter((c) => !head.has(c))).toEqual([])
  })
})

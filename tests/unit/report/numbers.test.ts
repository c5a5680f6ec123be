import { describe, expect, it } from 'vitest'
import { parseCell } from '../../../src/report'

describe('V1: counts', () => {
  it.each([
    ['0', 0],
    ['12', 12],
    ['１２', 12],
    [' 12 ', 12],
    ['\u300012\u3000', 12],
    ['1,234', 1234],
    ['1，234', 1234],
    ['12,345,678', 12345678],
    ['007', 7],
  ])('accepts %j as %i', (raw, value) => {
    expect(parseCell(raw, 'count')).toMatchObject({ status: 'valid', value })
  })

  it.each([
    ['-1', '负数'],
    ['−1', '负数'],
    ['－1', '负数'],
    ['1.5', '整数'],
    ['abc', '整数'],
    ['/', '没有请填0'],
    ['无', '没有请填0'],
    ['-', '没有请填0'],
    ['12元', '单位'],
    ['12件', '单位'],
    ['1e3', '科学计数法'],
    ['1,23', '千分位'],
    ['1 2', '空格'],
    ['12.0.1', '整数'],
    ['99999999999999999999', '太大'],
  ])('rejects %j with a reason about %s', (raw, reason) => {
    const parsed = parseCell(raw, 'count')
    expect(parsed.status).toBe('invalid')
    expect(parsed.status === 'invalid' && parsed.reason).toContain(reason)
  })

  it.each(['', '   ', '\u3000'])('reads %j as blank', (raw) => {
    expect(parseCell(raw, 'count')).toEqual({ status: 'blank' })
  })
})

describe('V1: the fee in 万元', () => {
  it.each([
    ['0', '0'],
    ['9116.36', '9116.36'],
    ['4068.208', '4068.208'],
    ['24252.311082', '24252.311082'],
    ['4068.200', '4068.200'],
    ['１２.５', '12.5'],
    ['1,234.5', '1234.5'],
  ])('keeps %j exactly as %j', (raw, text) => {
    expect(parseCell(raw, 'amount')).toMatchObject({ status: 'valid', text })
  })

  it.each([
    ['1.1234567', '6位小数'],
    ['-3.5', '负数'],
    ['12万元', '单位'],
    ['abc', '万元'],
    ['.5', '万元'],
  ])('rejects %j (%s)', (raw, reason) => {
    const parsed = parseCell(raw, 'amount')
    expect(parsed.status === 'invalid' && parsed.reason).toContain(reason)
  })
})

import { describe, expect, it } from 'vitest'
import { parseLedgerDate } from '@/report/ledger'

describe('parseLedgerDate', () => {
  it.each([
    [46027, [2026, 1, 5]], // Excel serial of 2026-01-05
    [45292, [2024, 1, 1]],
    [45351.75, [2024, 2, 29]], // a serial with a time of day
    ['46027', [2026, 1, 5]],
    ['2026/1/5', [2026, 1, 5]],
    ['2026年1月5日', [2026, 1, 5]],
    ['2026 年 1 月 5 日', [2026, 1, 5]],
    ['2026.01.05', [2026, 1, 5]],
    ['2026年1月5号', [2026, 1, 5]],
    ['2026-01-05', [2026, 1, 5]],
    ['2026-01-05 14:30:00', [2026, 1, 5]],
    ['２０２６年１２月３１日', [2026, 12, 31]],
    ['20260105', [2026, 1, 5]],
    [20260105, [2026, 1, 5]],
  ])('reads %j', (input, [year, month, day]) => {
    expect(parseLedgerDate(input)).toEqual({ year, month, day })
  })

  it.each([
    [null],
    [''],
    ['待补'],
    ['2026年13月5日'],
    ['2025/2/29'],
    ['1/5/2026'],
    ['5.1'],
    [12],
    [true],
    ['2026年1月'],
  ])('refuses %j', (input) => {
    expect(parseLedgerDate(input)).toBeNull()
  })
})

import { describe, expect, it } from 'vitest'
import { LEDGER_ANSWERS_KEY, readLedgerAnswers, writeLedgerAnswers } from '@/storage'
import { FaultyStorage } from './faultyStorage'

describe('ledger answers in this browser', () => {
  it('are written and read back', () => {
    const storage = new FaultyStorage()
    expect(writeLedgerAnswers(storage, { 'outcome:视为放弃': 'otherOther' })).toBe(true)
    expect(readLedgerAnswers(storage)).toEqual({ 'outcome:视为放弃': 'otherOther' })
  })

  it.each([
    ['not JSON', '{'],
    ['an array', '[1,2]'],
    ['null', 'null'],
  ])('read as none when the stored value is %s', (_label, raw) => {
    const storage = new FaultyStorage()
    storage.setItem(LEDGER_ANSWERS_KEY, raw)
    expect(readLedgerAnswers(storage)).toEqual({})
  })

  it('drop entries that are not text', () => {
    const storage = new FaultyStorage()
    storage.setItem(
      LEDGER_ANSWERS_KEY,
      JSON.stringify({ 'outcome:a': 'disclosed', 'outcome:b': 3 }),
    )
    expect(readLedgerAnswers(storage)).toEqual({ 'outcome:a': 'disclosed' })
  })

  it.each(['quota', 'security'] as const)('report a %s fault as not kept', (fault) => {
    const storage = new FaultyStorage()
    storage.fault = fault
    expect(writeLedgerAnswers(storage, { 'outcome:a': 'disclosed' })).toBe(false)
  })
})

// Where each draft came from: a map beside the drafts that never breaks them when damaged.
import { describe, expect, it } from 'vitest'
import { MemoryStorage, ORIGINS_KEY, readOrigins, writeOrigin } from '../../../src/storage'
import { FaultyStorage } from './faultyStorage'

describe('draft origins', () => {
  it('records and reads back origins by draft id', () => {
    const storage = new MemoryStorage()
    expect(writeOrigin(storage, 'a', '导入：县民政局2021.json')).toBe(true)
    expect(writeOrigin(storage, 'b', '副本：县民政局 2021年')).toBe(true)
    expect(readOrigins(storage)).toEqual({
      a: '导入：县民政局2021.json',
      b: '副本：县民政局 2021年',
    })
  })

  it.each([
    ['not JSON', '{oops'],
    ['a list', '["a"]'],
    ['null', 'null'],
  ])('reads %s as no origins', (_, text) => {
    const storage = new MemoryStorage()
    storage.setItem(ORIGINS_KEY, text)
    expect(readOrigins(storage)).toEqual({})
  })

  it('drops entries that are not text and keeps the rest', () => {
    const storage = new MemoryStorage()
    storage.setItem(ORIGINS_KEY, JSON.stringify({ a: '新建', b: 3, c: null }))
    expect(readOrigins(storage)).toEqual({ a: '新建' })
  })

  it('says false when storage refuses the write', () => {
    const storage = new FaultyStorage()
    storage.fault = 'quota'
    expect(writeOrigin(storage, 'a', '副本：x')).toBe(false)
  })
})

import { describe, expect, it } from 'vitest'
import { parseJsonSafely } from '../../../src/report/draftFileImport'

describe('parseJsonSafely', () => {
  it.each([
    ['a key __proto__', '{"a":1,"__proto__":{"polluted":true}}'],
    ['a nested constructor', '{"a":{"constructor":{"x":1},"b":2}}'],
    ['a key prototype in an array', '[{"prototype":1,"c":3}]'],
    ['__proto__ spelled with a \\u escape', '{"\\u005f_proto__":{"polluted":true},"a":1}'],
    ['constructor spelled with \\u escapes', '{"\\u0063onstructor":1,"a":1}'],
  ])('drops %s', (_, text) => {
    const parsed = parseJsonSafely(text)
    const keys: string[] = []
    JSON.stringify(parsed, (key, value: unknown) => (keys.push(key), value))
    expect(keys.filter((key) => ['__proto__', 'constructor', 'prototype'].includes(key))).toEqual(
      [],
    )
    expect(Object.hasOwn(parsed as object, '__proto__')).toBe(false)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it.each([
    [
      'a draft-like object',
      '{"meta":{"agencyName":"某县人民政府","year":2026},"cells":[1,2,null]}',
    ],
    ['a text that mentions a word only in a value', '{"note":"constructor of prototype"}'],
    ['escapes in values', '{"a":"\\u4e2d\\u6587","b":"line\\nbreak"}'],
  ])('reads %s as JSON.parse does', (_, text) => {
    const plain = JSON.parse(text) as unknown
    expect(parseJsonSafely(text)).toEqual(plain)
  })

  it('refuses what is not JSON', () => {
    expect(() => parseJsonSafely('{"a":')).toThrow()
  })
})

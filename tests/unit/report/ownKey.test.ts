// Keyed tables are read by own property only: names from pasted text never reach Object.prototype.
import { describe, expect, it } from 'vitest'
import { draftPathLabel, readDraftFile } from '../../../src/report'
import { decodeEntities } from '../../../src/report/import/entities'
import { htmlToText } from '../../../src/report/import/html'
import { readNumber } from '../../../src/report/warnings'

const PROTOTYPE_NAMES = ['constructor', 'toString', 'valueOf', 'hasOwnProperty', '__proto__']

describe('entities', () => {
  it.each(PROTOTYPE_NAMES)('&%s; stays as written', (name) => {
    expect(decodeEntities(`a&${name};b`)).toBe(`a&${name};b`)
  })

  it.each([
    ['&nbsp;', '\u00a0'],
    ['&AMP;', '&'],
    ['&#20013;&#x6587;', '中文'],
  ])('%s still decodes', (text, decoded) => {
    expect(decodeEntities(text)).toBe(decoded)
  })

  it('an HTML table with &constructor; and an attribute named constructor reads as text', () => {
    const text = htmlToText('<table><tr><td constructor="x">&constructor;</td></tr></table>')
    expect(text).toContain('&constructor;')
    expect(text).not.toContain('function')
  })
})

describe('other keyed tables', () => {
  it.each(['constructor', 'toString'])('%s is not a numeral or a field name', (name) => {
    expect(readNumber(name)).toBeNull()
    expect(draftPathLabel(name as never)).toBe(name)
  })

  it('a draft file with a problem under a prototype name says so plainly', () => {
    const result = readDraftFile(
      '{"kind":"zfxxgk-annual-report","schemaVersion":1,"format":"2021"}',
    )
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join('')).not.toContain('function')
  })
})

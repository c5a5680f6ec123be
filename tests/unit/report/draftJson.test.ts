import { describe, expect, it } from 'vitest'
import {
  createEmptyDraft,
  draftFileName,
  draftToDocument,
  readDraftFile,
  serializeDraftFile,
  type JsonObject,
} from '../../../src/report'
import { balancedDraft } from '../../fixtures/balancedReport'

const validDoc = (): JsonObject => draftToDocument(balancedDraft()).document
const edit = (change: (doc: JsonObject) => void): string => {
  const doc = JSON.parse(JSON.stringify(validDoc())) as JsonObject
  change(doc)
  return JSON.stringify(doc)
}
const table3 = (doc: JsonObject) => doc.table3 as Record<string, Record<string, unknown>>

describe('export', () => {
  it('writes numbers, null for blank, amounts as decimal strings, and no totals', () => {
    const draft = createEmptyDraft(2021)
    draft.cells['table3.newReceived.natural'] = '１２'
    draft.cells['table2.fees.amountWan'] = '4068.208'
    const { document, invalidCells } = draftToDocument(draft)
    expect(invalidCells).toEqual([])
    expect(table3(document).newReceived).toEqual({
      natural: 12,
      commercial: null,
      research: null,
      publicInterest: null,
      legal: null,
      otherOrg: null,
    })
    expect((document.table2 as JsonObject).fees).toEqual({ amountWan: '4068.208' })
    expect(Object.keys(document)).toEqual([
      'kind',
      'format',
      'schemaVersion',
      'meta',
      'preamble',
      'narrative',
      'table2',
      'table3',
      'table4',
    ])
  })

  it('writes a cell that is not a number as null and keeps its text in editorText', () => {
    const draft = createEmptyDraft(2021)
    draft.cells['table4.reconsideration.upheld'] = '12元'
    const { document, invalidCells } = draftToDocument(draft)
    expect(invalidCells).toEqual(['table4.reconsideration.upheld'])
    expect(document.editorText).toEqual({ 'table4.reconsideration.upheld': '12元' })
    const back = readDraftFile(JSON.stringify(document))
    expect(back.ok && back.draft.cells['table4.reconsideration.upheld']).toBe('12元')
  })

  it('names the file from agency and year', () => {
    const draft = createEmptyDraft(2021)
    draft.meta.agencyName = '市/知识产权 中心'
    expect(draftFileName(draft)).toBe('市知识产权中心2021年年度报告草稿.json')
  })
})

describe('import', () => {
  it('round-trips a draft and keeps fields it does not know', () => {
    const text = edit((doc) => {
      doc.reviewer = { name: '张三' }
      ;(doc.meta as JsonObject).contact = '李四'
      table3(doc).newReceived!.note = 'x'
    })
    const result = readDraftFile(text)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.draft.cells).toEqual(balancedDraft().cells)
    expect(result.extra).toEqual({
      reviewer: { name: '张三' },
      meta: { contact: '李四' },
      table3: { newReceived: { note: 'x' } },
    })
    const again = JSON.parse(serializeDraftFile(result.draft, result.extra)) as JsonObject
    expect(again.reviewer).toEqual({ name: '张三' })
    expect((again.meta as JsonObject).contact).toBe('李四')
    expect(table3(again).newReceived?.note).toBe('x')
  })

  it.each([
    ['a small note', 1000, true],
    ['64 KB of notes', 60 * 1024, true],
    ['a multi-megabyte blob', 3 * 1024 * 1024, false],
  ])('unknown fields: %s is kept only within the cap', (_, size, ok) => {
    const text = edit((doc) => (doc.blob = 'x'.repeat(size)))
    const result = readDraftFile(text)
    expect(result.ok).toBe(ok)
    if (!result.ok) expect(result.problems[0]).toMatch(/不认识的字段（blob）.*超过 64 KB 上限/)
  })

  it('ignores __proto__, constructor and prototype keys', () => {
    const text =
      validDoc() &&
      JSON.stringify(validDoc()).replace(
        '{"kind"',
        '{"__proto__":{"polluted":1},"constructor":{"prototype":{"bad":1}},"kind"',
      )
    const result = readDraftFile(text.replace('"meta":{', '"meta":{"__proto__":{"x":1},'))
    expect(result.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(result.ok && result.extra).toBeUndefined()
  })

  it.each([
    ['not JSON', '{"kind": ', ['不是有效的 JSON']],
    ['the wrong kind', JSON.stringify({ kind: 'something-else' }), ['kind 应为']],
    ['an array', '[1]', ['kind 应为']],
    [
      'a newer schema version',
      edit((d) => (d.schemaVersion = 3)),
      ['格式版本为 3，比本程序支持的版本（2）新'],
    ],
    ['no schema version', edit((d) => delete d.schemaVersion), ['schemaVersion']],
    [
      'a missing table',
      edit((d) => delete d.table3),
      ['table3（三、收到和处理政府信息公开申请情况）：缺少此表格'],
    ],
    [
      'a missing row',
      edit((d) => delete table3(d).otherOther),
      ['table3.otherOther（', '3.其他）：缺少此行'],
    ],
    [
      'a string where a number belongs',
      edit((d) => (table3(d).newReceived!.natural = '12')),
      ['table3.newReceived.natural（一、本年新收政府信息公开申请数量 自然人）：应为数字或 null'],
    ],
    [
      'a negative number',
      edit((d) => (table3(d).disclosed!.legal = -1)),
      ['table3.disclosed.legal（', '不能为负数'],
    ],
    ['a fraction in a count', edit((d) => (table3(d).disclosed!.legal = 1.5)), ['应为整数']],
    [
      'a bad amount',
      edit((d) => (((d.table2 as JsonObject).fees as JsonObject).amountWan = '12元')),
      ['table2.fees.amountWan', '万元'],
    ],
    [
      'meta of the wrong type',
      edit((d) => ((d.meta as JsonObject).year = '2021')),
      ['meta.year（报告年度）：应为年份数字或 null'],
    ],
    [
      'a level not in the list',
      edit((d) => ((d.meta as JsonObject).level = '市级')),
      ['meta.level（行政层级）'],
    ],
    [
      'a 6 MB file',
      `{"kind":"zfxxgk-annual-report","pad":"${'x'.repeat(6 * 1024 * 1024)}"}`,
      ['超过 5 MB'],
    ],
  ])('refuses %s, saying what is wrong', (_, text, expected) => {
    const result = readDraftFile(text)
    expect(result.ok).toBe(false)
    const problems = result.ok ? '' : result.problems.join('\n')
    for (const part of expected) expect(problems).toContain(part)
  })

  it('lists every problem, not only the first', () => {
    const text = edit((d) => {
      table3(d).newReceived!.natural = -1
      table3(d).newReceived!.legal = 'x'
      delete d.table4
    })
    const result = readDraftFile(text)
    expect(result.ok ? [] : result.problems).toHaveLength(3)
  })
})

describe('the draft file name', () => {
  it('drops control characters and caps the length', () => {
    const draft = createEmptyDraft(2025)
    draft.meta.agencyName = `某\u0007${'局'.repeat(300)}`
    const name = draftFileName(draft)
    expect(name).not.toContain('\u0007')
    expect(name.endsWith('.json')).toBe(true)
    expect([...name].length).toBeLessThanOrEqual(90)
    expect(name.endsWith('2025年年度报告草稿.json')).toBe(true)
  })
})

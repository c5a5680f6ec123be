import { describe, expect, it } from 'vitest'
import { parseReportText } from '../../../../src/report/import'
import { expected, fixture } from './helpers'
import type { CellKey } from '@/report'

describe('collapsed digit runs', () => {
  it('two valid splits: I2 names the cells, which stay blank; nothing is guessed', () => {
    const result = parseReportText(fixture('report.collapsed-ambiguous.txt'))
    const want = expected('report.collapsed-ambiguous.expected.json')
    const uncertain = new Set(result.report.uncertain.flatMap((f) => f.cells))
    expect([...uncertain].sort()).toEqual(
      [
        'table3.disclosed.natural',
        'table3.disclosed.commercial',
        'table3.disclosed.publicInterest',
        'table3.disclosed.legal',
        'table3.unavailableNotHeld.natural',
        'table3.unavailableNotHeld.commercial',
        'table3.unavailableNotHeld.publicInterest',
        'table3.unavailableNotHeld.legal',
      ].sort(),
    )
    expect(result.report.uncertain.map((f) => [f.rule, f.severity])).toEqual([
      ['I2', 'warning'],
      ['I2', 'warning'],
    ])
    expect(result.report.uncertain[0]?.message).toMatch(/“（一）予以公开”.*120010013.*2种拆分/)
    for (const [key, value] of Object.entries(want.cells)) {
      expect([key, result.draft.cells[key as CellKey]]).toEqual([
        key,
        uncertain.has(key as CellKey) ? '' : value,
      ])
    }
    // The row totals agree in both splits, so they are kept as stated.
    expect(result.statedTotals['table3.disclosed.total']).toBe('13')
    expect(result.report.sourceRuleFailures).toEqual([])
  })
})

describe('the source breaks R3', () => {
  it('reports R3 for the columns whose （七）总计 disagrees, and keeps the values as stated', () => {
    const result = parseReportText(fixture('report.r3-broken.txt'))
    expect(result.draft.cells['table3.disclosed.natural']).toBe('22')
    expect(result.statedTotals['table3.resultsTotal.natural']).toBe('52')
    const failures = result.report.sourceRuleFailures
    expect(failures.map((f) => [f.rule, f.cells[0]])).toEqual([
      ['R3', 'table3.resultsTotal.natural'],
      ['R3', 'table3.resultsTotal.total'],
    ])
    expect(failures[0]?.message).toBe(
      '原文表三自然人列：（七）总计为52，（一）至（六）各项之和为53，相差1',
    )
    expect(result.report.findings).toEqual(failures)
  })
})

describe('a 2019-format report', () => {
  const result = parseReportText(fixture('report-2019.txt'))
  const want = expected('report-2019.expected.json')

  it('is recognised and explained by one I1 finding', () => {
    expect(result.report.format).toBe('2019')
    expect(result.report.formatNotices).toHaveLength(1)
    const notice = result.report.formatNotices[0]
    expect(notice?.rule).toBe('I1')
    expect(notice?.message).toMatch(/2019年试行格式.*已导入：表三、表四.*3\.其他.*重新填写表二/)
    expect(notice?.cells).toContain('table3.otherOther.natural')
    expect(notice?.cells).toContain('table2.fees.amountWan')
  })

  it.each(Object.entries(want.cells))('maps %s = %s', (key, value) => {
    expect(result.draft.cells[key as CellKey]).toBe(value)
  })

  it.each([
    'table3.otherNoCorrection.natural',
    'table3.otherUnpaidFee.natural',
    'table2.licensing.decisions',
    'table2.regulations.issued',
  ])('leaves %s blank for the user', (key) => {
    expect(result.draft.cells[key as CellKey] ?? '').toBe('')
  })

  it('raises no other finding (its stated totals balance)', () => {
    expect(result.report.findings.map((f) => f.rule)).toEqual(['I1'])
  })
})

describe('text that is not a report', () => {
  it.each([
    ['empty', ''],
    ['a news item', '市政府召开常务会议\n会议研究了城市更新工作。\n2023-01-18'],
    ['only a title', '某县2022年政府信息公开工作年度报告'],
  ])('%s: I3 for what is missing, never throws', (_case, text) => {
    const result = parseReportText(text)
    const missing = result.report.missing
    expect(missing.every((f) => f.rule === 'I3')).toBe(true)
    expect(missing.map((f) => f.message).join('\n')).toMatch(/未找到“五、存在的主要问题及改进情况”/)
    expect(missing.filter((f) => /未找到表[二三四]/.test(f.message))).toHaveLength(3)
    expect(Object.values(result.draft.cells).filter((v) => v !== '')).toEqual([])
  })

  it('a report missing a part and a row reports both (I3)', () => {
    const text = fixture('report.lines.txt')
      .replace(/五、存在的主要问题及改进情况[\s\S]*?六、/, '六、')
      .replace('\t2.重复申请\n', '\t\n')
    const result = parseReportText(text)
    const messages = result.report.missing.map((f) => f.message)
    expect(messages).toEqual([
      '未找到“五、存在的主要问题及改进情况”部分，请补充',
      '表三中未找到“2.重复申请”，相关单元格留空，请对照原文填写',
    ])
    expect(result.report.missing[1]?.cells).toContain('table3.rejectedRepeated.otherOrg')
    expect(result.draft.cells['table3.rejectedRepeated.natural'] ?? '').toBe('')
    expect(result.draft.cells['table3.rejectedPublication.natural']).toBe('0')
  })
})

describe('robustness', () => {
  const random = (seed: number, length: number) => {
    let x = seed
    const alphabet =
      '0123456789 \t\n|<>&;#/一二三四五六、（）()总计其他申请<td><tr>rowspan="2"&nbsp;'
    let out = ''
    for (let i = 0; i < length; i += 1) {
      x = (x * 1103515245 + 12345) % 2147483648
      out += alphabet[x % alphabet.length]
    }
    return out
  }
  it.each([1, 2, 3, 4, 5])('random garbage #%i neither throws nor hangs', (seed) => {
    const text = random(seed, 20_000)
    expect(() => parseReportText(text, { html: text })).not.toThrow()
  })

  it.each([
    ['a 4 MB line of digits', '1'.repeat(4_000_000)],
    ['a 4 MB line of text', '政'.repeat(4_000_000)],
    ['unclosed markup', '<table><tr><td rowspan="999999" colspan="-3">1<td>2'.repeat(20_000)],
  ])('%s is handled', (_case, text) => {
    expect(() => parseReportText(text, { html: text })).not.toThrow()
  })

  it('a huge collapsed row is left uncertain instead of enumerated forever', () => {
    const text = fixture('report.collapsed.txt').replace('544021364', '9'.repeat(40))
    const result = parseReportText(text)
    expect(result.draft.cells['table3.newReceived.natural'] ?? '').toBe('')
    expect(result.report.uncertain.map((f) => f.cells[0])).toEqual(['table3.newReceived.natural'])
  })
})

import { describe, expect, it } from 'vitest'
import {
  checkG1,
  draftOutputStatus,
  hardRuleFindings,
  isFinal,
  outputFileName,
  outputStatus,
  stripControlChars,
  type Finding,
  type ReportDraft,
} from '../../../src/report'
import { balancedDraft } from '../../fixtures/balancedReport'

const today = new Date('2026-12-02T10:00:00+08:00')

const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({
  rule,
  severity,
  cells: [],
  fields: [],
  message: '',
})

describe('the gate decides on findings', () => {
  it.each([
    [[], 'final'],
    [[finding('W3', 'warning'), finding('W10', 'info')], 'final'],
    [[finding('R1', 'error')], 'draft'],
    [[finding('M2', 'error')], 'draft'],
    [[finding('V2', 'error')], 'draft'],
    [[finding('G1', 'warning')], 'draft'],
    [[finding('G1', 'error')], 'draft'],
    [[finding('W1', 'warning'), finding('M1', 'error')], 'draft'],
  ] as [Finding[], string][])('%j → %s', (findings, status) => {
    expect(outputStatus(findings)).toBe(status)
    expect(isFinal(findings)).toBe(status === 'final')
  })
})

function draftWith(change: (draft: ReportDraft) => void): ReportDraft {
  const draft = balancedDraft()
  draft.meta.year = 2025
  change(draft)
  return draft
}

describe('every hard rule gates the outputs of a draft', () => {
  it.each([
    ['a complete balanced report', () => undefined, 'final', []],
    ['year 2099', (d: ReportDraft) => (d.meta.year = 2099), 'draft', ['M2']],
    ['year 2028', (d: ReportDraft) => (d.meta.year = 2028), 'draft', ['M2']],
    ['no agency', (d: ReportDraft) => (d.meta.agencyName = ''), 'draft', ['M1']],
    [
      'a 63-character name',
      (d: ReportDraft) => (d.meta.agencyName = '某'.repeat(63)),
      'draft',
      ['M2'],
    ],
    [
      'a javascript: 网址',
      (d: ReportDraft) => (d.meta.websiteUrl = 'javascript:alert(1)'),
      'draft',
      ['M2'],
    ],
    ['a phone “call me”', (d: ReportDraft) => (d.meta.phone = 'call me'), 'draft', ['M2']],
    ['an emoji in 五', (d: ReportDraft) => (d.narrative.problems += '😀'), 'draft', ['G1']],
    ['a bell in the name', (d: ReportDraft) => (d.meta.agencyName += '\u0007'), 'draft', ['G1']],
    [
      'a C1 control in a text',
      (d: ReportDraft) => (d.narrative.overview.intro += '\u0085'),
      'draft',
      ['G1'],
    ],
    [
      'line breaks and tabs are layout',
      (d: ReportDraft) => (d.narrative.problems += '\n\t下一段'),
      'final',
      [],
    ],
    [
      'a blank cell',
      (d: ReportDraft) => delete d.cells['table4.reconsideration.upheld'],
      'draft',
      ['V2'],
    ],
    [
      'a unit in a cell',
      (d: ReportDraft) => (d.cells['table4.reconsideration.upheld'] = '1件'),
      'draft',
      ['V1'],
    ],
  ] as [string, (d: ReportDraft) => void, string, string[]][])(
    '%s → %s',
    (_, change, status, rules) => {
      const draft = draftWith(change)
      const findings = hardRuleFindings(draft, { today })
      expect(findings.length > 0 ? [...new Set(findings.map((f) => f.rule))] : []).toEqual(
        expect.arrayContaining(rules),
      )
      expect(draftOutputStatus(draft, { today })).toBe(status)
    },
  )

  it('asks the fonts about the characters they may lack', () => {
    const draft = draftWith((d) => (d.narrative.problems += '堃'))
    expect(draftOutputStatus(draft, { today })).toBe('final')
    const noKun = (cp: number) => cp !== 0x5803
    expect(draftOutputStatus(draft, { today, canPrint: noKun })).toBe('draft')
    expect(checkG1(draft, noKun)[0]?.message).toContain('“堃”（U+5803）')
  })

  it('names a control character by its code, not by itself', () => {
    const draft = draftWith((d) => (d.narrative.problems += 'a\u0000b'))
    const [g1] = checkG1(draft)
    expect(g1?.message).toContain('U+0000（控制字符）')
    expect(g1?.message).not.toContain('\u0000')
  })
})

describe('output file names', () => {
  it.each([
    [
      '市测试局2025年政府信息公开工作年度报告',
      'pdf',
      'final',
      '市测试局2025年政府信息公开工作年度报告.pdf',
    ],
    [
      '市测试局2025年政府信息公开工作年度报告',
      'pdf',
      'draft',
      '市测试局2025年政府信息公开工作年度报告（草稿）.pdf',
    ],
    [
      '市测试局2025年政府信息公开工作年度报告',
      'docx',
      'draft',
      '市测试局2025年政府信息公开工作年度报告（草稿）.docx',
    ],
    ['a/b\\c:d*e?f"g<h>i|j', 'pdf', 'final', 'abcdefghij.pdf'],
    ['局\u0007名\n称\u0085', 'pdf', 'final', '局名 称.pdf'],
    ['', 'pdf', 'draft', '年度报告（草稿）.pdf'],
    ['...', 'pdf', 'final', '年度报告.pdf'],
  ])('%j (%s, %s) → %j', (stem, ext, status, name) => {
    expect(outputFileName(stem, ext, status as 'final' | 'draft')).toBe(name)
  })

  it('caps the length on whole characters and keeps （草稿）', () => {
    const name = outputFileName(`${'𠀾'.repeat(300)}年度报告`, 'pdf', 'draft')
    expect(name.endsWith('（草稿）.pdf')).toBe(true)
    expect([...name].length).toBeLessThanOrEqual(90)
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/)
    expect(new TextEncoder().encode(name).length).toBeLessThan(255)
  })

  it('strips control characters for metadata', () => {
    expect(stripControlChars('甲\u0000乙\r\n丙\u007f')).toBe('甲乙 丙')
  })
})

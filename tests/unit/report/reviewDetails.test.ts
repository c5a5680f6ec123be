// Issue 11: W9 counted once per phrase, the stale hand-edited preamble (W3), W5 bounds, and the
// pristine draft that shows no red.
import { describe, expect, it } from 'vitest'
import {
  checkStalePreamble,
  checkW5,
  checkW9,
  computeDraftValues,
  createEmptyDraft,
  generatePreamble,
  isPristineDraft,
  type ReportDraft,
} from '../../../src/report'

function draftWith(change: (draft: ReportDraft) => void): ReportDraft {
  const draft = createEmptyDraft(2025)
  change(draft)
  return draft
}

describe('W9 groups the same phrase', () => {
  it('“XX” three times in two fields is one finding with the count and both fields', () => {
    const draft = draftWith((d) => {
      d.narrative.overview.proactive = '本年公开XX件，XX条'
      d.narrative.otherMatters = '联系人：XX'
    })
    const findings = checkW9(draft)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain('出现3次')
    expect(findings[0]?.fields).toEqual(['narrative.overview.proactive', 'narrative.otherMatters'])
    expect(findings[0]?.range).toEqual({ start: 4, end: 6 })
  })

  it('different phrases stay separate findings; one occurrence keeps the plain message', () => {
    const draft = draftWith((d) => {
      d.narrative.problems = '网址：具体网址，地址：××路'
    })
    const messages = checkW9(draft).map((f) => f.message)
    expect(messages).toHaveLength(2)
    expect(messages.every((m) => !m.includes('次'))).toBe(true)
  })
})

describe('a hand-edited preamble that no longer holds the metadata (W3)', () => {
  const meta = (d: ReportDraft) => {
    d.meta.agencyName = '县民政局'
    d.meta.phone = '0537-1234567'
    d.meta.websiteUrl = 'https://www.example.gov.cn/'
  }
  it.each([
    ['follows the metadata (not edited)', (d: ReportDraft) => meta(d), []],
    [
      'edited, still holding all three',
      (d: ReportDraft) => {
        meta(d)
        d.preamble = generatePreamble(d.meta) + '另附说明。'
      },
      [],
    ],
    [
      'edited, then the phone changed',
      (d: ReportDraft) => {
        meta(d)
        d.preamble = generatePreamble(d.meta)
        d.meta.phone = '0537 7654321'
      },
      ['meta.phone'],
    ],
    [
      'edited, then the name and URL changed (URL compared without scheme and slash)',
      (d: ReportDraft) => {
        meta(d)
        d.preamble = generatePreamble(d.meta).replace(
          'https://www.example.gov.cn/',
          'www.example.gov.cn',
        )
        d.meta.agencyName = '县民政局（县老龄办）'
      },
      ['meta.agencyName'],
    ],
    [
      'edited, metadata blank: nothing to hold',
      (d: ReportDraft) => {
        d.preamble = '自己写的开头'
      },
      [],
    ],
  ] as const)('%s', (_, change, missing) => {
    const findings = checkStalePreamble(draftWith(change))
    expect(findings.flatMap((f) => f.fields.filter((p) => p !== 'preamble'))).toEqual(missing)
    expect(findings.every((f) => f.rule === 'W3' && f.severity === 'warning')).toBe(true)
  })
})

describe('W5 bounds (an absurd 万元 amount)', () => {
  it.each([
    [null, '800000', true],
    [null, '24252.311082', false],
    ['设区的市级', '200000', true],
    ['设区的市级', '24252.311082', false],
    ['县级', '60000', true],
    ['乡镇级', '6000', true],
    ['国务院部门', '900000', false],
  ] as const)('%s, %s 万元 → %s', (level, fee, warned) => {
    const draft = draftWith((d) => {
      d.meta.level = level
      d.cells['table2.fees.amountWan'] = fee
    })
    expect(checkW5(draft, computeDraftValues(draft)).length > 0).toBe(warned)
  })
})

describe('isPristineDraft', () => {
  it.each([
    ['a new draft', (): void => {}, true],
    [
      'a blank typed into a cell',
      (d: ReportDraft): void => void (d.cells['table3.newReceived.natural'] = ' '),
      true,
    ],
    ['a name', (d: ReportDraft): void => void (d.meta.agencyName = '局'), false],
    [
      'a cell',
      (d: ReportDraft): void => void (d.cells['table4.reconsideration.upheld'] = '0'),
      false,
    ],
    ['a level', (d: ReportDraft): void => void (d.meta.level = '县级'), false],
    ['an edited preamble', (d: ReportDraft): void => void (d.preamble = ''), false],
    ['a text', (d: ReportDraft): void => void (d.narrative.problems = '无'), false],
  ] as [string, (d: ReportDraft) => void, boolean][])('%s → %s', (_, change, pristine) => {
    expect(isPristineDraft(draftWith(change))).toBe(pristine)
  })
})

import { describe, expect, it } from 'vitest'
import { computeDraftValues, type ReportDraft } from '../../../../src/report'
import {
  checkW10,
  checkW3,
  checkW4,
  checkW5,
  checkW6,
  checkW7,
  checkW8,
  checkW9,
  computeWarnings,
  repetitionShare,
} from '../../../../src/report/warnings'
import { balancedDraft, balancedNumbers } from '../../../fixtures/balancedReport'
import { seedDraft } from '../../../fixtures/seedDraft'

const newReceivedTotal = (): number =>
  Object.entries(balancedNumbers().cells)
    .filter(([key]) => key.startsWith('table3.newReceived.'))
    .reduce((sum, [, value]) => sum + value, 0)

function draftWith(change: (draft: ReportDraft) => void): ReportDraft {
  const draft = balancedDraft()
  change(draft)
  return draft
}

describe('W3', () => {
  it('flags a narrative count that the tables contradict, with the range of its number', () => {
    const draft = draftWith((d) => {
      d.narrative.overview.onRequest = '本年度共收到政府信息公开申请75件，均已按期答复。'
    })
    const findings = checkW3(draft, computeDraftValues(draft))
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain(`为${newReceivedTotal()}`)
    expect(findings[0]?.message).toContain('“共收到政府信息公开申请75件”')
    expect(findings[0]?.fields).toEqual(['narrative.overview.onRequest'])
    const text = draft.narrative.overview.onRequest
    expect(text.slice(findings[0]?.range?.start, findings[0]?.range?.end)).toBe('75')
  })

  it('is quiet when the narrative agrees, also in Chinese numerals', () => {
    const total = newReceivedTotal()
    const draft = draftWith((d) => {
      d.narrative.overview.onRequest = `共收到政府信息公开申请${total}件。`
    })
    expect(checkW3(draft, computeDraftValues(draft))).toEqual([])
  })

  it('is quiet when the table figure is not known yet', () => {
    const draft = draftWith((d) => {
      d.cells['table3.newReceived.natural'] = ''
      d.cells['table3.newReceived.legal'] = 'abc'
      d.narrative.overview.onRequest = '共收到政府信息公开申请75件'
    })
    expect(checkW3(draft, computeDraftValues(draft))).toEqual([])
  })

  it('the seed says no 复议/诉讼 and its tables agree', () => {
    const draft = seedDraft()
    draft.narrative.overview.onRequest = '未发生政府信息公开为由提起的行政复议和行政诉讼。'
    expect(checkW3(draft, computeDraftValues(draft))).toEqual([])
  })
})

describe('W4', () => {
  it.each([
    ['乡镇级', '1', true],
    ['县级', '2', true],
    ['县级', '0', false],
    ['设区的市级', '2', false],
    [null, '2', false],
  ] as const)('%s with 规章 issued %s → %s', (level, issued, warned) => {
    const draft = draftWith((d) => {
      d.meta.level = level
      d.cells['table2.regulations.issued'] = issued
      d.cells['table2.regulations.repealed'] = '0'
      d.cells['table2.regulations.inForce'] = '0'
    })
    expect(checkW4(draft, computeDraftValues(draft)).length > 0).toBe(warned)
  })
})

describe('W5', () => {
  it.each([
    ['县级', '4068.208', false],
    ['县级', '150000', true],
    ['乡镇级', '12000', true],
    ['国务院部门', '24252.311082', false],
    [null, '2500000', true],
  ] as const)('%s, fee %s 万元 → %s', (level, fee, warned) => {
    const draft = draftWith((d) => {
      d.meta.level = level
      d.cells['table2.fees.amountWan'] = fee
    })
    expect(checkW5(draft, computeDraftValues(draft)).length > 0).toBe(warned)
  })
})

describe('W6', () => {
  it.each([
    ['', '尚未填写'],
    ['无', '仅写“无”'],
    ['无。', '仅写“无”'],
    ['暂无', '仅写“无”'],
    ['信息公开不够及时。', '过于简短'],
  ])('%j → %s', (text, message) => {
    const draft = draftWith((d) => {
      d.narrative.problems = text
    })
    expect(checkW6(draft)[0]?.message).toContain(message)
  })

  it('a real paragraph passes', () => {
    const draft = seedDraft()
    draft.narrative.problems =
      '一是信息公开的方式不够丰富；二是相关的工作运行机制还不够顺畅；三是政务公开有些项目流于形式。今后我们将拓展公开渠道，完善工作机制。'
    expect(checkW6(draft)).toEqual([])
  })
})

describe('W8 and W9', () => {
  it.each([
    ['按照国办公开办函〔2019〕60号要求编制', 'W8', '国办公开办函〔2019〕60号'],
    ['按照国办公开办函[2019]60号要求', 'W8', '国办公开办函[2019]60号'],
    ['本年新制作数量5件', 'W8', '本年新制作数量'],
    ['可在政府门户网站（具体网址）查阅', 'W9', '具体网址'],
    ['联系电话：XXXX-XXXXXXX', 'W9', 'XXXX'],
    ['地址：××市××路', 'W9', '××'],
    ['（此处填写本单位情况）', 'W9', '（此处填写本单位情况）'],
  ])('%s → %s on “%s”', (text, rule, phrase) => {
    const draft = draftWith((d) => {
      d.narrative.otherMatters = text
    })
    const findings = rule === 'W8' ? checkW8(draft) : checkW9(draft)
    expect(findings.length).toBeGreaterThan(0)
    const [first] = findings
    expect(text.slice(first?.range?.start, first?.range?.end)).toBe(phrase)
  })

  it('the current citation is not W8; plain text is not W9', () => {
    const draft = draftWith((d) => {
      d.narrative.otherMatters = '按照国办公开办函〔2021〕30号要求，联系电话0537-2272086。'
    })
    expect([...checkW8(draft), ...checkW9(draft)]).toEqual([])
  })

  it('the seed preamble keeps its 具体网址 placeholder, and W9 says so', () => {
    expect(checkW9(seedDraft()).map((f) => f.fields)).toEqual([['preamble']])
  })
})

describe('W10', () => {
  it.each([
    ['市交通运输局', 2025, '2026-01-02', '还有29天', false],
    ['市交通运输局', 2025, '2026-01-20', '还有11天', true],
    ['市交通运输局', 2025, '2026-01-31', '今天是', true],
    ['市交通运输局', 2025, '2026-02-03', '已过3天', true],
    ['某某县人民政府', 2025, '2026-02-03', '', false],
    ['某某县人民政府', 2025, '2026-03-20', '还有11天', true],
    ['某某县人民政府', 2025, '2026-04-01', '已过1天', true],
  ])('%s %i on %s', (agency, year, today, message, warned) => {
    const draft = draftWith((d) => {
      d.meta.agencyName = agency
      d.meta.year = year
    })
    const findings = checkW10(draft, new Date(`${today}T09:00:00`))
    expect(findings.length > 0).toBe(warned)
    if (warned) expect(findings[0]?.message).toContain(message)
  })
})

describe('W7', () => {
  it.each([
    ['一二三四五六七八九十', '一二三四五六七八九十', 1],
    ['一二三四五六七八九十', '甲乙丙丁戊己庚辛壬癸', 0],
    ['一二三四五，六七八九十', '一二三四五六七八甲乙', 7 / 9],
  ])('repetitionShare(%s, %s) = %d', (a, b, share) => {
    expect(repetitionShare(a, b)).toBeCloseTo(share, 5)
  })

  it('flags a part copied from last year, and names the share', () => {
    const previous = seedDraft()
    previous.narrative.problems =
      '机构改革以来，中心政府信息公开工作延续之前好的做法和经验，但与新形势下与上级机关衔接还存在一定差距。'
    const current = seedDraft()
    current.meta.year = 2022
    current.narrative.problems = previous.narrative.problems
    const findings = checkW7(current, previous)
    expect(findings.map((f) => [f.fields[0], f.message])).toEqual([
      [
        'narrative.problems',
        '五、存在的主要问题及改进情况与2021年报告重复约100%（超过50%会被扣分）',
      ],
    ])
    expect(checkW7(current, null)).toEqual([])
  })
})

describe('computeWarnings', () => {
  it('are all warnings, never errors', () => {
    const draft = draftWith((d) => {
      d.meta.level = '乡镇级'
      d.narrative.problems = '无'
      d.narrative.otherMatters =
        '依据国办公开办函〔2019〕60号，详见（具体网址）。共收到政府信息公开申请1件。'
    })
    const findings = computeWarnings(draft, computeDraftValues(draft), {
      today: new Date('2022-01-30T00:00:00'),
    })
    expect(new Set(findings.map((f) => f.rule))).toEqual(
      new Set(['W3', 'W4', 'W6', 'W8', 'W9', 'W10']),
    )
    expect(findings.every((f) => f.severity === 'warning')).toBe(true)
  })
})

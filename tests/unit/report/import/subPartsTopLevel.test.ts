/**
 * 一's five sub-parts printed as top-level sections: after “一、总体情况” with local numbering
 * 二…六 before the real 二、主动公开政府信息情况, or as 一…五 with no 总体情况 heading at all.
 * Every sub-part lands in its field, no text dropped. Expected text written by hand.
 */
import { describe, expect, it } from 'vitest'
import { parseReportText } from '../../../../src/report/import'
import { fixture } from './helpers'

const spaces = fixture('report.spaces.txt')
/** Parts 二–六 of a real-shaped report (tables and 五/六), shared by the cases below. */
const TAIL = spaces.slice(spaces.indexOf('二、主动公开政府信息情况'))

const CASES = [
  {
    name: '一、总体情况 then 二、…六、 local (县市场监督管理局, 2023)',
    text: [
      '某县市场监督管理局2023年政府信息公开工作年度报告',
      '本报告依据《中华人民共和国政府信息公开条例》编制，现予公布。',
      '一、总体情况',
      '2023年，我局扎实推进政务公开。',
      '二、主动公开情况',
      '全年主动公开信息1200条。',
      '三、依申请公开情况',
      '全年收到申请64件。',
      '四、政府信息管理情况',
      '开展规范性文件清理。',
      '五、平台建设情况',
      '优化门户网站栏目。',
      '六、监督保障情况',
      '将政务公开纳入考核。',
    ],
    preamble: '本报告依据《中华人民共和国政府信息公开条例》编制，现予公布。',
    overview: {
      intro: '2023年，我局扎实推进政务公开。',
      proactive: '全年主动公开信息1200条。',
      onRequest: '全年收到申请64件。',
      management: '开展规范性文件清理。',
      platform: '优化门户网站栏目。',
      oversight: '将政务公开纳入考核。',
    },
  },
  {
    name: '一、…五、 sub-parts with no 总体情况 heading (市教育局, 2024)',
    text: [
      '市教育局2024年政府信息公开工作年度报告',
      '现将本局2024年政府信息公开工作情况报告如下。',
      '一、主动公开情况',
      '全年主动公开信息980条，其中政策文件35件。',
      '二、依申请公开情况',
      '全年收到申请41件，均按期答复。',
      '三、政府信息管理情况',
      '落实公文公开属性源头认定。',
      '四、政府信息公开平台建设情况',
      '完善政府网站专栏。',
      '五、监督保障情况',
      '开展业务培训2次。',
    ],
    preamble: '现将本局2024年政府信息公开工作情况报告如下。',
    overview: {
      intro: '',
      proactive: '全年主动公开信息980条，其中政策文件35件。',
      onRequest: '全年收到申请41件，均按期答复。',
      management: '落实公文公开属性源头认定。',
      platform: '完善政府网站专栏。',
      oversight: '开展业务培训2次。',
    },
  },
  {
    name: '（一）…（五） with no 总体情况 heading, headings run on (区司法局, 2022)',
    text: [
      '区司法局2022年度政府信息公开工作年度报告',
      '根据条例要求，编制本报告。',
      '（一）主动公开政府信息工作情况。本年度主动公开各类信息356条。',
      '（二）依申请公开工作情况。本年度未收到政府信息公开申请。',
      '（三）政府信息管理工作情况。严格执行发布审查制度。',
      '（四）政府信息公开平台建设情况。及时更新门户网站信息。',
      '（五）监督保障工作情况。明确专人负责。',
    ],
    preamble: '根据条例要求，编制本报告。',
    overview: {
      intro: '',
      proactive: '本年度主动公开各类信息356条。',
      onRequest: '本年度未收到政府信息公开申请。',
      management: '严格执行发布审查制度。',
      platform: '及时更新门户网站信息。',
      oversight: '明确专人负责。',
    },
  },
]

describe('一’s sub-parts printed as top-level sections', () => {
  it.each(CASES)('$name: each in its field, nothing dropped', ({ text, preamble, overview }) => {
    const result = parseReportText(`${text.join('\n')}\n${TAIL}`)
    expect(result.draft.narrative.overview).toEqual(overview)
    expect(result.draft.preamble).toBe(preamble)
    // The real 二–六 are still read: table 2 found, 五 and 六 in their fields.
    expect(result.report.found.tables.table2).toBe(true)
    expect(result.draft.narrative.problems).toContain('政策解读形式较为单一')
    expect(result.draft.narrative.otherMatters).toContain('本年度未收取信息处理费')
    expect(result.report.missing.map((f) => f.message).join('|')).not.toMatch(/总体情况/)
  })
})

describe('each text part’s source length beside its placed length', () => {
  it.each(CASES)('$name: placed = source, part by part', ({ text }) => {
    const result = parseReportText(`${text.join('\n')}\n${TAIL}`)
    const parts = Object.fromEntries(
      result.report.textParts.map((part) => [part.field, [part.length, part.source]]),
    )
    // Lengths counted by hand from the fixture lines above (characters, no spaces).
    for (const key of ['proactive', 'onRequest', 'management', 'platform', 'oversight']) {
      const [length, source] = parts[`narrative.overview.${key}`] ?? []
      expect([key, source]).toEqual([key, length])
    }
    expect(parts['narrative.problems']?.[1]).toBe(parts['narrative.problems']?.[0])
  })

  it('furniture is not counted as source text; 一 without words of its own has none', () => {
    // 五 printed with a page footer between its lines: the footer is not counted on either side.
    const result = parseReportText(
      `${CASES[1]?.text.join('\n')}\n${TAIL.replace('五、存在的主要问题及改进情况\n', '五、存在的主要问题及改进情况\n— 3 —\n')}`,
    )
    const problems = result.report.textParts.find((p) => p.field === 'narrative.problems')
    expect(problems?.source).toBe(problems?.length)
    // 一's sub-part headings hold the words; 一 itself printed no text of its own.
    const intro = result.report.textParts.find((p) => p.field === 'narrative.overview.intro')
    expect(intro?.source ?? 0).toBe(0)
    const proactive = result.report.textParts.find(
      (p) => p.field === 'narrative.overview.proactive',
    )
    expect(proactive?.source).toBe(23) // 全年主动公开信息980条，其中政策文件35件。
  })
})

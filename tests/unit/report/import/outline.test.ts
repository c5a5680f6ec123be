import { describe, expect, it } from 'vitest'
import { parseReportText } from '../../../../src/report/import'

/** A minimal report with one heading replaced, to see which heading variants are recognised. */
function withHeading(part: string, heading: string): string {
  const headings: Record<string, string> = {
    overview: '一、总体情况',
    table2: '二、主动公开政府信息情况',
    table3: '三、收到和处理政府信息公开申请情况',
    table4: '四、政府信息公开行政复议、行政诉讼情况',
    problems: '五、存在的主要问题及改进情况',
    otherMatters: '六、其他需要报告的事项',
  }
  headings[part] = heading
  return [
    '某局2022年政府信息公开工作年度报告',
    '前言。',
    ...Object.values(headings).flatMap((h) => [h, '正文。']),
  ].join('\n')
}

describe('part headings', () => {
  it.each([
    ['overview', '一、 总体情况'],
    ['overview', '一.总体情况'],
    ['table2', '二、主动公开政府信息的情况'],
    ['table3', '三、收到和处理政府信息公开申请的情况'],
    ['table4', '四、因政府信息公开申请行政复议、提起行政诉讼的情况'],
    ['table4', '四、政府信息公开行政复议、行政诉讼情况'],
    ['problems', '五、政府信息公开工作存在的主要问题及改进情况'],
    ['problems', '五、存在问题及改进情况'],
    ['problems', '五、存在的主要问题及改进措施'],
    ['otherMatters', '六、其他需要报告的事项'],
    ['otherMatters', '  六、其 他需要报告的事项'],
  ])('%s: %j', (part, heading) => {
    const result = parseReportText(withHeading(part, heading))
    expect(result.report.found.parts).toMatchObject({ [part]: true })
    expect(result.report.missing.filter((f) => f.message.includes('部分'))).toEqual([])
  })

  it.each([
    ['（一）主动公开情况', 'proactive'],
    ['(一)主动公开情况', 'proactive'],
    ['  （二）依申请公开情况', 'onRequest'],
    ['\u3000(三) 政府信息管理情况', 'management'],
    ['（四）政府信息公开平台建设情况', 'platform'],
    ['五、监督保障情况', 'oversight'],
  ])('sub-part heading %j → %s', (heading, key) => {
    const text = withHeading('overview', '一、总体情况').replace(
      '一、总体情况\n正文。',
      `一、总体情况\n引言。\n${heading}\n内容。`,
    )
    const { draft } = parseReportText(text)
    expect(draft.narrative.overview.intro).toBe('引言。')
    expect(draft.narrative.overview[key as 'proactive']).toBe('内容。')
  })

  it('a heading with its text on the same line keeps the text', () => {
    const text = withHeading('problems', '五、存在的主要问题及改进情况。一是形式单一。')
    expect(parseReportText(text).draft.narrative.problems).toBe('一是形式单一。\n正文。')
  })
})

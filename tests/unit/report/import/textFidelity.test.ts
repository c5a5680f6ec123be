/**
 * Issue 19: the words of a published report, in every shape it arrives in — metadata from the
 * title, every part and sub-part in its field, paragraphs rebuilt, converter markup gone, empty
 * source cells named. Expected values are written by hand from the fixtures.
 */
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReportText, type ImportResult } from '../../../../src/report/import'
import { draftFromImport } from '../../../../src/report/import/review'
import { readTitleLine } from '../../../../src/report/import/title'
import {
  FUJIAN,
  FUZHOU,
  HONGZE,
  HUIZHOU,
  QINGDAO,
  SHANGHAI,
  SHUYANG,
} from '../../../fixtures/import-text/expected'

const DIR = new URL('../../../fixtures/import-text/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8')
const parse = (name: string): ImportResult =>
  name.endsWith('.html') ? parseReportText('', { html: read(name) }) : parseReportText(read(name))

const MARKUP = /[#|]|\*\*|__|^>|===|---/m

function allText(result: ImportResult): string[] {
  const { overview, problems, otherMatters } = result.draft.narrative
  return [result.draft.preamble ?? '', ...Object.values(overview), problems, otherMatters]
}

describe('title lines in their published forms', () => {
  it.each([
    ['淮安市洪泽区人民政府2023年政府信息公开工作年度报告', '淮安市洪泽区人民政府', 2023],
    ['2024年上海市科委政府信息公开工作年度报告', '上海市科委', 2024],
    ['2022年度福建省人民政府政府信息公开工作年度报告', '福建省人民政府', 2022],
    ['杭州市西湖区人民政府信息公开工作年度报告（2021年）', '杭州市西湖区人民政府', 2021],
    ['宁波市财政局政府信息公开工作年度报告(2025年度)', '宁波市财政局', 2025],
    [
      '标题：平潭综合实验区管理委员会2023年政府信息公开工作年度报告',
      '平潭综合实验区管理委员会',
      2023,
    ],
    ['80629_平潭综合实验区2023年政府信息公开工作年度报告.txt', '平潭综合实验区', 2023],
    [
      '首页 > 信息公开 > 年报 > 成都市武侯区民政局2022年度政府信息公开工作年度报告',
      '成都市武侯区民政局',
      2022,
    ],
    ['## 青川县市场监督管理局 2023 年政府信息公开年度报告', '青川县市场监督管理局', 2023],
    ['《沐阳县人民政府2024年政府信息公开工作年度报告》', '沐阳县人民政府', 2024],
    ['广州市越秀区教育局关于2021年政府信息公开工作年度报告', '广州市越秀区教育局', 2021],
    ['2023年政府信息公开工作年度报告', '', 2023],
  ])('%j → %s %i', (line, agencyName, year) => {
    expect(readTitleLine(line)).toEqual({ agencyName, year })
  })

  it.each([
    '现将本机关2023年政府信息公开工作年度报告公布如下。',
    '2023年，全区政府信息公开工作取得新进展。',
    '一、总体情况',
  ])('not a title: %j', (line) => {
    expect(readTitleLine(line)).toBeNull()
  })

  it.each([
    [
      'the preamble names the report again (现将…公布)',
      '某县卫生健康委员会2022年政府信息公开工作年度报告\n根据《条例》规定，现将某县卫生健康委员会2022年政府信息公开工作年度报告公布如下。\n一、总体情况\n正文。',
      '某县卫生健康委员会',
    ],
    [
      'a typo in the preamble does not replace the title (沐阳/沭阳)',
      '沭阳县人民政府2024年政府信息公开工作年度报告\n现将沐阳县人民政府2024年政府信息公开工作年度报告予以公布。\n一、总体情况\n正文。',
      '沭阳县人民政府',
    ],
    [
      'a one-line page: the title, not the phrase of the preamble',
      '首页>年报 南平市建阳区司法局2023年政府信息公开工作年度报告 根据《中华人民共和国政府信息公开条例》（以下简称条例）、福建省人民政府办公厅要求，编制2023年政府信息公开工作年度报告。一、总体情况 正文。二、主动公开政府信息情况',
      '南平市建阳区司法局',
    ],
    [
      'an archive: the 标题 line over the file name',
      '80629_平潭综合实验区2023年政府信息公开工作年度报告.txt\n标题：平潭综合实验区管理委员会2023年政府信息公开工作年度报告\n来源：平潭综合实验区管委会办公室\n抓取时间：2024-02-01 10:22\n----------\n本报告根据《条例》编制。\n一、总体情况\n正文。',
      '平潭综合实验区管理委员会',
    ],
  ])('%s', (_, text, agencyName) => {
    const result = parseReportText(text)
    expect(result.draft.meta.agencyName).toBe(agencyName)
    expect(result.draft.preamble ?? '').not.toMatch(/^[。，]/)
  })

  it('a page whose only title is its <title>: name and year from it', () => {
    const html =
      '<html><head><title>2024年嘉兴市南湖区人力资源和社会保障局政府信息公开工作年度报告</title></head><body><p>本报告根据《条例》编制。</p><p>一、总体情况</p><p>正文。</p></body></html>'
    const result = parseReportText('', { html })
    expect(result.draft.meta).toMatchObject({
      agencyName: '嘉兴市南湖区人力资源和社会保障局',
      year: 2024,
    })
  })
})

describe('metadata where reports print it', () => {
  it.each([
    [
      'pdf-viewer.hongze.txt',
      {
        agencyName: '淮安市洪泽区人民政府',
        year: 2023,
        phone: '0517-87221234',
        address: '淮安市洪泽区东风路8号',
        issuedOn: '2024-01-18',
      },
    ],
    [
      'pdf-viewer.fuzhou-edu.txt',
      {
        agencyName: '福州市教育局',
        year: 2022,
        websiteUrl: 'http://jyj.fuzhou.gov.cn',
        phone: '0591－83301234',
        issuedOn: '2023-01-16',
      },
    ],
    [
      'pdf-viewer.shuyang-fgj.txt',
      {
        agencyName: '沭阳县发展和改革局',
        year: 2024,
        phone: '0527-83591234',
        address: '沭阳县沭城街道人民中路1号',
        issuedOn: '2025-01-20',
      },
    ],
    [
      'converter.shanghai-kw.md',
      {
        agencyName: '上海市科委',
        year: 2024,
        websiteUrl: 'https://stcsm.sh.gov.cn',
        phone: '021-64011234',
        address: '上海市徐汇区钦州路100号',
      },
    ],
    [
      'converter.qingdao-audit.md',
      { agencyName: '青岛市审计局', year: 2021, phone: '0532-85912345', issuedOn: '2022-01-28' },
    ],
    ['converter.huizhou-civil.md', { agencyName: '惠州市民政局', year: 2023 }],
    [
      'page.fujian-commerce.html',
      {
        agencyName: '福建省商务厅',
        year: 2022,
        websiteUrl: 'http://swt.fujian.gov.cn',
        phone: '0591-87654321',
        issuedOn: '2023-01-29',
      },
    ],
  ])('%s', (name, meta) => {
    expect(parse(name).draft.meta).toMatchObject(meta)
  })
})

describe('names that disagree are listed for the user to pick', () => {
  it.each([
    [
      'pdf-viewer.hongze.txt',
      [
        { name: '淮安市洪泽区人民政府', source: 'title' },
        { name: '淮安市洪泽区人民政府办公室', source: 'preamble' },
      ],
    ],
    [
      'pdf-viewer.shuyang-fgj.txt',
      [
        { name: '沭阳县发展和改革局', source: 'title' },
        { name: '沭阳县发改局', source: 'signature' },
      ],
    ],
    ['converter.qingdao-audit.md', [{ name: '青岛市审计局', source: 'title' }]],
  ])('%s', (name, seen) => {
    expect(parse(name).report.agencyNames).toEqual(seen)
  })

  it('a typo in the preamble is offered as printed, never corrected', () => {
    const result = parseReportText(
      '沭阳县人民政府2024年政府信息公开工作年度报告\n现将沐阳县人民政府2024年政府信息公开工作年度报告予以公布。\n一、总体情况\n正文。',
    )
    expect(result.report.agencyNames).toEqual([
      { name: '沭阳县人民政府', source: 'title' },
      { name: '沐阳县人民政府', source: 'preamble' },
    ])
  })

  it('the name picked is the draft’s', () => {
    const result = parse('pdf-viewer.hongze.txt')
    const draft = draftFromImport(result, { agencyName: '淮安市洪泽区人民政府办公室' })
    expect(draft.meta.agencyName).toBe('淮安市洪泽区人民政府办公室')
    expect(result.draft.meta.agencyName).toBe('淮安市洪泽区人民政府')
  })
})

describe('every word in its place', () => {
  it.each([
    ['pdf-viewer.hongze.txt (PDF viewer copy, district, 2023)', 'pdf-viewer.hongze.txt', HONGZE],
    [
      'pdf-viewer.fuzhou-edu.txt (font-split lines, page footers, freely worded sub-parts)',
      'pdf-viewer.fuzhou-edu.txt',
      FUZHOU,
    ],
    [
      'pdf-viewer.shuyang-fgj.txt (title wrapped before its end, no intro)',
      'pdf-viewer.shuyang-fgj.txt',
      SHUYANG,
    ],
    [
      'converter.shanghai-kw.md (### sub-parts, bold, pipes, quote)',
      'converter.shanghai-kw.md',
      SHANGHAI,
    ],
    [
      'converter.qingdao-audit.md (bold headings run into text)',
      'converter.qingdao-audit.md',
      QINGDAO,
    ],
    [
      'converter.huizhou-civil.md (setext title, 1. sub-parts, 概述)',
      'converter.huizhou-civil.md',
      HUIZHOU,
    ],
    [
      'page.fujian-commerce.html (saved page, headings in words of its own)',
      'page.fujian-commerce.html',
      FUJIAN,
    ],
  ])('%s', (_, name, want) => {
    const result = parse(name)
    const { preamble, problems, otherMatters, ...overview } = want
    expect(result.draft.narrative.overview).toEqual(overview)
    expect(result.draft.narrative.problems).toBe(problems)
    expect(result.draft.narrative.otherMatters).toBe(otherMatters)
    // The preamble is kept as printed (null only when the source has none).
    expect(result.draft.preamble).toBe(preamble)
    for (const text of allText(result)) expect(text).not.toMatch(MARKUP)
    expect(
      result.report.missing.filter((f) => f.fields.some((p) => p.startsWith('narrative'))),
    ).toEqual([])
  })

  it.each([
    [
      'a 五 without a heading of its own: its text goes to 五 with an I3 saying where from',
      '某区城市管理局2023年政府信息公开工作年度报告\n本报告根据《条例》编制。\n一、总体情况\n概述正文。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n0 0 0 0 0 0 0 0 0 0 0 0 0 0 0\n我局政务公开工作仍存在信息更新不够及时等问题，下一步将加强督促检查。\n六、其他需要报告的事项\n无。',
      'problems',
      '我局政务公开工作仍存在信息更新不够及时等问题，下一步将加强督促检查。',
    ],
    [
      'another agency, wrapped over two lines after table 4',
      '黄山市屯溪区农业农村局2022年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n行政复议 行政诉讼\n存在的不足：政策解读形式单一，\n回应关切不够及时。\n六、其他需要报告的事项\n无。',
      'problems',
      '存在的不足：政策解读形式单一，\n回应关切不够及时。',
    ],
    [
      'a note between table 2 and table 3 goes to the end of 一',
      '岳阳市君山区交通运输局2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n全年公开信息88条。\n二、主动公开政府信息情况\n规章 0 0 0\n本局全年未制发规章，相关数据均为零，特此说明。\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n五、存在的主要问题及改进情况\n无。\n六、其他需要报告的事项\n无。',
      'overview.proactive',
      '全年公开信息88条。\n本局全年未制发规章，相关数据均为零，特此说明。',
    ],
  ])('%s', (_, text, field, want) => {
    const result = parseReportText(text)
    const narrative = result.draft.narrative as unknown as Record<string, unknown>
    const got =
      field === 'overview.proactive'
        ? result.draft.narrative.overview.proactive
        : (narrative[field] as string)
    expect(got.replace(/\n/g, '')).toBe(want.replace(/\n/g, ''))
    expect(result.report.missing.some((f) => f.rule === 'I3' && f.message.includes('已放入'))).toBe(
      true,
    )
  })

  it.each([
    'pdf-viewer.hongze.txt',
    'pdf-viewer.fuzhou-edu.txt',
    'converter.shanghai-kw.md',
    'page.fujian-commerce.html',
  ])('%s: the preview lists each part with its first words and length', (name) => {
    const parts = parse(name).report.textParts
    expect(parts.map((p) => p.field)).toEqual([
      'preamble',
      'narrative.overview.intro',
      'narrative.overview.proactive',
      'narrative.overview.onRequest',
      'narrative.overview.management',
      'narrative.overview.platform',
      'narrative.overview.oversight',
      'narrative.problems',
      'narrative.otherMatters',
    ])
    for (const part of parts) expect(part.length).toBeGreaterThan(0)
  })

  it('first words and length, counted by hand', () => {
    const oversight = parse('pdf-viewer.hongze.txt').report.textParts[6]
    expect(oversight).toMatchObject({ head: '将政务公开纳入年度绩效考核，组织', length: 36 })
  })
})

describe('paragraphs rebuilt from a PDF viewer’s lines', () => {
  it.each([
    [
      'a sentence split at every printed line',
      '根据\n《中华人民共和\n国政府信息公开条例》规定。',
      '根据《中华人民共和国政府信息公开条例》规定。',
    ],
    [
      '“2024 年” spacing closed up',
      '2024 年 1 月，全区\n共受理申请 12 件。',
      '2024年1月，全区共受理申请12件。',
    ],
    [
      'numbered headings stay apart',
      '1.加强组织领导\n成立工作专班，统筹推进\n公开工作。\n2.完善制度\n修订办法两项。',
      '1.加强组织领导\n成立工作专班，统筹推进公开工作。\n2.完善制度\n修订办法两项。',
    ],
  ])('%s', (_, body, want) => {
    const text = `某县水利局2023年政府信息公开工作年度报告\n一、总体情况\n${body}\n平台持续优化，栏目\n设置更加合理。\n二、主动公开政府信息情况`
    const intro = parseReportText(text).draft.narrative.overview.intro
    expect(intro.split('\n').slice(0, -1).join('\n')).toBe(want)
  })

  it('a web page’s own paragraphs stay as they are', () => {
    const text =
      '某市统计局2022年政府信息公开工作年度报告\n一、总体情况\n第一段正文，全年公开信息100条。\n第二段正文，办理申请5件。\n第三段正文，开展培训2次。\n二、主动公开政府信息情况'
    expect(parseReportText(text).draft.narrative.overview.intro).toBe(
      '第一段正文，全年公开信息100条。\n第二段正文，办理申请5件。\n第三段正文，开展培训2次。',
    )
  })
})

describe('empty cells of the source', () => {
  const table4 = (cells: string[]) =>
    `<html><head><title>${'{T}'}</title></head><body><p>四、政府信息公开行政复议、行政诉讼情况</p><table><tr><td colspan="5">行政复议</td><td colspan="10">行政诉讼</td></tr><tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td><td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr><tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr></table></body></html>`

  it.each([['page.fujian-commerce.html', 10]])(
    '%s: %i empty cells named, with the 按0读取 choice',
    (name, count) => {
      const result = parse(name)
      expect(result.report.emptyCells).toHaveLength(count)
      const finding = result.report.uncertain.find((f) => f.message.includes('为空白'))
      expect(finding?.message).toContain(`原文${count}个单元格为空白`)
      const zeroed = draftFromImport(result, { placeholdersAsZero: true })
      for (const key of result.report.emptyCells) expect(zeroed.cells[key]).toBe('0')
      expect(zeroed.importReview?.findings.some((f) => f.message.includes('为空白'))).toBe(false)
    },
  )

  it('converter Markdown with empty pipe cells: named as empty, not read as 0', () => {
    const text =
      '贵阳市观山湖区生态环境局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n二、主动公开政府信息情况\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n| --- | --- | --- | --- |\n| 规章 |  | 0 | 0 |\n| 行政规范性文件 | 2 |  | 5 |\n三、收到和处理政府信息公开申请情况\n'
    const result = parseReportText(text)
    expect(result.report.emptyCells).toEqual([
      'table2.regulations.issued',
      'table2.normativeDocuments.repealed',
    ])
    expect(result.draft.cells['table2.regulations.issued']).toBe('')
    expect(result.draft.cells['table2.normativeDocuments.issued']).toBe('2')
  })

  it.each([
    [
      'no empty cell',
      ['0', '0', '0', '0', '0', '1', '0', '0', '0', '1', '0', '0', '0', '0', '0'],
      0,
    ],
    ['four empty', ['', '0', '0', '', '0', '1', '0', '', '0', '1', '0', '0', '', '0', '0'], 4],
    [
      'a dash is a placeholder, not empty',
      ['—', '0', '0', '0', '0', '', '0', '0', '0', '0', '0', '0', '0', '0', '0'],
      1,
    ],
  ])('table 4 with %s', (_, cells, count) => {
    const html = table4(cells).replace('{T}', '某市司法局2023年政府信息公开工作年度报告')
    const result = parseReportText('', { html })
    expect(result.report.emptyCells).toHaveLength(count)
  })
})

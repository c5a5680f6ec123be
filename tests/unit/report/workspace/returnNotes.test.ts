import { describe, expect, it } from 'vitest'
import type { Finding, RuleId } from '../../../../src/report'
import {
  RETURN_NOTE_LEADS,
  returnNoteLine,
  returnNotes,
  returnNotesForAll,
} from '../../../../src/report/workspace/returnNotes'

const finding = (rule: RuleId, message: string, extra: Partial<Finding> = {}): Finding => ({
  rule,
  severity: 'error',
  cells: [],
  fields: [],
  message,
  ...extra,
})

// Expected wording written out by hand, one row per rule of spec §5 (and the import/PDF ones).
const CASES: readonly [RuleId, string, string][] = [
  [
    'R1',
    '自然人列：一＋二＝12，三（七）总计＋四＝11，相差1',
    '表三勾稽关系不成立（每一列都应满足：一＋二＝三（七）总计＋四）：自然人列：一＋二＝12，三（七）总计＋四＝11，相差1。',
  ],
  [
    'R2',
    '“（一）予以公开”行：总计为9，各类申请人之和为8，相差1',
    '表三“总计”列与各类申请人之和不符（每一行的总计应等于自然人与五类法人或其他组织之和）：“（一）予以公开”行：总计为9，各类申请人之和为8，相差1。',
  ],
  [
    'R3',
    '自然人列：（七）总计为20，（一）至（六）各项之和为18，相差2',
    '表三“（七）总计”与办理结果各项之和不符（应等于（一）至（六）各项之和）：自然人列：（七）总计为20，（一）至（六）各项之和为18，相差2。',
  ],
  [
    'R4',
    '行政复议：总计为5，结果维持＋结果纠正＋其他结果＋尚未审结＝4，相差1',
    '表四总计与各项之和不符（总计应等于结果维持＋结果纠正＋其他结果＋尚未审结）：行政复议：总计为5，结果维持＋结果纠正＋其他结果＋尚未审结＝4，相差1。',
  ],
  [
    'V1',
    '一、本年新收政府信息公开申请数量 自然人：“12元”只填数字，不要带单位',
    '表格数字填写不规范（件数只填不小于0的整数，收费金额只填以万元为单位的数字，不带单位和符号）：一、本年新收政府信息公开申请数量 自然人：“12元”只填数字，不要带单位。',
  ],
  ['M1', '请填写机关名称', '基本信息不全（须写明机关名称和报告年度）：请填写机关名称。'],
  [
    'M2' as RuleId,
    '网址应为 http:// 或 https:// 开头的地址',
    '基本信息填写不规范（报告年度、机关名称、网址、联系电话须符合格式）：网址应为 http:// 或 https:// 开头的地址。',
  ],
  [
    'W1',
    '自然人列：上年结转为3，上年报告结转下年度为4',
    '表三“上年结转”与上一年度报告的“结转下年度继续办理”不一致：自然人列：上年结转为3，上年报告结转下年度为4。',
  ],
  [
    'W2',
    '行政规范性文件：现行有效12，应为13',
    '表二“现行有效件数”与上年现行有效件数＋本年制发－本年废止不一致：行政规范性文件：现行有效12，应为13。',
  ],
  [
    'W3',
    '正文说收到申请20件，表三为21件',
    '正文所述数字与表格不一致：正文说收到申请20件，表三为21件。',
  ],
  [
    'W4',
    '行政层级为乡镇级，无权制定规章，但表二“规章”行填了非零数字；应为0，或把文件计入“行政规范性文件”',
    '县级、乡镇级机关无权制定规章，表二“规章”行应为0：行政层级为乡镇级，无权制定规章，但表二“规章”行填了非零数字；应为0，或把文件计入“行政规范性文件”。',
  ],
  [
    'W5',
    '本年收费金额填的是52000万元',
    '表二收费金额单位应为万元，所填数字疑似按元填写：本年收费金额填的是52000万元。',
  ],
  [
    'W6',
    '五、存在的主要问题及改进情况尚未填写；审核不接受空白',
    '“五、存在的主要问题及改进情况”不能空白、仅写“无”或过于简短：五、存在的主要问题及改进情况尚未填写；审核不接受空白。',
  ],
  ['W7', '总体情况与上年重复78%', '正文与上一年度报告大面积重复：总体情况与上年重复78%。'],
  [
    'W8',
    '引用了国办公开办函〔2019〕60号',
    '仍引用已废止的国办公开办函〔2019〕60号或2019年版表格：引用了国办公开办函〔2019〕60号。',
  ],
  ['W9', '正文有“XX”', '正文留有模板占位文字：正文有“XX”。'],
  [
    'W10',
    '2025年度部门年度报告的发布期限（2026年1月31日）已过3天，请尽快发布',
    '发布期限将至或已过：2025年度部门年度报告的发布期限（2026年1月31日）已过3天，请尽快发布。',
  ],
  [
    'I1',
    '表二按2019年格式填写',
    '报告使用的是2019年试行格式，须按2021年格式（国办公开办函〔2021〕30号）重新填报：表二按2019年格式填写。',
  ],
  [
    'I2',
    '“一、本年新收”行数字连写，无法确定拆分',
    '报告中有数字无法确定：“一、本年新收”行数字连写，无法确定拆分。',
  ],
  ['I3', '未找到表四', '报告缺少规定的部分或表格：未找到表四。'],
  ['G1', '“堃”字库中没有', '报告中有字库缺少的字符：“堃”字库中没有。'],
]

describe('returnNoteLine', () => {
  it.each(CASES)(
    '%s: says what the rule asks, then where and by how much',
    (rule, message, line) => {
      expect(returnNoteLine(finding(rule, message))).toBe(line)
    },
  )

  it.each([
    ['单位是万元，是否误填为元？', '单位是万元，是否误填为元？'],
    ['请核对!', '请核对!'],
    ['请核对。', '请核对。'],
    ['请核对；', '请核对。'],
  ])('a message ending %j ends the line as %j (no “？。”)', (message, ending) => {
    expect(returnNoteLine(finding('W5', message)).endsWith(`：${ending}`)).toBe(true)
  })

  it('has a case for every rule that has a lead', () => {
    expect(CASES.map(([rule]) => rule).sort()).toEqual(
      Object.keys(RETURN_NOTE_LEADS)
        .filter((rule) => rule !== 'V2')
        .sort(),
    )
  })

  it('V2: names the blank cells (at most 12, then how many)', () => {
    const cells = Array.from({ length: 14 }, (_, i) =>
      i === 0 ? 'table3.newReceived.natural' : `table4.reconsideration.upheld`,
    )
    const line = returnNoteLine(
      finding('V2', '表三（依申请公开）还有14个空白单元格，定稿前须填写（没有的填0）', { cells }),
    )
    expect(line).toBe(
      '表格有空白单元格（没有发生的事项应填0，不能留空）：表三（依申请公开）还有14个空白单元格，定稿前须填写（没有的填0），包括：一、本年新收政府信息公开申请数量 自然人；' +
        Array(11).fill('行政复议 结果维持').join('；') +
        '等14处。',
    )
  })

  it('words a rule it does not know (a later rule id) instead of failing', () => {
    expect(returnNoteLine(finding('X9' as RuleId, '新规则的说明'))).toBe(
      '不符合规则 X9：新规则的说明。',
    )
  })
})

describe('returnNotes', () => {
  it('lists errors to correct, then points to verify, numbered', () => {
    const text = returnNotes({
      agencyName: '某镇人民政府',
      year: 2025,
      findings: [
        finding('W6', '五、存在的主要问题及改进情况尚未填写', { severity: 'warning' }),
        finding('R1', '自然人列：一＋二＝3，三（七）总计＋四＝2，相差1'),
      ],
    })
    expect(text.split('\n')).toEqual([
      '关于《某镇人民政府2025年政府信息公开工作年度报告》的审核意见',
      '',
      '经审核，该报告存在以下1处须更正的错误，请更正后重新报送：',
      '一、须更正的错误',
      '1. 表三勾稽关系不成立（每一列都应满足：一＋二＝三（七）总计＋四）：自然人列：一＋二＝3，三（七）总计＋四＝2，相差1。',
      '二、请核实的问题',
      '1. “五、存在的主要问题及改进情况”不能空白、仅写“无”或过于简短：五、存在的主要问题及改进情况尚未填写。',
    ])
  })

  it('has only points to verify when there is no error, and nothing when there is no finding', () => {
    const warningsOnly = returnNotes({
      agencyName: '',
      year: null,
      findings: [finding('W9', '正文有“XX”', { severity: 'warning' })],
    })
    expect(warningsOnly).toContain('《（未填机关名称）年政府信息公开工作年度报告》')
    expect(warningsOnly).toContain('有以下问题请核实')
    expect(warningsOnly).toContain('一、请核实的问题')
    expect(returnNotes({ agencyName: '甲', year: 2025, findings: [] })).toBe('')
  })

  it('joins several reports and leaves out those without findings', () => {
    const text = returnNotesForAll([
      { agencyName: '甲局', year: 2025, findings: [finding('M1', '请填写报告年度')] },
      { agencyName: '乙局', year: 2025, findings: [] },
      { agencyName: '丙局', year: 2025, findings: [finding('V2', '表四还有1个空白单元格')] },
    ])
    expect(text).toContain('甲局2025年')
    expect(text).not.toContain('乙局')
    expect(text.split('\n\n关于')).toHaveLength(2)
  })
})

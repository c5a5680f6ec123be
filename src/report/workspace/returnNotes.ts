/**
 * 退回意见: what a 政务公开办 sends back to an agency, as plain text. Each finding becomes one
 * numbered line: what the rule asks (in a reviewer's words) and the finding's own message, which
 * names the table, row, column, the figures and by how much they are off.
 */
import { findCell } from '../cells'
import type { Finding, RuleId } from '../finding'
import { formatReportTitle } from '../format'

/**
 * What each rule asks, as a reviewer would say it before the details. M2 (well-formed metadata)
 * is listed ahead of its rule id joining `RuleId`, so the wording is ready when the rule is.
 */
export const RETURN_NOTE_LEADS: Readonly<Record<RuleId | 'M2', string>> = {
  R1: '表三勾稽关系不成立（每一列都应满足：一＋二＝三（七）总计＋四）',
  R2: '表三“总计”列与各类申请人之和不符（每一行的总计应等于自然人与五类法人或其他组织之和）',
  R3: '表三“（七）总计”与办理结果各项之和不符（应等于（一）至（六）各项之和）',
  R4: '表四总计与各项之和不符（总计应等于结果维持＋结果纠正＋其他结果＋尚未审结）',
  V1: '表格数字填写不规范（件数只填不小于0的整数，收费金额只填以万元为单位的数字，不带单位和符号）',
  V2: '表格有空白单元格（没有发生的事项应填0，不能留空）',
  M1: '基本信息不全（须写明机关名称和报告年度）',
  M2: '基本信息填写不规范（报告年度、机关名称、网址、联系电话须符合格式）',
  W1: '表三“上年结转”与上一年度报告的“结转下年度继续办理”不一致',
  W2: '表二“现行有效件数”与上年现行有效件数＋本年制发－本年废止不一致',
  W3: '正文所述数字与表格不一致',
  W4: '县级、乡镇级机关无权制定规章，表二“规章”行应为0',
  W5: '表二收费金额单位应为万元，所填数字疑似按元填写',
  W6: '“五、存在的主要问题及改进情况”不能空白、仅写“无”或过于简短',
  W7: '正文与上一年度报告大面积重复',
  W8: '仍引用已废止的国办公开办函〔2019〕60号或2019年版表格',
  W9: '正文留有模板占位文字',
  W10: '发布期限将至或已过',
  I1: '报告使用的是2019年试行格式，须按2021年格式（国办公开办函〔2021〕30号）重新填报',
  I2: '报告中有数字无法确定',
  I3: '报告缺少规定的部分或表格',
  G1: '报告中有字库缺少的字符',
}

/** Rules whose cells are worth naming one by one when the message does not (V2 counts them). */
const NAME_CELLS: ReadonlySet<RuleId> = new Set(['V2'])
const MAX_NAMED_CELLS = 12

/** One finding as a sentence for the agency, e.g. “表三勾稽关系不成立（…）：自然人列：…相差1。”. */
export function returnNoteLine(finding: Finding): string {
  const lead =
    (RETURN_NOTE_LEADS as Readonly<Record<string, string>>)[finding.rule] ??
    `不符合规则 ${finding.rule}`
  let detail = finding.message.replace(/[。；;，,\s]+$/, '')
  if (NAME_CELLS.has(finding.rule) && finding.cells.length > 0) {
    const names = finding.cells.slice(0, MAX_NAMED_CELLS).map((key) => findCell(key)?.name ?? key)
    const more = finding.cells.length > MAX_NAMED_CELLS ? `等${finding.cells.length}处` : ''
    detail += `，包括：${names.join('；')}${more}`
  }
  // A message that ends in a question (“是否误填为元？”) takes no full stop after it.
  return /[？！?!]$/.test(detail) ? `${lead}：${detail}` : `${lead}：${detail}。`
}

/** The report a note is about. */
export interface ReturnNoteSubject {
  readonly agencyName: string
  readonly year: number | null
  readonly findings: readonly Finding[]
}

const CHINESE_ORDINALS = ['一', '二', '三', '四']

/**
 * The 退回意见 of one report: errors to correct, then points to verify; '' when it has no finding.
 * Info findings (e.g. an import's notes) are listed with the points to verify.
 */
export function returnNotes(subject: ReturnNoteSubject): string {
  const errors = subject.findings.filter((f) => f.severity === 'error')
  const others = subject.findings.filter((f) => f.severity !== 'error')
  if (errors.length + others.length === 0) return ''
  const title = formatReportTitle(subject.agencyName.trim() || '（未填机关名称）', subject.year)
  const lines = [`关于《${title}》的审核意见`, '']
  lines.push(
    errors.length > 0
      ? `经审核，该报告存在以下${errors.length}处须更正的错误，请更正后重新报送：`
      : '经审核，该报告有以下问题请核实，必要时修改后重新报送：',
  )
  let section = 0
  const list = (heading: string, findings: readonly Finding[]) => {
    if (findings.length === 0) return
    lines.push(`${CHINESE_ORDINALS[section++]}、${heading}`)
    findings.forEach((finding, i) => lines.push(`${i + 1}. ${returnNoteLine(finding)}`))
  }
  list('须更正的错误', errors)
  list('请核实的问题', others)
  return lines.join('\n')
}

/** The 退回意见 of several reports, separated by a blank line; reports without findings are left out. */
export function returnNotesForAll(subjects: readonly ReturnNoteSubject[]): string {
  return subjects
    .map(returnNotes)
    .filter((text) => text !== '')
    .join('\n\n')
}

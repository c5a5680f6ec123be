// What the Word file and the web page must show, computed here from the typed values (never by
// the code under test), and readers that resolve merged table cells to row/column slots.
import type { Page } from 'playwright-core'
import { TABLE3_COLUMNS, TABLE3_INPUT_ROWS, TABLE3_RESULT_ROWS } from './report'

const TABLE4_GROUPS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']
const TABLE4_COLUMNS = ['upheld', 'corrected', 'other', 'pending']

/** Every number slot `table,row,column` (0-based, merged cells resolved) → its printed text. */
export function expectedNumberSlots(values: Map<string, string>): Map<string, string> {
  const slots = new Map<string, string>()
  const n = (key: string) => Number(values.get(key))
  // Table 2: rows 2, 3 (规章, 行政规范性文件) have three columns; 6, 9, 10, 13 one value over three.
  ;['regulations', 'normativeDocuments'].forEach((row, i) =>
    ['issued', 'repealed', 'inForce'].forEach((col, c) =>
      slots.set(`0,${2 + i},${1 + c}`, values.get(`table2.${row}.${col}`) ?? ''),
    ),
  )
  const singles: [number, string][] = [
    [6, 'table2.licensing.decisions'],
    [9, 'table2.punishment.decisions'],
    [10, 'table2.coercion.decisions'],
    [13, 'table2.fees.amountWan'],
  ]
  for (const [row, key] of singles)
    for (let c = 1; c <= 3; c += 1) slots.set(`0,${row},${c}`, values.get(key) ?? '')
  // Table 3: 3 header rows; body rows in order, 三（七）总计 after the result rows; columns 3–9.
  const rows = [
    ...TABLE3_INPUT_ROWS.slice(0, 2 + TABLE3_RESULT_ROWS.length),
    'resultsTotal',
    'carriedForward',
  ]
  rows.forEach((row, r) => {
    let rowTotal = 0
    TABLE3_COLUMNS.forEach((col, c) => {
      const value =
        row === 'resultsTotal'
          ? TABLE3_RESULT_ROWS.reduce((s, res) => s + n(`table3.${res}.${col}`), 0)
          : n(`table3.${row}.${col}`)
      rowTotal += value
      slots.set(`1,${3 + r},${3 + c}`, String(value))
    })
    slots.set(`1,${3 + r},9`, String(rowTotal))
  })
  // Table 4: one body row (row 3) of 15 numbers, each group's 总计 last.
  TABLE4_GROUPS.forEach((group, g) => {
    let total = 0
    TABLE4_COLUMNS.forEach((col, c) => {
      total += n(`table4.${group}.${col}`)
      slots.set(`2,3,${g * 5 + c}`, values.get(`table4.${group}.${col}`) ?? '')
    })
    slots.set(`2,3,${g * 5 + 4}`, String(total))
  })
  return slots
}

/** The web page's tables in a page, each as slot `table,row,column` → { text, tag }. */
export async function htmlTableSlots(
  page: Page,
): Promise<Record<string, { text: string; tag: string }>> {
  return page.$$eval('table', (tables) => {
    const out: Record<string, { text: string; tag: string }> = {}
    tables.forEach((table, t) => {
      const taken = new Set<string>()
      Array.from(table.rows).forEach((row, r) => {
        let c = 0
        for (const cell of Array.from(row.cells)) {
          while (taken.has(`${r},${c}`)) c += 1
          for (let dr = 0; dr < cell.rowSpan; dr += 1)
            for (let dc = 0; dc < cell.colSpan; dc += 1) {
              taken.add(`${r + dr},${c + dc}`)
              out[`${t},${r + dr},${c + dc}`] = {
                text: cell.textContent ?? '',
                tag: cell.tagName.toLowerCase(),
              }
            }
          c += cell.colSpan
        }
      })
    })
    return out
  })
}

/** The Word file's tables (document.xml parsed in the page), as slot `table,row,column` → text. */
export async function docxTableSlots(
  page: Page,
  documentXml: string,
): Promise<Record<string, string>> {
  return page.evaluate((source) => {
    const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    const doc = new DOMParser().parseFromString(source, 'application/xml')
    const kids = (el: Element, name: string) =>
      Array.from(el.children).filter((c) => c.namespaceURI === W && c.localName === name)
    const out: Record<string, string> = {}
    Array.from(doc.getElementsByTagNameNS(W, 'tbl')).forEach((tbl, t) => {
      kids(tbl, 'tr').forEach((tr, r) => {
        let c = 0
        for (const tc of kids(tr, 'tc')) {
          const pr = kids(tc, 'tcPr')[0]
          const span = Number(pr && kids(pr, 'gridSpan')[0]?.getAttributeNS(W, 'val')) || 1
          const merge = pr && kids(pr, 'vMerge')[0]
          const continued = merge !== undefined && merge.getAttributeNS(W, 'val') !== 'restart'
          const text = Array.from(tc.getElementsByTagNameNS(W, 't'))
            .map((x) => x.textContent)
            .join('')
          for (let dc = 0; dc < span; dc += 1)
            out[`${t},${r},${c + dc}`] = continued ? (out[`${t},${r - 1},${c + dc}`] ?? '?') : text
          c += span
        }
      })
    })
    return out
  }, documentXml)
}

const TABLE3_ROW_LABELS: Record<string, string[]> = {
  newReceived: ['一、本年新收政府信息公开申请数量'],
  carriedOver: ['二、上年结转政府信息公开申请数量'],
  disclosed: ['三、本年度办理结果', '（一）予以公开'],
  partiallyDisclosed: ['（二）部分公开（区分处理的，只计这一情形，不计其他情形）'],
  withheldStateSecret: ['（三）不予公开', '1.属于国家秘密'],
  withheldByLaw: ['2.其他法律行政法规禁止公开'],
  withheldSecurity: ['3.危及“三安全一稳定”'],
  withheldThirdParty: ['4.保护第三方合法权益'],
  withheldInternal: ['5.属于三类内部事务信息'],
  withheldProcess: ['6.属于四类过程性信息'],
  withheldEnforcement: ['7.属于行政执法案卷'],
  withheldQuery: ['8.属于行政查询事项'],
  unavailableNotHeld: ['（四）无法提供', '1.本机关不掌握相关政府信息'],
  unavailableNeedsCreation: ['2.没有现成信息需要另行制作'],
  unavailableUnclear: ['3.补正后申请内容仍不明确'],
  rejectedComplaint: ['（五）不予处理', '1.信访举报投诉类申请'],
  rejectedRepeated: ['2.重复申请'],
  rejectedPublication: ['3.要求提供公开出版物'],
  rejectedExcessive: ['4.无正当理由大量反复申请'],
  rejectedConfirmation: ['5.要求行政机关确认或重新出具已获取信息'],
  otherNoCorrection: [
    '（六）其他处理',
    '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  ],
  otherUnpaidFee: ['2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
  otherOther: ['3.其他'],
  resultsTotal: ['（七）总计'],
  carriedForward: ['四、结转下年度继续办理'],
}

/**
 * Every cell of the three tables in reading order (row by row, a merged cell once, where it
 * starts), labels verbatim from spec §2–§4 and numbers from `values`, under their part headings.
 */
export function tableSequence(values: Map<string, string>): string[] {
  const slots = expectedNumberSlots(values)
  const at = (t: number, r: number, c: number) => slots.get(`${t},${r},${c}`) ?? '?'
  const band = (label: string, header: string) => [label, '信息内容', header]
  const table2 = [
    ...band('第二十条第（一）项', '本年制发件数'),
    '本年废止件数',
    '现行有效件数',
    '规章',
    at(0, 2, 1),
    at(0, 2, 2),
    at(0, 2, 3),
    '行政规范性文件',
    at(0, 3, 1),
    at(0, 3, 2),
    at(0, 3, 3),
    ...band('第二十条第（五）项', '本年处理决定数量'),
    '行政许可',
    at(0, 6, 1),
    ...band('第二十条第（六）项', '本年处理决定数量'),
    '行政处罚',
    at(0, 9, 1),
    '行政强制',
    at(0, 10, 1),
    ...band('第二十条第（八）项', '本年收费金额（单位：万元）'),
    '行政事业性收费',
    at(0, 13, 1),
  ]
  const table3 = [
    '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    '申请人情况',
    '自然人',
    '法人或其他组织',
    '总计',
    '商业企业',
    '科研机构',
    '社会公益组织',
    '法律服务机构',
    '其他',
    ...Object.values(TABLE3_ROW_LABELS).flatMap((labels, r) => [
      ...labels,
      ...Array.from({ length: 7 }, (_, c) => at(1, 3 + r, 3 + c)),
    ]),
  ]
  const columns = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计']
  const table4 = [
    '行政复议',
    '行政诉讼',
    ...columns,
    '未经复议直接起诉',
    '复议后起诉',
    ...columns,
    ...columns,
    ...Array.from({ length: 15 }, (_, c) => at(2, 3, c)),
  ]
  return [
    '二、主动公开政府信息情况',
    ...table2,
    '三、收到和处理政府信息公开申请情况',
    ...table3,
    '四、政府信息公开行政复议、行政诉讼情况',
    ...table4,
  ]
}

/** Finds `expected` as a subsequence of whole lines of `lines`; returns the first one missing. */
export function firstMissingInOrder(lines: readonly string[], expected: readonly string[]) {
  let at = 0
  for (const item of expected) {
    const found = lines.indexOf(item, at)
    if (found < 0) return { item, after: lines[at - 1] ?? '(start)' }
    at = found + 1
  }
  return null
}

/** Warnings about the narrative: W3 (numbers vs tables), W6 (part 五), W8 (old format), W9 (placeholders). */
import type { ReportDraft } from '../draft'
import type { Finding } from '../finding'
import type { CellValues } from '../totals'
import { findClaims, tableFigure } from './narrativeNumbers'
import { listTextFields, type TextField } from './textFields'

/** Where a phrase stands in a text field, so the editor can select it. */
export interface TextRange {
  readonly start: number
  readonly end: number
}

/** A warning finding that points at a phrase in a text field. */
export type TextFinding = Finding & { readonly range?: TextRange }

function textFinding(
  field: TextField,
  rule: Finding['rule'],
  message: string,
  range?: TextRange,
): TextFinding {
  return { rule, severity: 'warning', cells: [], fields: [field.path], message, range }
}

/** W3: e.g. “（二）依申请公开情况写“共收到政府信息公开申请75件”，表三…总计为64”. */
export function checkW3(draft: ReportDraft, values: CellValues): TextFinding[] {
  const findings: TextFinding[] = []
  for (const field of listTextFields(draft)) {
    for (const claim of findClaims(field.text)) {
      const figure = tableFigure(claim.kind, values)
      if (figure === null || figure === claim.value) continue
      findings.push({
        ...textFinding(
          field,
          'W3',
          `${field.label}写“${claim.phrase}”，而${claim.kind.tableLabel}为${figure}`,
          // The jump selects the number only, so typing the right one replaces just it.
          { start: claim.numberStart, end: claim.numberEnd },
        ),
        cells: claim.kind.cells,
      })
    }
  }
  return findings
}

const BARE_NONE = /^[\s。.，,]*(无|暂无|没有|无。|无其他|本年度无)[\s。.，,]*$/
/** Fewer characters than this in part 五 is “very short”. */
export const MIN_PROBLEMS_LENGTH = 40

/** W6: 五、存在的主要问题及改进情况 is empty, a bare “无”, or very short. */
export function checkW6(draft: ReportDraft): Finding[] {
  const text = draft.narrative.problems.trim()
  const path = 'narrative.problems' as const
  const base = { rule: 'W6' as const, severity: 'warning' as const, cells: [], fields: [path] }
  if (text === '')
    return [{ ...base, message: '五、存在的主要问题及改进情况尚未填写；审核不接受空白' }]
  if (BARE_NONE.test(text)) {
    return [
      {
        ...base,
        message: `五、存在的主要问题及改进情况只写了“${text}”；审核不接受仅写“无”，请写明问题和改进措施`,
      },
    ]
  }
  const length = [...text.replace(/\s/g, '')].length
  if (length < MIN_PROBLEMS_LENGTH) {
    return [
      {
        ...base,
        message: `五、存在的主要问题及改进情况只有${length}个字，过于简短，请写明问题和改进措施`,
      },
    ]
  }
  return []
}

const OLD_FORMAT = [
  /国办公开办函\s*[〔［[【(（]\s*2019\s*[〕］\]】)）]\s*60\s*号/g,
  /本年新制作数量|本年新公开数量|对外公开总数量|政府集中采购/g,
]

/** W8: the text cites the superseded 国办公开办函〔2019〕60号 or the 2019 table layout. */
export function checkW8(draft: ReportDraft): TextFinding[] {
  return listTextFields(draft).flatMap((field) =>
    OLD_FORMAT.flatMap((pattern) =>
      [...field.text.matchAll(pattern)].map((match) =>
        textFinding(
          field,
          'W8',
          `${field.label}提到“${match[0]}”，这是2019年试行格式；现行格式为国办公开办函〔2021〕30号`,
          { start: match.index, end: match.index + match[0].length },
        ),
      ),
    ),
  )
}

const PLACEHOLDERS =
  /具体网址|此处填写[^）)]*[）)]?|[（(]\s*此处[^）)]*[）)]|XX+|xx+|××+|＊＊+|\*\*+|某某/g

/**
 * W9: template placeholders left in the text (“具体网址”, “XX”, “××”, “（此处填写…）”). The same
 * phrase found several times is one finding with a count, pointing at its first occurrence.
 */
export function checkW9(draft: ReportDraft): TextFinding[] {
  const byPhrase = new Map<string, { field: TextField; range: TextRange }[]>()
  for (const field of listTextFields(draft)) {
    for (const match of field.text.matchAll(PLACEHOLDERS)) {
      const range = { start: match.index, end: match.index + match[0].length }
      byPhrase.set(match[0], [...(byPhrase.get(match[0]) ?? []), { field, range }])
    }
  }
  return [...byPhrase].map(([phrase, places]) => {
    const [first] = places as [{ field: TextField; range: TextRange }]
    const fields = [...new Set(places.map((place) => place.field))]
    const message =
      places.length === 1
        ? `${first.field.label}中有模板占位文字“${phrase}”，请替换为实际内容`
        : `模板占位文字“${phrase}”出现${places.length}次（${fields.map((f) => f.label).join('、')}），请替换为实际内容`
    return {
      ...textFinding(first.field, 'W9', message, first.range),
      fields: fields.map((f) => f.path),
    }
  })
}

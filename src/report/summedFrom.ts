/**
 * The `summedFrom` field of a summed draft (本级汇总, draft file version 2): the reports it was
 * summed from. Kept apart from the main file schema so it stays one small, separate piece.
 */
import { number, object, string, ValidationError } from 'yup'
import type { SummedSource } from './draft'
import type { JsonObject } from './draftJson'

// Not draftJson's isJsonObject: draftJson imports this file, and a cycle would be fragile.
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The name of the field in the §6 document. */
export const SUMMED_FROM_FIELD = 'summedFrom'

// Built on first use, not at load: the PDF worker imports this file (via draftToDocument) but
// validates nothing, and a schema made at module level would keep yup in its bundle.
let sourceSchema: ReturnType<typeof makeSourceSchema> | undefined
const makeSourceSchema = () =>
  object({
    agencyName: string().strict().defined('缺少机关名称').typeError('机关名称应为文字'),
    year: number().strict().defined('缺少年度').integer('年度应为整数').typeError('年度应为数字'),
    fingerprint: string()
      .strict()
      .defined('缺少指纹')
      .matches(/^[0-9a-f]{16}$/, '指纹应为16位十六进制数字'),
    errorCount: number()
      .strict()
      .defined('缺少错误数')
      .integer('错误数应为整数')
      .min(0, '错误数不能为负')
      .typeError('错误数应为数字'),
  })

/** Problems of a document's `summedFrom` (empty when it is absent or well formed), in Chinese. */
export function checkSummedFrom(doc: JsonObject): string[] {
  const list = doc[SUMMED_FROM_FIELD]
  if (list === undefined) return []
  if (!Array.isArray(list)) return [`${SUMMED_FROM_FIELD}（汇总来源）：应为列表`]
  // Item by item with the object schema (yup's array schema would add weight to the first load).
  return list.flatMap((item: unknown, index) => {
    const where = `${SUMMED_FROM_FIELD}[${index}]（汇总来源）`
    if (!isObject(item)) return [`${where}：应为对象`]
    try {
      ;(sourceSchema ??= makeSourceSchema()).validateSync(item, { abortEarly: false, strict: true })
      return []
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error
      const inner = error.inner.length > 0 ? error.inner : [error]
      return inner.map((problem) => `${where}.${problem.path ?? ''}：${problem.message}`)
    }
  })
}

/** The sources of a checked document, copied; undefined when the field is absent. */
export function readSummedFrom(doc: JsonObject): SummedSource[] | undefined {
  const list = doc[SUMMED_FROM_FIELD]
  if (!Array.isArray(list)) return undefined
  return list.filter(isObject).map((item) => ({
    agencyName: String(item.agencyName),
    year: Number(item.year),
    fingerprint: String(item.fingerprint),
    errorCount: Number(item.errorCount),
  }))
}

/** The sources as the document writes them (a copy, so the draft is not shared). */
export function writeSummedFrom(sources: readonly SummedSource[]): JsonObject[] {
  return sources.map((source) => ({ ...source }))
}

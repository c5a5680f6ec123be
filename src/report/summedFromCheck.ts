/**
 * The check of a document's `summedFrom` (summedFrom.ts reads and writes it): a yup schema, used
 * by the draft file import and the stored-draft check, both loaded on demand.
 */
import { number, object, string, ValidationError } from 'yup'
import { isJsonObject, type JsonObject } from './draftJson'
import { SUMMED_FROM_FIELD } from './summedFrom'

// Built on first use, not at load: nothing here should run before a draft is checked.
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
  // Item by item with the object schema: each problem names its item's index.
  return list.flatMap((item: unknown, index) => {
    const where = `${SUMMED_FROM_FIELD}[${index}]（汇总来源）`
    if (!isJsonObject(item)) return [`${where}：应为对象`]
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

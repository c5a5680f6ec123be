/**
 * The shape of a draft's metadata and narrative, written once: the draft file (spec §6, read by
 * `readDraftFile`) and a stored draft (restored by src/storage) are checked by the same schemas.
 * Whether a well-typed value is *acceptable* (a year in range, a phone number) is M1/M2's business:
 * such a draft opens, and the review panel says what to fix.
 */
import { mixed, number, object, string, ValidationError, type AnySchema } from 'yup'
import { INPUT_CELLS } from './cells'
import type { ReportDraft } from './draft'
import { LEVELS, OVERVIEW_SECTION_KEYS } from './format'
import { isJsonObject } from './draftJson'
import { checkSummedFrom } from './summedFromCheck'

/** A text field: a string, never a number or an object. */
export const textField = (label = '应为文字') => string().strict().typeError(label)

/** Marks a field of an object schema as required with `message`. */
export const requiredField = <T extends AnySchema>(schema: T, message: string): T =>
  schema.default(undefined).required(message) as T

/** `meta` (spec §1.1). */
export const META_SCHEMA = object({
  agencyName: textField().defined('缺少机关名称（可为空字符串）'),
  year: number()
    .strict()
    .nullable()
    .typeError('应为年份数字或 null')
    .integer('应为整数')
    .min(1900, '不是年份')
    .max(9999, '不是年份'),
  level: mixed()
    .nullable()
    .oneOf([...LEVELS, null, undefined], `应为以下之一：${LEVELS.join('、')}，或 null`),
  websiteName: textField(),
  websiteUrl: textField(),
  address: textField(),
  phone: textField(),
  issuedOn: textField().nullable(),
}).typeError('应为对象')

const overviewShape = Object.fromEntries(
  ['intro', ...OVERVIEW_SECTION_KEYS].map((key) => [key, textField()]),
)

/** `narrative`: 一's introduction and sub-parts, 五 and 六. */
export const NARRATIVE_SCHEMA = object({
  overview: requiredField(object(overviewShape).typeError('应为对象'), '缺少总体情况'),
  problems: textField(),
  otherMatters: textField(),
}).typeError('应为对象')

/** `preamble`: the user's own text, or null while it follows the metadata. */
export const PREAMBLE_SCHEMA = textField().nullable()

const cellsShape = Object.fromEntries(
  INPUT_CELLS.map((cell) => [cell.key, textField('单元格内容应为文字')]),
)

/** A draft as the editor keeps it (cells as typed text), as src/storage stores it. */
export const EDITOR_DRAFT_SCHEMA = object({
  meta: requiredField(META_SCHEMA, '缺少基本信息（meta）'),
  preamble: PREAMBLE_SCHEMA,
  narrative: requiredField(NARRATIVE_SCHEMA, '缺少正文（narrative）'),
  cells: object(cellsShape).typeError('应为对象'),
})

/** Each problem of a yup validation as “path：message”. */
export function validationProblems(
  schema: AnySchema,
  value: unknown,
  describe: (path: string) => string = (path) => path,
): string[] {
  try {
    schema.validateSync(value, { abortEarly: false, strict: true })
    return []
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    const inner = error.inner.length > 0 ? error.inner : [error]
    return inner.map((item) => `${describe(item.path ?? '')}：${item.message}`)
  }
}

/** A stored draft checked and completed (fields a later version added get their defaults). */
export type StoredDraftResult =
  | { readonly ok: true; readonly draft: ReportDraft }
  | { readonly ok: false; readonly problems: readonly string[] }

/**
 * Checks a stored draft as strictly as a draft file: every field of the right type. Missing
 * fields take the empty draft's values; unknown fields are kept.
 */
export function validateStoredDraft(raw: unknown, empty: ReportDraft): StoredDraftResult {
  if (!isJsonObject(raw)) return { ok: false, problems: ['草稿内容不是对象'] }
  const meta = raw.meta ?? {}
  const narrative = raw.narrative ?? {}
  const overview = isJsonObject(narrative) ? (narrative.overview ?? {}) : {}
  const candidate = {
    ...raw,
    meta: isJsonObject(meta) ? { ...empty.meta, ...meta } : meta,
    preamble: raw.preamble ?? null,
    narrative: isJsonObject(narrative)
      ? {
          ...empty.narrative,
          ...narrative,
          overview: isJsonObject(overview)
            ? { ...empty.narrative.overview, ...overview }
            : overview,
        }
      : narrative,
    cells: raw.cells ?? {},
  }
  const problems = validationProblems(EDITOR_DRAFT_SCHEMA, candidate)
  problems.push(...checkSummedFrom(raw))
  if (isJsonObject(candidate.cells)) {
    for (const [key, value] of Object.entries(candidate.cells)) {
      if (typeof value !== 'string') problems.push(`cells.${key}：单元格内容应为文字`)
    }
  }
  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] }
  return { ok: true, draft: candidate as unknown as ReportDraft }
}

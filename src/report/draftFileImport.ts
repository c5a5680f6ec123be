/**
 * Reading a draft file (spec §6): size limit, JSON, prototype keys dropped, newer versions refused,
 * then the whole document validated with a yup schema. Every problem is listed in Chinese.
 */
import { hasOwnKey, ownValue } from './ownKey'
import { mixed, number, object, type AnySchema } from 'yup'
import { INPUT_CELLS, findCell } from './cells'
import type { ReportDraft } from './draft'
import {
  DRAFT_FILE_KIND,
  DRAFT_FILE_SCHEMA_VERSION,
  documentToDraft,
  extractUnknownFields,
  isJsonObject,
  type DraftExtra,
} from './draftJson'
import {
  META_SCHEMA,
  NARRATIVE_SCHEMA,
  PREAMBLE_SCHEMA,
  requiredField,
  validationProblems,
} from './draftSchema'
import { PART_HEADINGS } from './format'
import { migrateDraftDocument } from './draftFileMigrations'
import { MAX_AMOUNT_DECIMALS } from './numbers'
import { checkSummedFrom } from './summedFromCheck'

/**
 * Most the unknown fields of a draft file may hold (kept with the draft so a re-export keeps
 * them): a few other tools' notes fit, a multi-megabyte blob that would fill storage does not.
 */
export const MAX_UNKNOWN_FIELDS_BYTES = 64 * 1024

/** Largest draft file accepted: 5 MB. */
export const MAX_DRAFT_FILE_BYTES = 5 * 1024 * 1024

/** The outcome of reading a draft file: a draft and its unknown fields, or every problem. */
export type DraftFileResult =
  | { readonly ok: true; readonly draft: ReportDraft; readonly extra: DraftExtra | undefined }
  | { readonly ok: false; readonly problems: readonly string[] }

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

// A text with none of those words and no \u escape (which could spell one) has no such key, so it
// is parsed without the reviver, which costs a draft file three times as long.
const MAY_HOLD_FORBIDDEN_KEY = /__proto__|constructor|prototype|\\u/

/** JSON.parse that drops `__proto__`, `constructor` and `prototype` keys wherever they are. */
export function parseJsonSafely(text: string): unknown {
  if (!MAY_HOLD_FORBIDDEN_KEY.test(text)) return JSON.parse(text)
  return JSON.parse(text, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value))
}

/** UTF-8 byte length of a string, without allocating it. */
export function utf8Length(text: string): number {
  let bytes = 0
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    if (code < 0x80) bytes += 1
    else if (code < 0x800) bytes += 2
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4
      i += 1
    } else bytes += 3
  }
  return bytes
}

const META_LABELS: Record<string, string> = {
  agencyName: '机关名称',
  year: '报告年度',
  level: '行政层级',
  websiteName: '门户网站名称',
  websiteUrl: '网址',
  address: '联系地址',
  phone: '联系电话',
  issuedOn: '成文日期',
}

/** Where a problem is, for people: “table3.newReceived.natural（一、本年新收… 自然人）”. */
function describePath(path: string): string {
  const cell = findCell(path) ?? findCell(`${path}.natural`)
  if (cell?.key === path) return `${path}（${cell.name}）`
  if (cell) return `${path}（${cell.name.replace(/ 自然人$/, '')}）`
  const [head = '', second = ''] = path.split('.')
  const metaLabel = ownValue(META_LABELS, second)
  if (head === 'meta' && metaLabel) return `${path}（${metaLabel}）`
  if (hasOwnKey(PART_HEADINGS, head))
    return `${path}（${PART_HEADINGS[head as keyof typeof PART_HEADINGS]}）`
  return path || '文件'
}

const count = () =>
  number()
    .strict()
    .nullable()
    .defined('缺少此单元格（空白请写 null）')
    .typeError('应为数字或 null（空白），不能是文字')
    .integer('应为整数')
    .min(0, '不能为负数')

const AMOUNT = new RegExp(`^\\d+(\\.\\d{1,${MAX_AMOUNT_DECIMALS}})?$`)
const amount = () =>
  mixed()
    .nullable()
    .defined('缺少此单元格（空白请写 null）')
    .test('amount', '应为不小于0的金额（万元），写成字符串如 "4068.208" 或 null', (value) => {
      if (value === null) return true
      if (typeof value === 'number') return Number.isFinite(value) && value >= 0
      return typeof value === 'string' && AMOUNT.test(value)
    })

const required = requiredField

function tableSchema(table: string): AnySchema {
  const rows: Record<string, Record<string, AnySchema>> = {}
  for (const cell of INPUT_CELLS.filter((c) => c.table === table)) {
    ;(rows[cell.row] ??= {})[cell.column] = cell.kind === 'amount' ? amount() : count()
  }
  const shape = Object.fromEntries(
    Object.entries(rows).map(([row, columns]) => [
      row,
      required(object(columns).typeError('应为对象'), '缺少此行'),
    ]),
  )
  return required(object(shape).typeError('应为对象'), '缺少此表格')
}

/** The yup schema of a whole draft file (unknown fields are allowed and kept). */
export const DRAFT_FILE_SCHEMA = object({
  meta: required(META_SCHEMA, '缺少基本信息（meta）'),
  preamble: PREAMBLE_SCHEMA,
  narrative: required(NARRATIVE_SCHEMA, '缺少正文（narrative）'),
  table2: tableSchema('table2'),
  table3: tableSchema('table3'),
  table4: tableSchema('table4'),
})

function refuse(...problems: string[]): DraftFileResult {
  return { ok: false, problems }
}

/** Reads a draft file's text; `byteSize` (e.g. File.size) is checked first when known. */
export function readDraftFile(text: string, byteSize?: number): DraftFileResult {
  const size = byteSize ?? utf8Length(text)
  if (size > MAX_DRAFT_FILE_BYTES) {
    return refuse(`文件大小 ${(size / 1024 / 1024).toFixed(1)} MB，超过 5 MB 上限，不是草稿文件。`)
  }
  let doc: unknown
  try {
    doc = parseJsonSafely(text)
  } catch {
    return refuse('文件不是有效的 JSON 文本，请选择从本程序导出的草稿文件（.json）。')
  }
  if (!isJsonObject(doc) || doc.kind !== DRAFT_FILE_KIND) {
    return refuse(`文件不是政府信息公开工作年度报告草稿（kind 应为 "${DRAFT_FILE_KIND}"）。`)
  }
  const version = doc.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return refuse('schemaVersion（格式版本）缺失或不是正整数。')
  }
  if (version > DRAFT_FILE_SCHEMA_VERSION) {
    return refuse(
      `该文件的格式版本为 ${version}，比本程序支持的版本（${DRAFT_FILE_SCHEMA_VERSION}）新，请使用更新版本的程序打开。`,
    )
  }
  const migrated = migrateDraftDocument(doc, version, DRAFT_FILE_SCHEMA_VERSION)
  if (!migrated)
    return refuse(`无法把格式版本 ${version} 的文件升级到版本 ${DRAFT_FILE_SCHEMA_VERSION}。`)
  const problems: string[] = []
  if (migrated.format !== '2021') problems.push('format（报告格式）：应为 "2021"')
  problems.push(...checkSummedFrom(migrated))
  problems.push(...validationProblems(DRAFT_FILE_SCHEMA, migrated, describePath))
  if (problems.length > 0) return { ok: false, problems }
  const extra = extractUnknownFields(migrated)
  const extraBytes = extra ? utf8Length(JSON.stringify(extra)) : 0
  if (extraBytes > MAX_UNKNOWN_FIELDS_BYTES) {
    const names = Object.keys(extra ?? {})
      .slice(0, 5)
      .join('、')
    return refuse(
      `文件中有本程序不认识的字段（${names}），共 ${Math.ceil(extraBytes / 1024)} KB，超过 ${MAX_UNKNOWN_FIELDS_BYTES / 1024} KB 上限，无法随草稿保存。请删除这些字段后再导入。`,
    )
  }
  return { ok: true, draft: documentToDraft(migrated), extra }
}

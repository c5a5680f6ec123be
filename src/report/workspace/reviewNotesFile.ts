/**
 * The 审核意见 file of spec §6b: what a reviewer sends back with a report, one JSON document per
 * agency beside the Word file for people. Each note is a finding of the report worded for the
 * agency, or the reviewer's own, and points at a cell key, a text field, or the whole report.
 * Read like a draft file: size first, then JSON without prototype keys, then every field checked;
 * fields it does not know are kept; nothing in it is ever treated as HTML.
 */
import { array, mixed, number, object, string } from 'yup'
import { findCell } from '../cells'
import { utf8Length, parseJsonSafely } from '../draftFileImport'
import { isJsonObject, type JsonObject } from '../draftJson'
import { draftPathLabel } from '../draftPaths'
import type { Finding, RuleId } from '../finding'
import { validationProblems } from '../draftSchema'
import { returnNoteLine } from './returnNotes'

export { notePlaceLabel } from './reviewRound'

/** The `kind` of a 审核意见 file. */
export const REVIEW_NOTES_KIND = 'zfxxgk-review-notes'
/** The version of the file this program writes and reads. */
export const REVIEW_NOTES_SCHEMA_VERSION = 1
/** Largest 审核意见 file read (a few hundred notes are a few tens of KB). */
export const MAX_REVIEW_NOTES_BYTES = 1024 * 1024
/** Most notes one file may hold. */
export const MAX_REVIEW_NOTES = 500
/** Most characters of one note. */
export const MAX_NOTE_CHARS = 2000

/** One note: its id, the rule it is about (null for the reviewer's own), where, and what to do. */
export interface ReviewNote {
  readonly id: string
  readonly rule: RuleId | null
  /** A §6 path: a cell key (`table3.newReceived.natural`) or a text field; null for the report. */
  readonly path: string | null
  readonly text: string
}

/** A 审核意见 file as read (unknown fields of the document are kept in `extra`). */
export interface ReviewNotesFile {
  readonly agencyName: string
  readonly year: number | null
  readonly reviewer: string
  /** The local date the notes were issued, `YYYY-MM-DD`. */
  readonly issuedOn: string
  readonly report: { readonly fingerprint: string; readonly version: number }
  readonly notes: readonly ReviewNote[]
  readonly extra?: JsonObject
}

/** A reviewer's own note, before it gets an id. */
export interface OwnNote {
  readonly path: string | null
  readonly text: string
}

const RULE_IDS: readonly RuleId[] = [
  'R1',
  'R2',
  'R3',
  'R4',
  'V1',
  'V2',
  'M1',
  'M2',
  'W1',
  'W2',
  'W3',
  'W4',
  'W5',
  'W6',
  'W7',
  'W8',
  'W9',
  'W10',
  'I1',
  'I2',
  'I3',
  'G1',
]

/** True when `path` is a §6 path the editor can point at: a cell key or a text field. */
export function isNotePath(path: string): boolean {
  if (findCell(path)) return true
  return !path.startsWith('cells.') && draftPathLabel(path) !== path
}

/** The place a finding points at: its first cell, else its first field, else the report. */
function findingPath(finding: Finding): string | null {
  return finding.cells[0] ?? finding.fields[0] ?? null
}

/** The notes of a report: each finding worded for the agency, then the reviewer's own notes. */
export function buildReviewNotes(
  findings: readonly Finding[],
  own: readonly OwnNote[],
): ReviewNote[] {
  const fromFindings = findings.map((finding, i) => ({
    id: `n${i + 1}`,
    rule: finding.rule,
    path: findingPath(finding),
    text: returnNoteLine(finding),
  }))
  const mine = own
    .filter((note) => note.text.trim() !== '')
    .map((note, i) => ({
      id: `r${i + 1}`,
      rule: null,
      path: note.path,
      text: note.text.trim(),
    }))
  return [...fromFindings, ...mine]
}

/** A date as the reviewer's calendar shows it (`YYYY-MM-DD`, local time, never UTC). */
export function localDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** The §6b document of a file. */
export function reviewNotesDocument(file: ReviewNotesFile): JsonObject {
  return {
    ...(file.extra ?? {}),
    kind: REVIEW_NOTES_KIND,
    format: '2021',
    schemaVersion: REVIEW_NOTES_SCHEMA_VERSION,
    agencyName: file.agencyName,
    year: file.year,
    reviewer: file.reviewer,
    issuedOn: file.issuedOn,
    report: { ...file.report },
    notes: file.notes.map((note) => ({ ...note })),
  }
}

/** The file's name without extension: “某县市场监督管理局2026年年报审核意见”. */
export function reviewNotesBaseName(agencyName: string, year: number | null): string {
  const agency = [...agencyName.replace(/[\\/:*?"<>|\s\p{Cc}]+/gu, '')].slice(0, 50).join('')
  return `${agency || '未命名机关'}${year === null ? '' : `${year}年`}年报审核意见`
}

const NOTE_SCHEMA = object({
  id: string().strict().required('缺少编号').max(40, '编号过长'),
  rule: mixed<RuleId>()
    .nullable()
    .defined('缺少 rule（可为 null）')
    .test(
      'rule',
      `应为 ${RULE_IDS.join('、')} 之一或 null`,
      (v) => v === null || RULE_IDS.includes(v as RuleId),
    ),
  path: mixed<string>()
    .nullable()
    .defined('缺少 path（可为 null）')
    .test(
      'path',
      '不是报告中的单元格或栏目',
      (v) => v === null || (typeof v === 'string' && isNotePath(v)),
    ),
  text: string()
    .strict()
    .required('缺少意见内容')
    .max(MAX_NOTE_CHARS, `意见内容超过${MAX_NOTE_CHARS}字`),
})

const FILE_SCHEMA = object({
  format: string().strict().oneOf(['2021'], '应为 "2021"'),
  agencyName: string().strict().defined('缺少机关名称'),
  year: number().strict().nullable().defined('缺少年度（可为 null）').integer('应为整数'),
  reviewer: string().strict().defined('缺少审核单位'),
  issuedOn: string()
    .strict()
    .required('缺少日期')
    .matches(/^\d{4}-\d{2}-\d{2}$/, '应为 YYYY-MM-DD 格式的日期'),
  report: object({
    fingerprint: string().strict().defined('缺少指纹'),
    version: number().strict().integer('应为整数').min(1, '应为正整数').defined('缺少版本'),
  })
    .default(undefined)
    .required('缺少 report（所审报告）'),
  notes: array()
    .strict()
    .required('缺少 notes（意见列表）')
    .max(MAX_REVIEW_NOTES, `意见超过${MAX_REVIEW_NOTES}条`),
})

const KNOWN_FIELDS = new Set([
  'kind',
  'format',
  'schemaVersion',
  'agencyName',
  'year',
  'reviewer',
  'issuedOn',
  'report',
  'notes',
])

/** The file, or every reason it cannot be opened, in Chinese. */
export type ReviewNotesResult =
  | { readonly ok: true; readonly file: ReviewNotesFile }
  | { readonly ok: false; readonly problems: readonly string[] }

const refuse = (problem: string): ReviewNotesResult => ({ ok: false, problems: [problem] })

/** Reads a 审核意见 file's text; `byteSize` (e.g. File.size) is checked first when known. */
export function readReviewNotesFile(text: string, byteSize?: number): ReviewNotesResult {
  const size = byteSize ?? utf8Length(text)
  if (size > MAX_REVIEW_NOTES_BYTES) {
    return refuse(
      `文件大小 ${(size / 1024 / 1024).toFixed(1)} MB，超过 1 MB 上限，不是审核意见文件。`,
    )
  }
  let doc: unknown
  try {
    doc = parseJsonSafely(text)
  } catch {
    return refuse('文件不是有效的 JSON 文本，请选择审核工作台导出的审核意见文件（.json）。')
  }
  if (!isJsonObject(doc) || doc.kind !== REVIEW_NOTES_KIND) {
    return refuse(
      `文件不是年报审核意见（kind 应为 "${REVIEW_NOTES_KIND}"）。如是草稿文件，请用“导入文件”打开。`,
    )
  }
  if (doc.schemaVersion !== REVIEW_NOTES_SCHEMA_VERSION) {
    return refuse(
      `审核意见文件的格式版本（schemaVersion）为 ${String(doc.schemaVersion)}，本程序只能读取版本 ${REVIEW_NOTES_SCHEMA_VERSION}。`,
    )
  }
  const problems = validationProblems(FILE_SCHEMA, doc)
  const notes = Array.isArray(doc.notes) ? doc.notes : []
  const ids = new Set<string>()
  notes.slice(0, MAX_REVIEW_NOTES).forEach((note: unknown, i) => {
    if (!isJsonObject(note)) return problems.push(`notes[${i}]：应为对象`)
    problems.push(...validationProblems(NOTE_SCHEMA, note, (p) => `notes[${i}].${p}`))
    if (typeof note.id === 'string') {
      if (ids.has(note.id)) problems.push(`notes[${i}].id：编号“${note.id}”重复`)
      ids.add(note.id)
    }
  })
  if (problems.length > 0) return { ok: false, problems }
  const report = doc.report as JsonObject
  const extra = Object.fromEntries(Object.entries(doc).filter(([key]) => !KNOWN_FIELDS.has(key)))
  return {
    ok: true,
    file: {
      agencyName: doc.agencyName as string,
      year: doc.year as number | null,
      reviewer: doc.reviewer as string,
      issuedOn: doc.issuedOn as string,
      report: { fingerprint: report.fingerprint as string, version: report.version as number },
      notes: (notes as JsonObject[]).map((note) => ({
        id: note.id as string,
        rule: note.rule as RuleId | null,
        path: note.path as string | null,
        text: note.text as string,
      })),
      ...(Object.keys(extra).length > 0 ? { extra } : {}),
    },
  }
}

/**
 * The draft file of spec §6 (a public interface): converting an editor draft to it and back.
 * The editor keeps cell text as typed; the file holds numbers (null for blank). A cell whose text
 * is not a valid number is written as null, with its text kept in the `editorText` extension field.
 */
import { outputFileName, stripControlChars } from './gate'
import { INPUT_CELLS, type CellKey } from './cells'
import { createEmptyDraft, type ReportDraft } from './draft'
import { OVERVIEW_SECTION_KEYS } from './format'
import { parseCell } from './numbers'
import { SUMMED_FROM_FIELD, readSummedFrom, writeSummedFrom } from './summedFrom'
import { REVIEW_RESPONSE_FIELD, reviewResponse } from './workspace/reviewRound'

/** The `kind` of a draft file. */
export const DRAFT_FILE_KIND = 'zfxxgk-annual-report'
/** The newest `schemaVersion` of the draft file this program reads and writes. */
export const DRAFT_FILE_SCHEMA_VERSION = 2
/** Extension field: cell key → the text of a cell that is not a valid number (kept on export). */
export const EDITOR_TEXT_FIELD = 'editorText'

/** A JSON object. */
export type JsonObject = { [key: string]: unknown }

/** Fields of an imported file this program does not know, in the file's own shape. */
export type DraftExtra = JsonObject

/** A leaf (true) or a nested object of the keys this program knows. */
type KnownShape = true | { readonly [key: string]: KnownShape }

function buildKnownShape(): KnownShape {
  const tables: Record<string, Record<string, Record<string, true>>> = {}
  for (const cell of INPUT_CELLS) {
    const rows = (tables[cell.table] ??= {})
    ;(rows[cell.row] ??= {})[cell.column] = true
  }
  const leaves = (keys: readonly string[]): Record<string, true> =>
    Object.fromEntries(keys.map((k) => [k, true as const]))
  return {
    kind: true,
    format: true,
    schemaVersion: true,
    meta: leaves(Object.keys(createEmptyDraft().meta)),
    preamble: true,
    narrative: {
      overview: leaves(['intro', ...OVERVIEW_SECTION_KEYS]),
      problems: true,
      otherMatters: true,
    },
    ...tables,
    [EDITOR_TEXT_FIELD]: true,
    [SUMMED_FROM_FIELD]: true,
  }
}

const KNOWN_SHAPE = buildKnownShape()

/** True for a plain (non-array) object. */
export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The parts of `doc` that `shape` does not describe, or undefined when there are none. */
function collectUnknown(doc: unknown, shape: KnownShape): JsonObject | undefined {
  if (shape === true || !isJsonObject(doc)) return undefined
  const unknown: JsonObject = {}
  for (const [key, value] of Object.entries(doc)) {
    const inner = shape[key]
    if (inner === undefined) unknown[key] = value
    else {
      const nested = collectUnknown(value, inner)
      if (nested) unknown[key] = nested
    }
  }
  return Object.keys(unknown).length > 0 ? unknown : undefined
}

/** The unknown fields of a draft file, to keep with the draft (spec §6). */
export function extractUnknownFields(doc: unknown): DraftExtra | undefined {
  return collectUnknown(doc, KNOWN_SHAPE)
}

/** Deep merge where `over` wins on every key it has; neither input is modified. */
function mergeObjects(under: JsonObject, over: JsonObject): JsonObject {
  const out: JsonObject = { ...under }
  for (const [key, value] of Object.entries(over)) {
    const below = out[key]
    out[key] = isJsonObject(below) && isJsonObject(value) ? mergeObjects(below, value) : value
  }
  return out
}

/** A draft as the §6 document, and the cells whose text could not be written as a number. */
export interface DraftDocument {
  readonly document: JsonObject
  readonly invalidCells: readonly CellKey[]
}

/** Converts an editor draft to the §6 document; `extra` (unknown imported fields) is kept. */
export function draftToDocument(draft: ReportDraft, extra?: DraftExtra): DraftDocument {
  const tables: Record<string, Record<string, Record<string, number | string | null>>> = {}
  const editorText: Record<string, string> = {}
  for (const cell of INPUT_CELLS) {
    const text = draft.cells[cell.key] ?? ''
    const parsed = parseCell(text, cell.kind)
    let value: number | string | null = null
    if (parsed.status === 'valid') value = cell.kind === 'amount' ? parsed.text : parsed.value
    else if (parsed.status === 'invalid') editorText[cell.key] = text
    const rows = (tables[cell.table] ??= {})
    ;(rows[cell.row] ??= {})[cell.column] = value
  }
  const known: JsonObject = {
    kind: DRAFT_FILE_KIND,
    format: '2021',
    schemaVersion: DRAFT_FILE_SCHEMA_VERSION,
    meta: { ...draft.meta },
    preamble: draft.preamble,
    narrative: {
      overview: { ...draft.narrative.overview },
      problems: draft.narrative.problems,
      otherMatters: draft.narrative.otherMatters,
    },
    ...tables,
  }
  const invalidCells = Object.keys(editorText) as CellKey[]
  if (invalidCells.length > 0) known[EDITOR_TEXT_FIELD] = editorText
  if (draft.summedFrom) known[SUMMED_FROM_FIELD] = writeSummedFrom(draft.summedFrom)
  if (draft.reviewNotes) known[REVIEW_RESPONSE_FIELD] = reviewResponse(draft.reviewNotes, draft)
  return { document: extra ? mergeObjects(extra, known) : known, invalidCells }
}

/** The §6 JSON text of a draft, indented for people and diff tools. */
export function serializeDraftFile(draft: ReportDraft, extra?: DraftExtra): string {
  return JSON.stringify(draftToDocument(draft, extra).document, null, 2)
}

/** A file name from agency and year: “市知识产权事业发展中心2021年年度报告草稿.json”, length capped. */
export function draftFileName(draft: ReportDraft): string {
  const agency = [...stripControlChars(draft.meta.agencyName).replace(/[\\/:*?"<>|\s]+/g, '')]
    .slice(0, 50)
    .join('')
  const year = draft.meta.year === null ? '' : `${draft.meta.year}年`
  // The same length cap as every output's name (an agency name can be pasted at any length).
  return outputFileName(`${agency || '未命名机关'}${year}年度报告草稿`, 'json', 'final')
}

/**
 * Builds an editor draft from a document that passed the import schema: numbers become text,
 * null a blank cell, and `editorText` restores cells that held text that was not a number.
 */
export function documentToDraft(doc: JsonObject): ReportDraft {
  const draft = createEmptyDraft()
  const meta = isJsonObject(doc.meta) ? doc.meta : {}
  draft.meta = {
    ...draft.meta,
    ...(pick(meta, Object.keys(draft.meta)) as Partial<ReportDraft['meta']>),
  }
  draft.preamble = typeof doc.preamble === 'string' ? doc.preamble : null
  const narrative = isJsonObject(doc.narrative) ? doc.narrative : {}
  const overview = isJsonObject(narrative.overview) ? narrative.overview : {}
  for (const key of Object.keys(
    draft.narrative.overview,
  ) as (keyof typeof draft.narrative.overview)[]) {
    if (typeof overview[key] === 'string') draft.narrative.overview[key] = overview[key]
  }
  if (typeof narrative.problems === 'string') draft.narrative.problems = narrative.problems
  if (typeof narrative.otherMatters === 'string')
    draft.narrative.otherMatters = narrative.otherMatters
  const editorText = isJsonObject(doc[EDITOR_TEXT_FIELD]) ? doc[EDITOR_TEXT_FIELD] : {}
  for (const cell of INPUT_CELLS) {
    const table = doc[cell.table]
    const row = isJsonObject(table) ? table[cell.row] : undefined
    const value = isJsonObject(row) ? row[cell.column] : undefined
    const kept = editorText[cell.key]
    if (typeof value === 'number' || typeof value === 'string')
      draft.cells[cell.key] = String(value)
    else if (typeof kept === 'string' && kept !== '') draft.cells[cell.key] = kept
  }
  const summedFrom = readSummedFrom(doc)
  if (summedFrom) draft.summedFrom = summedFrom
  return draft
}

function pick(source: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(keys.filter((k) => k in source).map((k) => [k, source[k]]))
}

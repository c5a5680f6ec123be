/**
 * The `summedFrom` field of a summed draft (本级汇总, draft file version 2): the reports it was
 * summed from. Reading and writing it here; its check is `summedFromCheck.ts`, apart so that the
 * first load, which writes and reads drafts but validates none, carries no yup (issue 21).
 */
import type { SummedSource } from './draft'
import type { JsonObject } from './draftJson'

// Not draftJson's isJsonObject: draftJson imports this file, and a cycle would be fragile.
const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The name of the field in the §6 document. */
export const SUMMED_FROM_FIELD = 'summedFrom'

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

/**
 * Versions of the draft file (spec §6). Each step takes a document of version n to n + 1; a
 * reader migrates any older file up to the current version before validating it.
 * Version 2 added the optional `summedFrom` list of a summed draft (本级汇总).
 */
import type { JsonObject } from './draftJson'

/** One step: a document of version n to version n + 1 (the version number is set by the chain). */
export type DraftFileStep = (doc: JsonObject) => JsonObject

/**
 * The chain, keyed by the version a step starts from. 1 → 2 changes nothing in the data: version 1
 * files have no `summedFrom`, which version 2 reads as “not a summed draft”.
 */
export const DRAFT_FILE_MIGRATIONS: Readonly<Record<number, DraftFileStep>> = {
  1: (doc) => ({ ...doc }),
}

/** Runs every step from the document's version up to `target`; null when a step is missing. */
export function migrateDraftDocument(
  doc: JsonObject,
  from: number,
  target: number,
  steps: Readonly<Record<number, DraftFileStep>> = DRAFT_FILE_MIGRATIONS,
): JsonObject | null {
  let current = doc
  for (let version = from; version < target; version += 1) {
    const step = steps[version]
    if (!step) return null
    current = { ...step(current), schemaVersion: version + 1 }
  }
  return current
}

/**
 * Where each draft came from (“副本：…”, “导入：file.json”, “以2021年草稿为基础”), kept beside the
 * drafts under its own key so the draft envelope and its schema stay as they are. Losing this
 * map loses only the label, never a draft: a broken entry is dropped, not reported.
 */
import { KEY_PREFIX } from './keys'
import { readStringMap, writeStringMapEntry } from './stringMap'

/** The key of the origins map. */
export const ORIGINS_KEY = `${KEY_PREFIX}origins`

/** Reads the map of draft id → origin label. */
export function readOrigins(storage: Storage): Record<string, string> {
  return readStringMap(storage, ORIGINS_KEY)
}

/** Records a draft's origin; false when storage refused (the label is then only in memory). */
export function writeOrigin(storage: Storage, id: string, origin: string): boolean {
  return writeStringMapEntry(storage, ORIGINS_KEY, id, origin)
}

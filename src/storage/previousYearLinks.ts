/**
 * Which draft is last year's of which, once known (by 以上年报告为基础新建, or by the agency and
 * year the user confirmed), kept beside the drafts under its own key: correcting a draft's name
 * afterwards must not cut the link W1, W2 and W7 run on. Losing this map loses only the link.
 */
import { KEY_PREFIX } from './keys'
import { readStringMap, writeStringMapEntry } from './stringMap'

/** The key of the links map. */
export const PREVIOUS_YEAR_LINKS_KEY = `${KEY_PREFIX}previousYearLinks`

/** Reads the map of draft id → its previous year's draft id. */
export function readPreviousYearLinks(storage: Storage): Record<string, string> {
  return readStringMap(storage, PREVIOUS_YEAR_LINKS_KEY)
}

/** Records a link; false when storage refused (the link then lives in memory only). */
export function writePreviousYearLink(storage: Storage, id: string, previousId: string): boolean {
  return writeStringMapEntry(storage, PREVIOUS_YEAR_LINKS_KEY, id, previousId)
}

/** Every localStorage key the app uses; the only place key names are spelled out. */

/** Prefix of every key of this app. */
export const KEY_PREFIX = 'zfxxgk.'

/** The key names (and key builders) of the app's stored data. */
export const STORAGE_KEYS = {
  /** The index of drafts: id, name, agency, year, saved-at, revision of each. */
  index: `${KEY_PREFIX}index`,
  /** Prefix of a draft's envelope key. */
  draftPrefix: `${KEY_PREFIX}draft.`,
  /** Prefix of data kept aside because it could not be read. */
  backupPrefix: `${KEY_PREFIX}backup.`,
  /** The last deleted draft's envelope, until the next deletion (for 撤销删除). */
  trash: `${KEY_PREFIX}trash`,
  /** The reviewing office the workspace signs 审核意见 with (落款). */
  reviewer: `${KEY_PREFIX}reviewer`,
  /** A probe written and removed to find out whether storage works at all. */
  probe: `${KEY_PREFIX}probe`,
} as const

/** The key of a draft's envelope: `zfxxgk.draft.<id>`. */
export function draftKey(id: string): string {
  return STORAGE_KEYS.draftPrefix + id
}

/** The draft id of a draft key, or null for any other key. */
export function draftIdOfKey(key: string | null): string | null {
  return key?.startsWith(STORAGE_KEYS.draftPrefix)
    ? key.slice(STORAGE_KEYS.draftPrefix.length)
    : null
}

/** A backup key for data of `originalKey` set aside at `at`: `zfxxgk.backup.<ISO time>.<key>`. */
export function backupKey(originalKey: string, at: Date): string {
  return `${STORAGE_KEYS.backupPrefix}${at.toISOString()}.${originalKey}`
}

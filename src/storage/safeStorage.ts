/**
 * Guarded access to a Storage: every call is wrapped so a read never throws and a failed write
 * says why (quota full, storage unavailable, other).
 */

/** Why a write failed. */
export type WriteFailure = 'quota' | 'unavailable' | 'error'

/** The outcome of a write. */
export type WriteResult =
  { readonly ok: true } | { readonly ok: false; readonly reason: WriteFailure }

/** True for the errors browsers throw when storage is full. */
export function isQuotaError(error: unknown): boolean {
  if (!(error instanceof Error || error instanceof DOMException)) return false
  const code = (error as { code?: number }).code
  return (
    error.name === 'QuotaExceededError' ||
    error.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    code === 22 ||
    code === 1014
  )
}

/** True for the errors thrown when storage access is forbidden. */
export function isSecurityError(error: unknown): boolean {
  return (error instanceof Error || error instanceof DOMException) && error.name === 'SecurityError'
}

/** Reads a key; null when it is absent or the read throws. */
export function readItem(storage: Storage, key: string): string | null {
  try {
    return storage.getItem(key)
  } catch {
    return null
  }
}

/** Writes a key with `setItem`; never throws. */
export function writeItem(storage: Storage, key: string, text: string): WriteResult {
  try {
    storage.setItem(key, text)
    return { ok: true }
  } catch (error) {
    if (isQuotaError(error)) return { ok: false, reason: 'quota' }
    if (isSecurityError(error)) return { ok: false, reason: 'unavailable' }
    return { ok: false, reason: 'error' }
  }
}

/** Removes a key; false when that throws. */
export function removeItem(storage: Storage, key: string): boolean {
  try {
    storage.removeItem(key)
    return true
  } catch {
    return false
  }
}

/** Every key that starts with `prefix`; null when listing throws (the list would be partial). */
export function listKeys(storage: Storage, prefix: string): string[] | null {
  const keys: string[] = []
  try {
    for (let i = 0; i < storage.length; i += 1) {
      const key = storage.key(i)
      if (key?.startsWith(prefix)) keys.push(key)
    }
  } catch {
    return null
  }
  return keys
}

/**
 * The browser's localStorage if it can be used, else null (access throws `SecurityError` when
 * storage is locked down, e.g. cookies blocked). `get` is injectable for tests.
 */
export function openLocalStorage(get: () => Storage = () => window.localStorage): Storage | null {
  try {
    const storage = get()
    storage.getItem('zfxxgk.probe')
    return storage
  } catch {
    return null
  }
}

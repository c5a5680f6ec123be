/**
 * Keyed tables looked up by own property only: a key from user text (`constructor`, `__proto__`,
 * `toString`) must never reach Object.prototype (`&constructor;` once decoded to “function
 * Object()…”).
 */

/** `table[key]` when `key` is the table's own property, else undefined. */
export function ownValue<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined
}

/** True when `key` is one of the table's own keys. */
export function hasOwnKey(table: object, key: string): boolean {
  return Object.hasOwn(table, key)
}

/** A Storage kept in memory: the app's fallback when localStorage is unavailable. */

/** An in-memory implementation of the Web Storage interface. */
export class MemoryStorage implements Storage {
  [name: string]: unknown
  private readonly items = new Map<string, string>()

  get length(): number {
    return this.items.size
  }

  clear(): void {
    this.items.clear()
  }

  getItem(key: string): string | null {
    return this.items.get(key) ?? null
  }

  key(index: number): string | null {
    return [...this.items.keys()][index] ?? null
  }

  removeItem(key: string): void {
    this.items.delete(key)
  }

  setItem(key: string, value: string): void {
    this.items.set(key, String(value))
  }
}

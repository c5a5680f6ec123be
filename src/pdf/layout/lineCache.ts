/**
 * Lines of paragraphs broken by the previous generation, reused by the next when a paragraph's
 * text and style are unchanged: after a typo fixed in one paragraph, only that one is broken
 * again. Valid only for one set of font metrics (the owner keeps one cache per font source).
 */
import type { LineBox } from './lineBreak'

/** A cache of broken paragraphs, kept from one generation to the next. */
export interface LineCache {
  /** Starts a generation: what the last one did not use is dropped. */
  nextGeneration(): void
  /** The lines stored under `key`, else `breakAll()`'s, stored. */
  lines(key: string, breakAll: () => readonly LineBox[]): readonly LineBox[]
}

/** An empty line cache. Holds at most two generations' paragraphs. */
export function createLineCache(): LineCache {
  let previous = new Map<string, readonly LineBox[]>()
  let current = new Map<string, readonly LineBox[]>()
  return {
    nextGeneration() {
      previous = current
      current = new Map()
    },
    lines(key, breakAll) {
      const lines = current.get(key) ?? previous.get(key) ?? breakAll()
      current.set(key, lines)
      return lines
    },
  }
}

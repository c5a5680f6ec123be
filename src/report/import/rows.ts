/**
 * Finding a table's rows among segments by their labels, in printed order, and reading each row's
 * values by column order.
 */
import { ROW_LABEL_VARIANTS } from './labelVariants'
import { labelKey } from './text'
import { rowValues, type Segment, type Token } from './tokens'

/** A row the importer looks for: its key, the label variants it accepts, and its cell count. */
export interface RowSpec {
  readonly key: string
  readonly labels: readonly string[]
  readonly count: number
}

/**
 * What was read for a row: its cells (blank = ''; `placeholders` are the indexes written as “—”,
 * “/” or “无”), digit runs still to cut, one number fewer than its cells (`short`), or nothing.
 */
export type RowRead =
  | {
      readonly status: 'cells'
      readonly cells: readonly string[]
      readonly placeholders?: readonly number[]
      /** Indexes of cells the source left empty (a page's empty table cell). */
      readonly empties?: readonly number[]
    }
  | { readonly status: 'runs'; readonly runs: readonly string[] }
  | { readonly status: 'short'; readonly numbers: readonly string[] }
  /** More numbers than cells: some belong to another row (text in reading order), none is kept. */
  | { readonly status: 'extra'; readonly numbers: readonly string[] }
  | { readonly status: 'missing' }

const TRAILING_PUNCTUATION = /[:：;；,，。.]+$/
/** A numbering prefix on the labelKey form: 一、 (一) 1. (1) 1) ①. */
const NUMBERING =
  /^([一二三四五六七八九十]{1,2}[、.]|\([一二三四五六七八九十\d]{1,2}\)|\d{1,2}[.)]|[①-⑳])/
/** Shortest label core matched without its numbering by ending alone (“其他” needs equality). */
const MIN_LOOSE_CORE = 4
/** Shortest core matched by similarity (one wrong or missing character per six). */
const MIN_FUZZY_CORE = 6

/** A label on the key form without its numbering prefix. */
export function stripNumbering(key: string): string {
  return key.replace(NUMBERING, '')
}

/**
 * The label variants of a row: the label itself, and without its bracketed note — so
 * “（二）部分公开” matches “（二）部分公开（区分处理的，只计这一情形，不计其他情形）”.
 */
export function labelVariants(label: string): string[] {
  const full = labelKey(label)
  const withoutNote = labelKey(label.replace(/（[^（）]*）$/, ''))
  return withoutNote && withoutNote !== full && withoutNote.length >= 4
    ? [full, withoutNote]
    : [full]
}

/** A row's labels: the printed ones ({@link labelVariants}) and its known wording variants. */
export function rowLabels(rowKey: string, label: string): string[] {
  return [...labelVariants(label), ...(ROW_LABEL_VARIANTS[rowKey] ?? []).map(labelKey)]
}

/** True when a segment's label ends with one of the row's label variants. */
export function segmentMatches(segment: Segment, labels: readonly string[]): boolean {
  const key = segment.key.replace(TRAILING_PUNCTUATION, '')
  return labels.some((label) => key.endsWith(label))
}

/**
 * True when the segment's label is the row's label without numbering, or a label cut inside its
 * note by a converter that moved the rest of the cell away (“(二)部分公开(区分处理的,”).
 */
function looseMatch(segment: Segment, labels: readonly string[]): boolean {
  const key = segment.key.replace(TRAILING_PUNCTUATION, '')
  const bare = stripNumbering(key)
  for (const label of labels) {
    const core = stripNumbering(label)
    if (core.length < MIN_LOOSE_CORE) {
      if (bare === core) return true
      continue
    }
    if (key.endsWith(core)) return true
  }
  // A label wrapped in its cell with the numbers beside its first lines (a PDF's layout): the
  // segment ends with the label's beginning, at least its numbering and six characters.
  const first = labels[0] ?? ''
  const minPrefix = first.length - stripNumbering(first).length + MIN_FUZZY_CORE
  if (first.length > minPrefix) {
    for (let length = Math.min(first.length - 1, key.length); length >= minPrefix; length -= 1) {
      if (key.endsWith(first.slice(0, length))) return true
    }
  }
  for (const full of labels) {
    for (const shortest of labels) {
      const core = stripNumbering(shortest)
      if (core.length < MIN_LOOSE_CORE || full.length <= shortest.length) continue
      if (!full.startsWith(shortest)) continue
      const at = key.lastIndexOf(core)
      if (at >= 0 && stripNumbering(full).startsWith(key.slice(at))) return true
    }
  }
  return false
}

/** Edit distance of two short strings, stopping early beyond `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i]
    let best = i
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + cost,
      )
      current.push(value)
      best = Math.min(best, value)
    }
    if (best > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}

/** True when the segment's label ends with something within a few characters of a label core. */
function similar(segment: Segment, labels: readonly string[]): boolean {
  if (!segment.values.some((t) => t.kind === 'num')) return false
  const key = stripNumbering(segment.key.replace(TRAILING_PUNCTUATION, ''))
  return labels.some((label) => {
    const core = stripNumbering(label)
    if (core.length < MIN_FUZZY_CORE) return false
    const limit = Math.floor(core.length / MIN_FUZZY_CORE)
    for (let length = core.length - limit; length <= core.length + limit; length += 1) {
      if (length > key.length) break
      if (distance(key.slice(key.length - length), core, limit) <= limit) return true
    }
    return false
  })
}

/**
 * Finds each row's segment in the known order of rows. First by label (numbering optional,
 * known wording variants, a note cut off); then rows still missing by similarity, only among the
 * segments between their found neighbours — so one missing row does not lose the rest, and a
 * damaged label cannot take a row from elsewhere in the table.
 */
export function matchRows(
  segments: readonly Segment[],
  rows: readonly RowSpec[],
): Map<string, Segment> {
  const at = new Map<string, number>()
  let position = 0
  for (const row of rows) {
    let index = -1
    for (let i = position; i < segments.length && index < 0; i += 1) {
      const segment = segments[i]
      if (segment && segmentMatches(segment, row.labels)) index = i
    }
    const next = index >= 0 ? index : segments.length
    for (let i = position; i < next && index < 0; i += 1) {
      const segment = segments[i]
      if (segment && segment.values.length > 0 && looseMatch(segment, row.labels)) index = i
    }
    if (index >= 0) {
      at.set(row.key, index)
      position = index + 1
    }
  }
  rows.forEach((row, r) => {
    if (at.has(row.key)) return
    const before = rows
      .slice(0, r)
      .reverse()
      .find((other) => at.has(other.key))
    const after = rows.slice(r + 1).find((other) => at.has(other.key))
    const from = before ? (at.get(before.key) ?? -1) + 1 : 0
    const to = after ? (at.get(after.key) ?? segments.length) : segments.length
    const taken = new Set(at.values())
    for (let i = from; i < to; i += 1) {
      const segment = segments[i]
      if (segment && !taken.has(i) && similar(segment, row.labels)) {
        at.set(row.key, i)
        break
      }
    }
  })
  const found = new Map<string, Segment>()
  for (const [key, index] of at) {
    const segment = segments[index]
    if (segment) found.set(key, segment)
  }
  return found
}

/**
 * Reads `count` cells from value tokens: exactly `count` numbers are the cells; otherwise written
 * blanks keep their places; one number fewer than the cells, each written apart, is a value the
 * publisher dropped (never shifted into place here); fewer numbers are digit runs to cut; more
 * numbers than cells mean another row's numbers ran in (reading order), so none is trusted. e.g. ['64','0','0','2','0','4','70'] → cells; ['640020470'] → runs.
 */
export function readCells(values: readonly Token[], count: number): RowRead {
  const nums = values.filter((t) => t.kind === 'num').map((t) => t.text)
  if (nums.length === count) return { status: 'cells', cells: nums }
  if (nums.length > count) return { status: 'extra', numbers: nums }
  if (values.length === count) {
    const placeholders = values.flatMap((t, i) => (t.kind === 'blank' && t.explicit ? [i] : []))
    const empties = values.flatMap((t, i) => (t.kind === 'blank' && !t.explicit ? [i] : []))
    return {
      status: 'cells',
      cells: values.map((t) => (t.kind === 'num' ? t.text : '')),
      ...(placeholders.length > 0 ? { placeholders } : {}),
      ...(empties.length > 0 ? { empties } : {}),
    }
  }
  if (nums.length === 0) {
    return values.length > 0
      ? { status: 'cells', cells: new Array<string>(count).fill('') }
      : { status: 'missing' }
  }
  if (count >= 3 && nums.length === count - 1) return { status: 'short', numbers: nums }
  return { status: 'runs', runs: nums }
}

/** Reads a matched segment's row; a row not matched is missing. */
export function readRow(segment: Segment | undefined, count: number): RowRead {
  return segment ? readCells(rowValues(segment), count) : { status: 'missing' }
}

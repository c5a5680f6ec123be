/**
 * Finding a table's rows among segments by their labels, in printed order, and reading each row's
 * values by column order.
 */
import { labelKey } from './text'
import { rowValues, type Segment, type Token } from './tokens'

/** A row the importer looks for: its key, the label variants it accepts, and its cell count. */
export interface RowSpec {
  readonly key: string
  readonly labels: readonly string[]
  readonly count: number
}

/** What was read for a row: its cells (blank = ''), digit runs still to cut, or nothing. */
export type RowRead =
  | { readonly status: 'cells'; readonly cells: readonly string[] }
  | { readonly status: 'runs'; readonly runs: readonly string[] }
  | { readonly status: 'missing' }

const TRAILING_PUNCTUATION = /[:：;；,，。.]+$/

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

/** True when a segment's label ends with one of the row's label variants. */
export function segmentMatches(segment: Segment, labels: readonly string[]): boolean {
  const key = segment.key.replace(TRAILING_PUNCTUATION, '')
  return labels.some((label) => key.endsWith(label))
}

/**
 * Finds each row's segment in order, starting after the previous match; a row not found leaves
 * the position unchanged, so one missing row does not lose the rest.
 */
export function matchRows(
  segments: readonly Segment[],
  rows: readonly RowSpec[],
): Map<string, Segment> {
  const found = new Map<string, Segment>()
  let position = 0
  for (const row of rows) {
    for (let i = position; i < segments.length; i += 1) {
      const segment = segments[i]
      if (segment && segmentMatches(segment, row.labels)) {
        found.set(row.key, segment)
        position = i + 1
        break
      }
    }
  }
  return found
}

/**
 * Reads `count` cells from value tokens: exactly `count` numbers are the cells; otherwise written
 * blanks keep their places; fewer numbers than cells are digit runs to cut; extra numbers are
 * dropped. e.g. ['64','0','0','2','0','4','70'] → cells; ['640020470'] → runs.
 */
export function readCells(values: readonly Token[], count: number): RowRead {
  const nums = values.filter((t) => t.kind === 'num').map((t) => t.text)
  if (nums.length === count) return { status: 'cells', cells: nums }
  if (nums.length > count) return { status: 'cells', cells: nums.slice(0, count) }
  if (values.length === count) {
    return { status: 'cells', cells: values.map((t) => (t.kind === 'num' ? t.text : '')) }
  }
  if (nums.length === 0) {
    return values.length > 0
      ? { status: 'cells', cells: new Array<string>(count).fill('') }
      : { status: 'missing' }
  }
  return { status: 'runs', runs: nums }
}

/** Reads a matched segment's row; a row not matched is missing. */
export function readRow(segment: Segment | undefined, count: number): RowRead {
  return segment ? readCells(rowValues(segment), count) : { status: 'missing' }
}

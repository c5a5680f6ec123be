/**
 * Reading table 4 (行政复议、行政诉讼): one row of 15 values in three groups of five (总计 last),
 * in printed order; run-together digits are cut so that each group satisfies R4.
 */
import { cellKey } from '../cells'
import { TABLE4_COLUMNS, TABLE4_GROUPS } from '../table4'
import { readCells } from './rows'
import { enumerateSplits, lastIsSum } from './splits'
import { rowValues, type Segment } from './tokens'
import {
  droppedValueFinding,
  misplacedValuesFinding,
  emptyTableRead,
  uncertainRowFinding,
  type TableRead,
} from './tableRead'

const GROUP_SIZE = TABLE4_COLUMNS.length
const COUNT = TABLE4_GROUPS.length * GROUP_SIZE
const KEYS = TABLE4_GROUPS.flatMap((group) =>
  TABLE4_COLUMNS.map((c) => cellKey('table4', group, c)),
)

function groupsBalance(pieces: readonly string[]): boolean {
  for (let g = 0; g < TABLE4_GROUPS.length; g += 1) {
    if (!lastIsSum(pieces.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE))) return false
  }
  return true
}

function agreed(splits: readonly (readonly string[])[]): string[] {
  return KEYS.map((_, i) => {
    const first = splits[0]?.[i] ?? ''
    return splits.every((split) => split[i] === first) ? first : ''
  })
}

/** Reads table 4's 15 values (12 inputs, 3 stated totals) from its segments. */
export function readTable4(segments: readonly Segment[]): TableRead {
  const read = emptyTableRead()
  const got = readCells(segments.flatMap(rowValues), COUNT)
  let cells: readonly string[] = []
  if (got.status === 'missing') {
    read.missingRows.push(...TABLE4_GROUPS)
    return read
  }
  read.found = true
  const complete = got.status === 'cells' && got.cells.every((text) => text !== '')
  if (complete && !groupsBalance(got.cells)) {
    // Fifteen numbers whose groups do not add up: in reading order the columns may come
    // interleaved (复议 and 诉讼 cells alternating), so no number is placed.
    cells = KEYS.map(() => '')
    read.uncertain.push(misplacedValuesFinding('表四', KEYS))
  } else if (got.status === 'cells') {
    cells = got.cells
    for (const i of got.placeholders ?? []) if (KEYS[i]) read.placeholders.push(KEYS[i])
    for (const i of got.empties ?? []) if (KEYS[i]) read.empties.push(KEYS[i])
  } else if (got.status === 'short') {
    // Fourteen numbers apart: which of the fifteen was dropped is not known.
    cells = KEYS.map(() => '')
    read.uncertain.push(droppedValueFinding('表四', got.numbers, KEYS, false))
  } else if (got.status === 'extra') {
    // More than fifteen numbers: another table's or a note's numbers ran in; none is placed.
    cells = KEYS.map(() => '')
    read.uncertain.push(misplacedValuesFinding('表四', KEYS))
  } else if (got.runs.length === TABLE4_GROUPS.length * (GROUP_SIZE - 1)) {
    // Twelve numbers: the four columns of each group without stated totals.
    cells = TABLE4_GROUPS.flatMap((_, g) => [...got.runs.slice(g * 4, g * 4 + 4), ''])
  } else {
    const result = enumerateSplits(got.runs, COUNT, groupsBalance)
    const splits = result.status === 'done' ? result.splits : []
    cells = splits.length > 0 ? agreed(splits) : KEYS.map(() => '')
    const unresolved = KEYS.filter((_, i) => cells[i] === '')
    if (splits.length !== 1 && unresolved.length > 0) {
      const options = result.status === 'overflow' ? -1 : splits.length
      read.uncertain.push(uncertainRowFinding('表四', got.runs, unresolved, options))
    }
  }
  KEYS.forEach((key, i) => {
    const text = cells[i] ?? ''
    if (key.endsWith('.total')) {
      if (text !== '') read.stated[key] = text
    } else {
      read.cells[key] = text
    }
  })
  return read
}

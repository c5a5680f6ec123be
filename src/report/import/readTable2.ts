/**
 * Reading table 2 (主动公开政府信息情况): six rows found by label, each with its band's columns
 * (3, or 1 spanning three). There is no rule to cut run-together digits by, so only a run with one
 * digit per cell is cut; anything else is left for the user (I2).
 */
import { cellKey } from '../cells'
import { TABLE2_BANDS } from '../table2'
import { matchRows, rowLabels, readRow, type RowSpec } from './rows'
import { enumerateSplits } from './splits'
import { labelKey } from './text'
import type { Segment } from './tokens'
import {
  droppedValueFinding,
  misplacedValuesFinding,
  emptyTableRead,
  uncertainRowFinding,
  type TableRead,
} from './tableRead'

/** Column and row labels only the 2019 试行 layout of table 2 has (spec §8). */
export const TABLE2_2019_MARKERS = [
  '本年新制作数量',
  '本年新公开数量',
  '对外公开总数量',
  '其他对外管理服务事项',
  '政府集中采购',
  '上一年项目数量',
].map(labelKey)

/** True when table 2's text is in the 2019 layout. */
export function isTable2Of2019(segments: readonly Segment[]): boolean {
  return segments.some((s) => TABLE2_2019_MARKERS.some((marker) => s.key.includes(marker)))
}

const ROWS = TABLE2_BANDS.flatMap((band) =>
  band.rows.map((row) => ({
    band,
    row,
    spec: {
      key: row.key,
      labels: rowLabels(row.key, row.label),
      count: band.columns.length,
    } satisfies RowSpec,
  })),
)

/** Reads table 2's input cells from its segments. */
export function readTable2(segments: readonly Segment[]): TableRead {
  const read = emptyTableRead()
  const matched = matchRows(
    segments,
    ROWS.map((r) => r.spec),
  )
  for (const { band, row, spec } of ROWS) {
    const keys = band.columns.map((column) => cellKey('table2', row.key, column.key))
    const got = readRow(matched.get(row.key), spec.count)
    if (got.status === 'missing') {
      read.missingRows.push(row.key)
      continue
    }
    read.found = true
    let cells: readonly string[] | null = got.status === 'cells' ? got.cells : null
    if (got.status === 'cells') {
      for (const i of got.placeholders ?? []) if (keys[i]) read.placeholders.push(keys[i])
      for (const i of got.empties ?? []) if (keys[i]) read.empties.push(keys[i])
    }
    if (got.status === 'short') {
      read.uncertain.push(droppedValueFinding(`表二“${row.label}”行`, got.numbers, keys, false))
    }
    if (got.status === 'extra') {
      read.uncertain.push(misplacedValuesFinding(`表二“${row.label}”行`, keys))
    }
    if (got.status === 'runs') {
      const result = enumerateSplits(got.runs, spec.count, () => true, 1)
      if (result.status === 'done' && result.splits.length === 1) cells = result.splits[0] ?? null
      else read.uncertain.push(uncertainRowFinding(`表二“${row.label}”行`, got.runs, keys, -1))
    }
    keys.forEach((key, i) => {
      read.cells[key] = cells?.[i] ?? ''
    })
  }
  return read
}

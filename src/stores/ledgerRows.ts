/**
 * Which ledger rows each applied cell counts (in this session), so a cell can say where its
 * number came from. Kept apart from the ledger store so the table's cells load none of the
 * ledger code.
 */
import { defineStore } from 'pinia'
import { shallowRef } from 'vue'
import type { CellKey } from '@/report'

/** The ledger rows a cell was counted from, and the value it was given then. */
export interface AppliedCell {
  readonly value: number
  readonly rows: readonly number[]
  readonly file: string
}

/** The rows behind each cell filled from a ledger. */
export const useLedgerRowsStore = defineStore('ledgerRows', () => {
  const applied = shallowRef<ReadonlyMap<CellKey, AppliedCell>>(new Map())

  /** Records the cells a ledger just filled (replacing what an earlier ledger said of them). */
  function record(cells: ReadonlyMap<CellKey, AppliedCell>): void {
    applied.value = new Map([...applied.value, ...cells])
  }

  /** “台账第3、5行”, while the cell still holds the number the ledger gave it; else undefined. */
  function noteFor(key: CellKey, current: number | null): string | undefined {
    const cell = applied.value.get(key)
    if (!cell || current !== cell.value || cell.rows.length === 0) return undefined
    const rows =
      cell.rows.length > 20 ? `${cell.rows.slice(0, 20).join('、')}等` : cell.rows.join('、')
    return `按台账“${cell.file}”第${rows}行统计`
  }

  return { applied, record, noteFor }
})

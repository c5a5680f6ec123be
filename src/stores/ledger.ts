/**
 * The ledger step (spec §6c): the answers remembered in this browser, applying a counted table
 * as one commit of the report store, and which ledger rows each applied cell counts.
 */
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { CellKey } from '@/report'
import {
  ledgerCellKeys,
  type LedgerAnswers,
  type LedgerCount,
  type LedgerKind,
} from '@/report/ledger'
import { openLocalStorage, readLedgerAnswers, writeLedgerAnswers } from '@/storage'
import { useLedgerRowsStore, type AppliedCell } from './ledgerRows'
import { useReportStore } from './report'

/** Remembered answers, the apply step and the rows behind each applied cell. */
export const useLedgerStore = defineStore('ledger', () => {
  const storage = openLocalStorage()
  const answers = ref<LedgerAnswers>(storage ? readLedgerAnswers(storage) : {})
  /** Set when answers could not be kept in this browser (shown in the dialog). */
  const storageProblem = ref('')

  /** Remembers the user's answers for next time (they take effect at once either way). */
  function remember(next: LedgerAnswers): void {
    answers.value = { ...answers.value, ...next }
    const kept = storage !== null && writeLedgerAnswers(storage, answers.value)
    storageProblem.value = kept
      ? ''
      : '本浏览器无法保存这些选择（存储已满或被禁用），下次导入台账时需重新选择。'
  }

  /** Writes every cell of the ledger's table as one undoable commit, and records the rows. */
  function apply(kind: LedgerKind, count: LedgerCount, file: string): void {
    const keys = ledgerCellKeys(kind)
    useReportStore().setCells(keys.map((key) => [key, String(count.cells.get(key) ?? 0)] as const))
    useLedgerRowsStore().record(
      new Map<CellKey, AppliedCell>(
        keys.map((key) => [
          key,
          { value: count.cells.get(key) ?? 0, rows: count.rowsByCell.get(key) ?? [], file },
        ]),
      ),
    )
  }

  return { answers, storageProblem, remember, apply }
})

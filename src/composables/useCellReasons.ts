/**
 * Why each red cell is red, from the findings that mark it: shown on hover (the cell's title),
 * so a user reading the table needs not look across to the review panel.
 */
import { computed, type ComputedRef } from 'vue'
import type { CellKey } from '@/report'
import { useReportStore } from '@/stores/report'

const cache = new WeakMap<object, ComputedRef<ReadonlyMap<CellKey, string>>>()

/** The messages of the blocking findings per cell, joined; one computed shared by every cell. */
export function useCellReasons(): ComputedRef<ReadonlyMap<CellKey, string>> {
  const store = useReportStore()
  let reasons = cache.get(store)
  if (!reasons) {
    reasons = computed(() => {
      const map = new Map<CellKey, string>()
      for (const finding of store.blockingFindings) {
        for (const cell of finding.cells) {
          const known = map.get(cell)
          if (!known?.includes(finding.message))
            map.set(cell, known ? `${known}\n${finding.message}` : finding.message)
        }
      }
      return map
    })
    cache.set(store, reasons)
  }
  return reasons
}

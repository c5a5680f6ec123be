/**
 * R1's changed cells in the editor: follows every commit to the draft and keeps the table-3 cells
 * changed since the table last balanced (a new draft starts over). Cells marked, and where an R1
 * finding jumps, come from `src/report/balanceEdits.ts`.
 */
import { computed, shallowRef } from 'vue'
import {
  followBalanceEdits,
  lastEditIn,
  table3Balances,
  unbalancingEdits,
  type CellKey,
  type Finding,
} from '@/report'
import { useReportStore } from '@/stores/report'

// null until the table has balanced in this session: an unbalanced table being filled in, or
// opened that way, has no “last balanced” state to compare with.
const since = shallowRef<CellKey[] | null>(null)

const CELL_PATH = 'cells.'

function follow() {
  const store = useReportStore()
  const r1 = computed(() => store.ruleFindings.filter((finding) => finding.rule === 'R1'))
  const start = () => (since.value = table3Balances(store.values) ? [] : null)
  start()
  store.onCommit((commit) => {
    if (commit.origin === 'load') return void start()
    const changed = commit.changes
      .filter((change) => change.path.startsWith(CELL_PATH))
      .map((change) => change.path.slice(CELL_PATH.length) as CellKey)
    if (changed.length > 0) since.value = followBalanceEdits(since.value, changed, store.values)
  })
  return {
    /** Cells changed since table 3 balanced, in a column R1 finds off. */
    marked: computed(() => unbalancingEdits(since.value, r1.value)),
    /** The cell an R1 finding should focus: the last one changed in its column. */
    jumpTarget: (finding: Finding) => lastEditIn(since.value, finding),
  }
}

let shared: ReturnType<typeof follow> | undefined

/** The cells to mark and the jump target of an R1 finding (one follower for the whole page). */
export function useBalanceEdits(): ReturnType<typeof follow> {
  shared ??= follow()
  return shared
}

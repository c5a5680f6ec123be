/**
 * Subscribes a component or composable to the report store's commits — the one signal that the
 * draft changed — and unsubscribes when its scope is disposed (the component unmounts).
 */
import { getCurrentScope, onScopeDispose } from 'vue'
import { useReportStore, type DraftCommit } from '@/stores/report'

/** Calls `listener` after every commit while the calling scope lives. */
export function useDraftCommits(listener: (commit: DraftCommit) => void): void {
  const unsubscribe = useReportStore().onCommit(listener)
  if (getCurrentScope()) onScopeDispose(unsubscribe)
}

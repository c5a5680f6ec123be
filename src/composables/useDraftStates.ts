/**
 * Each listed draft's state for the drafts list: 错误 N or 可定稿. The open draft's comes from the
 * report store (what the review panel shows); another draft is read from storage and checked by
 * the same rules, once per saved revision.
 */
import { computed } from 'vue'
import { computeDraftValues, computeFindings } from '@/report'
import { useDraftsStore } from '@/stores/drafts'
import { useReportStore } from '@/stores/report'

const cache = new Map<string, number | null>()

/** Error counts by draft id; null when the draft cannot be read. */
export function useDraftStates() {
  const drafts = useDraftsStore()
  const report = useReportStore()
  return computed(() => {
    const states = new Map<string, number | null>()
    for (const entry of drafts.entries) {
      if (entry.id === drafts.currentId) {
        states.set(
          entry.id,
          report.ruleFindings.filter((finding) => finding.severity === 'error').length,
        )
        continue
      }
      const key = `${entry.id}@${entry.revision}`
      if (!cache.has(key)) {
        const draft = drafts.loadDraft(entry.id)
        cache.set(
          key,
          draft
            ? computeFindings(draft, computeDraftValues(draft)).filter(
                (f) => f.severity === 'error',
              ).length
            : null,
        )
      }
      states.set(entry.id, cache.get(key) ?? null)
    }
    return states
  })
}

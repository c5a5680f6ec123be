/**
 * Links the open report to the same agency's draft of the year before, for W1/W2 and W7: finds
 * that draft in the list and hands it to the report store whenever it or the open report's
 * 机关名称/年度 change.
 */
import { computed, watch, type Ref } from 'vue'
import type { DraftIndexEntry, DraftRepository } from '@/storage'
import type { useReportStore } from './report'

/** What the link needs from the drafts store. */
interface DraftList {
  readonly report: ReturnType<typeof useReportStore>
  readonly entries: Readonly<Ref<readonly DraftIndexEntry[]>>
  readonly currentId: Readonly<Ref<string>>
  readonly repo: Readonly<Ref<DraftRepository | null>>
}

/** The list entry of last year's draft of the open report's agency (null when there is none). */
export function usePreviousYearLink({ report, entries, currentId, repo }: DraftList) {
  const previousYearEntry = computed(() => {
    const agency = report.draft.meta.agencyName.trim()
    const year = report.draft.meta.year
    if (!agency || year === null) return null
    return (
      entries.value.find(
        (e) => e.id !== currentId.value && e.agencyName.trim() === agency && e.year === year - 1,
      ) ?? null
    )
  })
  watch(
    () =>
      previousYearEntry.value &&
      `${previousYearEntry.value.id}@${previousYearEntry.value.revision}`,
    () => {
      const entry = previousYearEntry.value
      const loaded = entry ? repo.value?.load(entry.id) : null
      report.setPreviousYear(loaded && 'draft' in loaded ? loaded.draft : null)
    },
  )
  return previousYearEntry
}

/**
 * Links the open report to last year's draft of its agency, for W1/W2 and W7. A link once made —
 * by the agency and year the user entered or confirmed, or by 以上年报告为基础新建, which gives
 * the same agency the next year — is kept by draft id (`zfxxgk.previousYearLinks`), so correcting
 * the name afterwards does not switch the checks off. Without a link, the report store is told
 * why, when a link could be expected (drafts of last year or of this agency exist, or the report
 * was imported).
 */
import { computed, reactive, watch, type Ref } from 'vue'
import type { PreviousYearGap, ReportDraft } from '@/report'
import {
  openLocalStorage,
  readPreviousYearLinks,
  writePreviousYearLink,
  type DraftIndexEntry,
  type DraftRepository,
} from '@/storage'

/** What the link reads from the report store and tells it (passed in: no import of stores). */
interface ReportSide {
  readonly draft: ReportDraft
  setPreviousYear(draft: ReportDraft | null, gap: PreviousYearGap | null): void
}

/** What the link needs from the drafts store. */
interface DraftList {
  readonly report: ReportSide
  readonly entries: Readonly<Ref<readonly DraftIndexEntry[]>>
  readonly currentId: Readonly<Ref<string>>
  readonly repo: Readonly<Ref<DraftRepository | null>>
}

/** Most other names listed in the note that no link was made. */
const MAX_NAMES = 3

/** The list entry of last year's draft of the open report (null when there is none). */
export function usePreviousYearLink({ report, entries, currentId, repo }: DraftList) {
  const storage = openLocalStorage()
  const links = reactive<Record<string, string>>(storage ? readPreviousYearLinks(storage) : {})

  const resolved = computed((): { entry: DraftIndexEntry | null; gap: PreviousYearGap | null } => {
    const agency = report.draft.meta.agencyName.trim()
    const year = report.draft.meta.year
    if (year === null) return { entry: null, gap: null }
    const others = entries.value.filter((e) => e.id !== currentId.value)
    const linkedId = links[currentId.value]
    const linked = others.find((e) => e.id === linkedId && e.year === year - 1)
    if (linked) return { entry: linked, gap: null }
    if (!agency) return { entry: null, gap: null }
    const byName = others.find((e) => e.agencyName.trim() === agency && e.year === year - 1)
    if (byName) return { entry: byName, gap: null }
    const lastYears = others.filter((e) => e.year === year - 1)
    const expected =
      lastYears.length > 0 ||
      others.some((e) => e.agencyName.trim() === agency) ||
      report.draft.importReview !== undefined
    if (!expected) return { entry: null, gap: null }
    const names = [...new Set(lastYears.map((e) => e.agencyName.trim() || '（未填写）'))]
    return {
      entry: null,
      gap:
        names.length > 0
          ? { kind: 'otherAgency', year: year - 1, names: names.slice(0, MAX_NAMES) }
          : { kind: 'none', year: year - 1 },
    }
  })
  const previousYearEntry = computed(() => resolved.value.entry)

  watch(
    () => {
      const { entry, gap } = resolved.value
      return entry ? `${entry.id}@${entry.revision}` : `gap:${JSON.stringify(gap)}`
    },
    () => {
      const { entry, gap } = resolved.value
      if (entry && links[currentId.value] !== entry.id) {
        links[currentId.value] = entry.id
        if (storage) writePreviousYearLink(storage, currentId.value, entry.id)
      }
      const loaded = entry ? repo.value?.load(entry.id) : null
      report.setPreviousYear(loaded && 'draft' in loaded ? loaded.draft : null, gap)
    },
  )
  return previousYearEntry
}

/**
 * The reviewer's workspace (issue 15): the reports dropped on it, kept in IndexedDB. State is the
 * stored records and the user's choices (selection, sort, filters); each report's findings and key
 * figures are computed from its draft by the domain's own rules, once per record.
 */
import { acceptHMRUpdate, defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import { hasErrors, type Level, type ReportDraft, type RuleId } from '@/report'
import { reviewReport, type ReportReview } from '@/report/workspace/reportReview'
import { batchYear, reportVersions } from '@/report/workspace/versions'
import { fingerprintDraft } from '@/report/fingerprint'
import { reviewStamp, type WorkspaceRecord, type WorkspaceRow } from '@/report/workspace/records'
import {
  estimateStorage,
  openWorkspaceDb,
  type StorageEstimate,
  type WorkspaceDb,
} from '@/storage/workspaceDb'
import { openLocalStorage, readItem, STORAGE_KEYS, writeItem } from '@/storage'
import {
  buildReviewNotes,
  localDate,
  type OwnNote,
  type ReviewNotesFile,
} from '@/report/workspace/reviewNotesFile'
import { readersAtOnce, readFilesInWorker } from '@/workspace/workspaceFilesClient'
import { withSize } from '@/workspace/workspaceRecords'

// The row type is the domain's; re-exported for callers.
export type { WorkspaceRow }

/** Columns the list sorts by. */
export type WorkspaceSortKey = 'order' | 'agency' | 'level' | 'year' | 'errors' | 'warnings'

const LEVEL_ORDER: Record<string, number> = {
  国务院部门: 0,
  省级: 1,
  设区的市级: 2,
  县级: 3,
  乡镇级: 4,
}

// Records never change once read, so a review is computed once per record object (and again
// only when the same agency's previous-year report comes or goes).
const reviews = new WeakMap<
  WorkspaceRecord,
  { previous: WorkspaceRecord | undefined; review: ReportReview }
>()

const yearKey = (agency: string, year: number) => `${agency.trim()}|${year}`

// One collator for every comparison: `localeCompare(…, 'zh-CN')` builds one per call, which made
// sorting thousands of reports take a second.
const collator = new Intl.Collator('zh-CN')

// Each sort key is computed once per row and sort (agency names by their rank among all names,
// ranked once per list), so a sort compares numbers, not Chinese text through the collator.
function sortKeyOf(
  key: WorkspaceSortKey,
  agencyRank: () => ReadonlyMap<string, number>,
): (row: WorkspaceRow) => number {
  switch (key) {
    case 'agency': {
      const ranks = agencyRank()
      return (row) => ranks.get(agencyText(row)) ?? 0
    }
    case 'level':
      return (row) => LEVEL_ORDER[row.review?.level ?? ''] ?? 9
    case 'year':
      return (row) => row.review?.year ?? 0
    case 'errors':
      return (row) => row.review?.errorCount ?? -1
    case 'warnings':
      return (row) => row.review?.warningCount ?? -1
    default:
      return (row) => row.record.order
  }
}

const agencyText = (row: WorkspaceRow) => row.review?.agencyName ?? row.record.fileName

/** Files read per worker message and stored per IndexedDB transaction: rows appear as they come. */
const FILES_PER_BATCH = 250
/** How often the reading count is redrawn at most (ms). */
const PROGRESS_MS = 250

export const useWorkspaceStore = defineStore('workspace', () => {
  const records = shallowRef<WorkspaceRecord[]>([])
  /** Current rows are selected by default: only the ids the user unticked are kept. */
  const deselected = ref(new Set<string>())
  /** Superseded versions are left out by default: only the ones the user ticked are kept. */
  const picked = ref(new Set<string>())
  const db = shallowRef<WorkspaceDb | null>(null)
  /** 'memory' when IndexedDB could not be opened: the workspace then lasts until the tab closes. */
  const storage = ref<'loading' | 'indexeddb' | 'memory'>('loading')
  const storageProblem = ref<string | null>(null)
  const reading = ref<{ done: number; total: number } | null>(null)
  const openedId = ref<string | null>(null)
  const sortKey = ref<WorkspaceSortKey>('order')
  const sortDescending = ref(false)
  const errorsOnly = ref(false)
  const ruleFilter = ref<RuleId | ''>('')
  const levelFilter = ref<Level | ''>('')
  const today = new Date()
  /** Reviews made where the files were read hold for this day and version (else re-reviewed). */
  const stamp = reviewStamp(today, __APP_VERSION__)
  /** How much the browser's storage holds for this site, and may (refreshed after changes). */
  const estimate = shallowRef<StorageEstimate | null>(null)
  const local = openLocalStorage()
  /** The reviewing office that signs the 审核意见 (落款), kept in this browser. */
  const reviewer = ref((local && readItem(local, STORAGE_KEYS.reviewer)) ?? '')
  /** The reviewer's edits of each report's 退回意见 (by record id), kept until the tab closes. */
  const returnNoteEdits = new Map<string, string>()
  /** The last report removed, until the next removal (for 撤销). */
  const lastRemoved = shallowRef<WorkspaceRecord | null>(null)

  /** Reports by agency and year, to find each one's previous-year report (W1, W2, W7). */
  const byAgencyYear = computed(() => {
    const map = new Map<string, WorkspaceRecord>()
    for (const record of records.value) {
      const meta = record.draft?.meta
      if (meta?.agencyName.trim() && meta.year !== null) {
        const key = yearKey(meta.agencyName, meta.year)
        if (!map.has(key)) map.set(key, record)
      }
    }
    return map
  })

  /** Each record's version among the files of its agency and year. */
  const versions = computed(() =>
    reportVersions(
      records.value.map((record) => ({
        id: record.id,
        agencyName: record.draft?.meta.agencyName ?? null,
        year: record.draft?.meta.year ?? null,
        order: record.order,
      })),
    ),
  )

  const rows = computed<WorkspaceRow[]>(() => {
    const start = performance.now()
    const built = records.value.map((record) => {
      const draft = record.draft
      const version = versions.value.get(record.id) ?? {
        version: 1,
        count: 1,
        superseded: false,
        versionIds: [record.id],
      }
      if (!draft) return { record, review: null, version }
      const previous =
        draft.meta.year === null
          ? undefined
          : byAgencyYear.value.get(yearKey(draft.meta.agencyName, draft.meta.year - 1))
      let cached = reviews.get(record)
      if (!cached || cached.previous !== previous) {
        // The reader's review leaves out the previous year: with one, the main thread reviews.
        const review =
          !previous && record.review && record.reviewedFor === stamp
            ? record.review
            : reviewReport(draft, today, previous?.draft ?? null)
        cached = { previous, review }
        reviews.set(record, cached)
      }
      return { record, review: cached.review, version }
    })
    // Timed for the bench (reviews are the main thread's share of listing).
    performance.measure('workspace:rows', { start })
    return built
  })

  /** The year most current reports are about (a report of another year is flagged). */
  const commonYear = computed(() =>
    batchYear(
      rows.value
        .filter((row) => row.review && !row.version.superseded)
        .map((row) => row.review!.year),
    ),
  )
  /** True when a report's year differs from the rest of the batch. */
  const isOddYear = (row: WorkspaceRow) =>
    commonYear.value !== null && row.review !== null && row.review.year !== commonYear.value

  /** Every agency name's rank in collation order (one collator sort per list, not per click). */
  const agencyRank = computed(() => {
    const names = [...new Set(rows.value.map(agencyText))].sort(collator.compare)
    return new Map(names.map((name, index) => [name, index]))
  })

  /** Every row in the chosen order (recomputed when the rows or the order change, not on filters). */
  const sortedRows = computed(() => {
    const all = rows.value
    const keyOf = sortKeyOf(sortKey.value, () => agencyRank.value)
    const keys = all.map(keyOf)
    const index = all.map((_, i) => i)
    // Ties keep the list's order (rows are in `order`), reversed as a whole when descending.
    index.sort((a, b) => keys[a]! - keys[b]! || a - b)
    if (sortDescending.value) index.reverse()
    return index.map((i) => all[i]!)
  })

  /** True when a row passes the filters. */
  const passesFilters = (row: WorkspaceRow) => {
    if (errorsOnly.value && !(row.review ? hasErrors(row.review.findings) : true)) return false
    if (ruleFilter.value && !row.review?.rules.includes(ruleFilter.value)) return false
    if (levelFilter.value && row.review?.level !== levelFilter.value) return false
    return true
  }
  const filtering = computed(() => errorsOnly.value || !!ruleFilter.value || !!levelFilter.value)

  const visibleRows = computed(() =>
    filtering.value ? sortedRows.value.filter(passesFilters) : sortedRows.value,
  )

  /** Every rule id present in the workspace, for the rule filter. */
  const presentRules = computed(() => [
    ...new Set(rows.value.flatMap((row) => row.review?.rules ?? [])),
  ])

  const isSuperseded = (id: string) => versions.value.get(id)?.superseded ?? false
  const isSelected = (id: string) =>
    isSuperseded(id) ? picked.value.has(id) : !deselected.value.has(id)
  /** The readable rows that are ticked (what aggregating, exporting and notes work on). */
  const selectedRows = computed(() =>
    rows.value.filter((row) => row.review && isSelected(row.record.id)),
  )
  /** Ticked rows the current filters hide (said beside the count, so nothing is summed unseen). */
  const hiddenSelectedCount = computed(() =>
    filtering.value ? selectedRows.value.filter((row) => !passesFilters(row)).length : 0,
  )
  /** Rows the .xlsx lists: those shown, without superseded versions unless the user ticked them. */
  const exportRows = computed(() =>
    visibleRows.value.filter((row) => !row.version.superseded || picked.value.has(row.record.id)),
  )
  const opened = computed(() => rows.value.find((row) => row.record.id === openedId.value) ?? null)
  const usage = computed(() => ({
    count: records.value.length,
    unreadable: records.value.filter((record) => !record.draft).length,
    bytes: records.value.reduce((sum, record) => sum + record.size, 0),
  }))

  /** Opens the database and loads what it holds (falls back to memory, saying why). */
  async function init(): Promise<void> {
    if (storage.value !== 'loading') return
    try {
      db.value = await openWorkspaceDb()
      records.value = await db.value.list()
      storage.value = 'indexeddb'
    } catch (error) {
      storage.value = 'memory'
      storageProblem.value =
        '浏览器的 IndexedDB 存储不可用（可能处于无痕模式或已被禁用），工作台的报告只保留到关闭本页为止。' +
        (error instanceof Error && error.message ? `（${error.message}）` : '')
    }
    void refreshEstimate()
  }

  /** Asks the browser how much it stores for this site (shown beside the workspace's count). */
  async function refreshEstimate(): Promise<void> {
    estimate.value = await estimateStorage()
  }

  async function store(added: readonly WorkspaceRecord[]): Promise<void> {
    if (added.length === 0) return
    const byId = new Map(records.value.map((record) => [record.id, record]))
    for (const record of added) {
      const kept = byId.get(record.id)
      // Adding a report again replaces it but keeps its place in the list.
      byId.set(record.id, kept ? withSize({ ...record, order: kept.order }) : record)
    }
    records.value = [...byId.values()].sort((a, b) => a.order - b.order)
    if (!db.value) return
    try {
      await db.value.putMany(added.map((record) => byId.get(record.id) ?? record))
    } catch (error) {
      storageProblem.value = `报告已加入工作台，但未能保存到浏览器存储（${error instanceof Error ? error.message : String(error)}），刷新页面后会丢失。可先清理浏览器空间后重新添加。`
    }
  }

  const nextOrder = () => records.value.reduce((max, record) => Math.max(max, record.order), 0) + 1

  /**
   * Reads dropped or chosen files in workers and adds one row per file, a batch at a time: each
   * batch is one worker message and one IndexedDB transaction, and its rows show at once. Batches
   * are read by several workers at once and stored as they land, in the order they were picked.
   */
  async function addFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0) return
    reading.value = { done: 0, total: files.length }
    performance.mark('workspace:add-start')
    const first = nextOrder()
    const starts: number[] = []
    for (let start = 0; start < files.length; start += FILES_PER_BATCH) starts.push(start)
    const done = starts.map(() => 0)
    // The count moves a few times a second: each change redraws the page, which a count per
    // worker message would do dozens of times a second.
    let shownAt = 0
    const progress = () => {
      const now = performance.now()
      const count = done.reduce((sum, n) => sum + n, 0)
      if (now - shownAt < PROGRESS_MS && count < files.length) return
      shownAt = now
      reading.value = { done: count, total: files.length }
    }
    let next = 0
    let stored = Promise.resolve()
    const reader = async () => {
      while (next < starts.length) {
        const index = next++
        const start = starts[index]!
        const batch = files.slice(start, start + FILES_PER_BATCH)
        const added = await readFilesInWorker(batch, first + start, today, (n) => {
          done[index] = n
          progress()
        })
        // Stored one batch after another (each reads the list the last one left).
        stored = stored.then(() => store(added))
        done[index] = batch.length
        progress()
      }
    }
    try {
      await Promise.all(Array.from({ length: Math.min(readersAtOnce(), starts.length) }, reader))
      await stored
    } finally {
      reading.value = null
      performance.measure('workspace:add', 'workspace:add-start')
      void refreshEstimate()
      // Rank the agency names while the page is idle, so the first sort by name is quick too.
      const warm = () => void agencyRank.value
      if (typeof requestIdleCallback === 'function') requestIdleCallback(warm, { timeout: 2000 })
      else setTimeout(warm, 0)
    }
  }

  /** Adds drafts of this browser (the editor's drafts) as rows. */
  async function addDrafts(drafts: readonly { name: string; draft: ReportDraft }[]): Promise<void> {
    const first = nextOrder()
    const addedAt = new Date().toISOString()
    const added: WorkspaceRecord[] = []
    for (const [index, { name, draft }] of drafts.entries()) {
      const copy = structuredClone(draft)
      const fingerprint = await fingerprintDraft(copy)
      added.push(
        withSize({
          id: `fp:${fingerprint}:${name}`,
          fileName: name,
          order: first + index,
          addedAt,
          source: 'browser-draft',
          draft: copy,
          fingerprint,
        }),
      )
    }
    await store(added)
  }

  /** Removes one report from the workspace (undoable until the next removal). */
  async function remove(id: string): Promise<void> {
    lastRemoved.value = records.value.find((record) => record.id === id) ?? null
    records.value = records.value.filter((record) => record.id !== id)
    if (openedId.value === id) openedId.value = null
    await db.value?.remove([id])
  }

  /** Puts the last removed report back in its place. */
  async function undoRemove(): Promise<void> {
    const record = lastRemoved.value
    lastRemoved.value = null
    if (record) await store([record])
  }

  /** Sets the reviewing office of the 落款 (kept in this browser for the next session). */
  function setReviewer(name: string): void {
    reviewer.value = name
    if (local) writeItem(local, STORAGE_KEYS.reviewer, name)
  }

  /** Replaces the reviewer's own notes on a report (stored with it). */
  async function setReviewerNotes(id: string, notes: readonly OwnNote[]): Promise<void> {
    const record = records.value.find((r) => r.id === id)
    if (record) await store([withSize({ ...record, reviewerNotes: [...notes] })])
  }

  /** A report's 审核意见 (§6b): its findings for the agency and the reviewer's own, dated today. */
  function reviewNotesFileOf(row: WorkspaceRow, date = new Date()): ReviewNotesFile {
    return {
      agencyName: row.review?.agencyName ?? '',
      year: row.review?.year ?? null,
      reviewer: reviewer.value.trim(),
      issuedOn: localDate(date),
      report: { fingerprint: row.record.fingerprint ?? '', version: row.version.version },
      notes: buildReviewNotes(row.review?.findings ?? [], row.record.reviewerNotes ?? []),
    }
  }

  /** The reviewer's edited 退回意见 of a report this session, if any. */
  const editedReturnNotes = (id: string): string | undefined => returnNoteEdits.get(id)
  /** Keeps the reviewer's edit of a report's 退回意见 for this session. */
  function keepReturnNotes(id: string, text: string): void {
    returnNoteEdits.set(id, text)
  }

  /** Empties the workspace (and its stored copy). */
  async function clear(): Promise<void> {
    records.value = []
    returnNoteEdits.clear()
    deselected.value = new Set()
    picked.value = new Set()
    openedId.value = null
    await db.value?.clear()
    void refreshEstimate()
  }

  /** Ticks or unticks a report. */
  function setSelected(id: string, selected: boolean): void {
    if (isSuperseded(id)) {
      if (selected) picked.value.add(id)
      else picked.value.delete(id)
    } else if (selected) deselected.value.delete(id)
    else deselected.value.add(id)
  }

  /** Ticks or unticks every current report shown by the filters (superseded ones are picked one by one). */
  function setAllVisibleSelected(selected: boolean): void {
    for (const row of visibleRows.value) {
      if (!row.version.superseded || !selected) setSelected(row.record.id, selected)
    }
  }

  /** Sorts by `key`; the same key again reverses the order. */
  function sortBy(key: WorkspaceSortKey): void {
    if (sortKey.value === key) sortDescending.value = !sortDescending.value
    else {
      sortKey.value = key
      sortDescending.value = key === 'errors' || key === 'warnings'
    }
  }

  return {
    records,
    deselected,
    db,
    rows,
    visibleRows,
    presentRules,
    selectedRows,
    hiddenSelectedCount,
    exportRows,
    commonYear,
    isOddYear,
    opened,
    openedId,
    usage,
    estimate,
    storage,
    storageProblem,
    reading,
    sortKey,
    sortDescending,
    errorsOnly,
    ruleFilter,
    levelFilter,
    isSelected,
    init,
    addFiles,
    addDrafts,
    remove,
    undoRemove,
    lastRemoved,
    reviewer,
    setReviewer,
    setReviewerNotes,
    reviewNotesFileOf,
    editedReturnNotes,
    keepReturnNotes,
    clear,
    setSelected,
    setAllVisibleSelected,
    sortBy,
  }
})

if (import.meta.hot) import.meta.hot.accept(acceptHMRUpdate(useWorkspaceStore, import.meta.hot))

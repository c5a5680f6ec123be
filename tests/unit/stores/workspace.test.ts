import 'fake-indexeddb/auto'
import { createPinia, setActivePinia } from 'pinia'
import { watch } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEmptyDraft, serializeDraftFile, type ReportDraft } from '../../../src/report'
import { useWorkspaceStore } from '../../../src/stores/workspace'
import { openWorkspaceDb } from '../../../src/storage/workspaceDb'
import { reviewStamp, type WorkspaceRecord } from '../../../src/report/workspace/records'
import { reviewReport } from '../../../src/report/workspace/reportReview'
import { balancedDraft } from '../../fixtures/balancedReport'

function draft(agency: string, change: (d: ReportDraft) => void = () => {}): ReportDraft {
  const d = balancedDraft()
  d.meta.agencyName = agency
  d.meta.year = 2026
  d.meta.level = '设区的市级'
  d.narrative.problems =
    '一是公开内容不够全面，二是解读形式单一。下一步将加强培训，丰富解读形式，提升质量。'
  change(d)
  return d
}

beforeEach(() => setActivePinia(createPinia()))

describe('the workspace store', () => {
  it('keeps a resubmission as the current version and leaves the old one out of the selection', async () => {
    const store = useWorkspaceStore()
    await store.init()
    await store.clear()
    await store.addDrafts([
      { name: 'first', draft: draft('甲局', (d) => (d.cells['table3.newReceived.legal'] = '999')) },
    ])
    await store.addDrafts([
      { name: 'other', draft: draft('乙镇人民政府', (d) => (d.meta.level = '乡镇级')) },
      { name: 'second', draft: draft(' 甲局') },
    ])
    const byName = (name: string) => store.rows.find((row) => row.record.fileName === name)!
    expect(byName('first').version).toMatchObject({ version: 1, superseded: true })
    expect(byName('second').version).toMatchObject({ version: 2, superseded: false })
    expect(store.selectedRows.map((row) => row.record.fileName)).toEqual(['other', 'second'])

    // 全选 leaves superseded versions alone; the reviewer can still pick one by hand.
    store.setAllVisibleSelected(true)
    expect(store.isSelected(byName('first').record.id)).toBe(false)
    store.setSelected(byName('first').record.id, true)
    expect(store.selectedRows).toHaveLength(3)
    expect(store.exportRows).toHaveLength(3)
    store.setSelected(byName('first').record.id, false)
    expect(store.exportRows.map((row) => row.record.fileName)).toEqual(['other', 'second'])

    // Ticked rows hidden by a filter are counted apart.
    store.levelFilter = '乡镇级'
    expect(store.hiddenSelectedCount).toBe(1)
  })

  it('lists each report with its rules, selected by default, and filters and sorts them', async () => {
    const store = useWorkspaceStore()
    await store.init()
    await store.clear()
    await store.addDrafts([
      { name: 'a', draft: draft('甲局') },
      {
        name: 'b',
        draft: draft('乙镇人民政府', (d) => {
          d.meta.level = '乡镇级'
          d.cells['table3.newReceived.legal'] = '999'
        }),
      },
      { name: 'c', draft: createEmptyDraft(2025) },
    ])
    expect(store.rows.map((row) => row.review?.agencyName)).toEqual(['甲局', '乙镇人民政府', ''])
    expect(store.rows[0]?.review?.rules).toEqual([])
    expect(store.rows[1]?.review?.rules).toEqual(expect.arrayContaining(['R1', 'W4']))
    expect(store.rows[2]?.review?.rules).toEqual(expect.arrayContaining(['M1', 'V2']))
    expect(store.selectedRows).toHaveLength(3)

    store.setSelected(store.rows[1]!.record.id, false)
    expect(store.selectedRows.map((row) => row.review?.agencyName)).toEqual(['甲局', ''])

    store.errorsOnly = true
    expect(store.visibleRows.map((row) => row.review?.agencyName)).toEqual(['乙镇人民政府', ''])
    store.errorsOnly = false
    store.ruleFilter = 'W4'
    expect(store.visibleRows).toHaveLength(1)
    store.ruleFilter = ''
    store.levelFilter = '设区的市级'
    expect(store.visibleRows.map((row) => row.review?.agencyName)).toEqual(['甲局'])
    store.levelFilter = ''
    store.sortBy('errors')
    expect(store.visibleRows[2]?.review?.agencyName).toBe('甲局')
    expect(store.usage.count).toBe(3)
    expect(store.usage.bytes).toBeGreaterThan(1000)
  })

  it("checks a report against the same agency's previous-year report in the workspace (W1)", async () => {
    const store = useWorkspaceStore()
    await store.init()
    await store.clear()
    const thisYear = draft('甲局')
    await store.addDrafts([{ name: 'this year', draft: thisYear }])
    expect(store.rows[0]?.review?.rules).not.toContain('W1')
    const lastYear = draft('甲局', (d) => {
      d.meta.year = 2025
      d.cells['table3.carriedForward.natural'] = String(
        Number(thisYear.cells['table3.carriedOver.natural']) + 2,
      )
    })
    await store.addDrafts([{ name: 'last year', draft: lastYear }])
    expect(store.rows[0]?.review?.rules).toContain('W1')
    await store.remove(store.rows[1]!.record.id)
    expect(store.rows[0]?.review?.rules).not.toContain('W1')
  })

  it('keeps the reports for the next visit; the same file again replaces its row, a copy is a row', async () => {
    const first = useWorkspaceStore()
    await first.init()
    await first.clear()
    await first.addDrafts([{ name: 'a', draft: draft('甲局') }])
    await first.addDrafts([{ name: 'a', draft: draft('甲局') }])
    expect(first.rows).toHaveLength(1)
    await first.addDrafts([{ name: 'copy of a', draft: draft('甲局') }])
    expect(first.rows).toHaveLength(2)
    setActivePinia(createPinia())
    const next = useWorkspaceStore()
    await next.init()
    expect(next.rows.map((row) => row.record.fileName)).toEqual(['a', 'copy of a'])
    expect(next.storage).toBe('indexeddb')
  })
})

describe('adding many files', () => {
  it('lists every file in the order picked, across batches, with the unreadable ones said', async () => {
    const store = useWorkspaceStore()
    await store.init()
    await store.clear()
    const files = Array.from({ length: 260 }, (_, i) =>
      i === 100
        ? new File(['{ not json'], `${i}.json`)
        : new File([serializeDraftFile(draft(`第${i}号局`))], `${i}.json`),
    )
    const counts: number[] = []
    const stop = watch(
      () => store.reading?.done,
      (done) => done !== undefined && counts.push(done),
    )
    await store.addFiles(files)
    stop()
    expect(store.rows.map((row) => row.record.fileName)).toEqual(files.map((file) => file.name))
    expect(store.rows[100]?.record.problem).toContain('JSON')
    expect(store.rows[259]?.review?.agencyName).toBe('第259号局')
    expect(store.reading).toBeNull()
    // The count only goes up, and says all were read at the end.
    expect(counts).toEqual([...counts].sort((a, b) => a - b))
    expect(counts.at(-1)).toBe(260)
    await store.clear()
  }, 60_000)
})

describe('reviews made where the files were read', () => {
  it('are used for their day and version, and made again for any other', async () => {
    const db = await openWorkspaceDb()
    await db.clear()
    const stored = (id: string, order: number, reviewedFor: string): WorkspaceRecord => ({
      id,
      fileName: `${id}.json`,
      order,
      addedAt: 'now',
      size: 1,
      source: 'draft-file',
      draft: draft('甲局'),
      // A review that no rule would make, so that using it shows.
      review: { ...reviewReport(draft('甲局'), new Date(), null), agencyName: '读取时的审查' },
      reviewedFor,
    })
    await db.putMany([
      stored('today', 1, reviewStamp(new Date(), 'test')),
      stored('yesterday', 2, reviewStamp(new Date(Date.now() - 86_400_000), 'test')),
      stored('older-version', 3, reviewStamp(new Date(), 'old')),
    ])
    db.close()
    const store = useWorkspaceStore()
    await store.init()
    expect(store.rows.map((row) => [row.record.id, row.review?.agencyName])).toEqual([
      ['today', '读取时的审查'],
      ['yesterday', '甲局'],
      ['older-version', '甲局'],
    ])
    await store.clear()
  })
})

describe('the workspace store without IndexedDB', () => {
  afterEach(() => vi.unstubAllGlobals())

  it('works in memory and says the reports last only until the page is closed', async () => {
    vi.stubGlobal('indexedDB', undefined)
    const store = useWorkspaceStore()
    await store.init()
    expect(store.storage).toBe('memory')
    expect(store.storageProblem).toContain('IndexedDB 存储不可用')
    await store.addDrafts([{ name: 'a', draft: draft('甲局') }])
    expect(store.rows.map((row) => row.review?.agencyName)).toEqual(['甲局'])
  })

  it('keeps a report on the page and says so when saving it fails', async () => {
    const store = useWorkspaceStore()
    await store.init()
    await store.clear()
    const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError')
    })
    try {
      await store.addDrafts([{ name: 'a', draft: draft('乙局') }])
    } finally {
      failing.mockRestore()
    }
    expect(store.rows.map((row) => row.review?.agencyName)).toEqual(['乙局'])
    expect(store.storageProblem).toContain('未能保存到浏览器存储')
  })
})

import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { useDraftsStore } from '../../../src/stores/drafts'
import { useReportStore } from '../../../src/stores/report'
import { balancedDraft } from '../../fixtures/balancedReport'
import { FaultyStorage } from '../storage/faultyStorage'
import { loadDraftCheck } from '../../../src/storage/draftCheck'

// The app loads the draft check on demand (issue 21); these tests start with it loaded.
beforeAll(() => loadDraftCheck())

const CELL = 'table3.newReceived.natural'

/** The drafts and report stores over a fresh in-memory storage (or the one given). */
function open(storage = new FaultyStorage()) {
  setActivePinia(createPinia())
  const drafts = useDraftsStore()
  const report = useReportStore()
  drafts.init(storage)
  return { drafts, report, storage }
}

/** Types into the open draft as the autosave sees it, and saves. */
function type(stores: ReturnType<typeof open>, key: typeof CELL, text: string) {
  stores.report.setCell(key, text)
  stores.drafts.markDirty()
  stores.drafts.saveNow()
}

describe('the drafts store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('starts with one unsaved empty draft, and reopens what was saved in a new session', () => {
    const first = open()
    expect(first.drafts.status.kind).toBe('unsaved')
    type(first, CELL, '12')
    expect(first.drafts.status.kind).toBe('saved')
    const again = open(first.storage)
    expect(again.report.draft.cells[CELL]).toBe('12')
    expect(again.drafts.currentId).toBe(first.drafts.currentId)
  })

  it('creates, duplicates and renames drafts, each kept apart', () => {
    const stores = open()
    const { drafts, report } = stores
    type(stores, CELL, '1')
    const original = drafts.currentId
    const copy = drafts.duplicateDraft(original) as string
    expect(drafts.currentId).toBe(copy)
    expect(drafts.currentName).toContain('（副本）')
    type(stores, CELL, '2')
    drafts.renameDraft(original, '去年的')
    expect(drafts.openDraft(original)).toBe(true)
    expect(report.draft.cells[CELL]).toBe('1')
    expect(drafts.currentName).toBe('去年的')
    expect(drafts.entries.map((e) => e.id).sort()).toEqual([original, copy].sort())
  })

  it('deletes a draft, opens another, and puts it back on undo', () => {
    const stores = open()
    const { drafts, report } = stores
    type(stores, CELL, '1')
    const first = drafts.currentId
    const second = drafts.createDraft(balancedDraft())
    expect(drafts.deleteDraft(second)).toBe(true)
    expect(drafts.currentId).toBe(first)
    expect(drafts.lastDeleted).not.toBeNull()
    expect(drafts.undoDelete()).toBe(true)
    expect(drafts.currentId).toBe(second)
    expect(report.draft.cells[CELL]).toBe(balancedDraft().cells[CELL])
  })

  it('undoing the delete of a draft that was not open keeps the open one', () => {
    const stores = open()
    const { drafts, report } = stores
    type(stores, CELL, '1')
    const other = drafts.currentId
    const kept = drafts.createDraft(balancedDraft())
    type(stores, CELL, '7')
    expect(drafts.deleteDraft(other)).toBe(true)
    expect(drafts.currentId).toBe(kept)
    expect(drafts.undoDelete()).toBe(true)
    expect(drafts.currentId).toBe(kept)
    expect(report.draft.cells[CELL]).toBe('7')
    expect(drafts.entries.map((e) => e.id)).toContain(other)
  })

  it('makes next year’s draft from last year’s, with 上年结转 from its 结转', () => {
    const stores = open()
    const last = balancedDraft()
    last.meta.year = 2021
    const id = stores.drafts.createDraft(last)
    stores.drafts.createFromPreviousYear(id)
    expect(stores.report.draft.meta.year).toBe(2022)
    expect(stores.report.draft.cells['table3.carriedOver.natural']).toBe(
      last.cells['table3.carriedForward.natural'],
    )
    expect(stores.drafts.previousYearEntry?.id).toBe(id)
  })

  it('keeps the edits on screen and says so when storage is full', () => {
    const stores = open()
    type(stores, CELL, '1')
    stores.storage.fault = 'quota'
    type(stores, CELL, '2')
    expect(stores.drafts.status).toMatchObject({ kind: 'failed', reason: 'quota' })
    expect(stores.report.draft.cells[CELL]).toBe('2')
    expect(stores.drafts.dirty).toBe(true)
    stores.storage.fault = 'none'
    stores.drafts.saveNow()
    expect(stores.drafts.status.kind).toBe('saved')
  })

  it('works in memory when there is no storage at all', () => {
    setActivePinia(createPinia())
    const drafts = useDraftsStore()
    drafts.init(null)
    expect(drafts.storageMode).toBe('memory')
    useReportStore().setCell(CELL, '3')
    drafts.markDirty()
    drafts.saveNow()
    expect(drafts.status.kind).toBe('saved')
  })
})

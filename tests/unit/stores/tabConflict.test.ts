/**
 * Two tabs on one draft, both editing the same cell: the second tab's save finds a conflict and
 * the user resolves it either way. Each tab is its own Pinia over one shared storage; the
 * `storage` event a browser sends the other tab is passed on by hand.
 */
import { createPinia, setActivePinia } from 'pinia'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CellKey } from '../../../src/report'
import { draftKey } from '../../../src/storage/keys'
import { useDraftsStore } from '../../../src/stores/drafts'
import { useReportStore } from '../../../src/stores/report'
import { FaultyStorage } from '../storage/faultyStorage'
import { loadDraftCheck } from '../../../src/storage/draftCheck'

// The app loads the draft check on demand (issue 21); these tests start with it loaded.
beforeAll(() => loadDraftCheck())

const DISPUTED: CellKey = 'table3.newReceived.natural'
const ONLY_MINE: CellKey = 'table3.newReceived.commercial'
const ONLY_THEIRS: CellKey = 'table3.carriedOver.natural'

function tab(storage: FaultyStorage) {
  setActivePinia(createPinia())
  const drafts = useDraftsStore()
  const report = useReportStore()
  drafts.init(storage)
  return { drafts, report }
}

/** The other tab hears of a save as a browser's `storage` event would tell it. */
function tell(other: ReturnType<typeof tab>, id: string, storage: FaultyStorage) {
  other.drafts.receiveStorageEvent(draftKey(id), storage.getItem(draftKey(id)))
}

function twoTabsInConflict() {
  const storage = new FaultyStorage()
  const first = tab(storage)
  first.report.setCell(DISPUTED, '1')
  first.drafts.saveNow()
  const id = first.drafts.currentId
  const second = tab(storage)
  expect(second.drafts.currentId).toBe(id)
  // Both edit the same cell; the first saves, then the second hears of it.
  first.report.setCell(DISPUTED, '20')
  first.report.setCell(ONLY_THEIRS, '7')
  first.drafts.saveNow()
  second.report.setCell(DISPUTED, '30')
  second.report.setCell(ONLY_MINE, '4')
  tell(second, id, storage)
  expect(second.drafts.conflict?.paths).toEqual([`cells.${DISPUTED}`])
  return { storage, first, second, id }
}

describe('a conflict between two tabs', () => {
  it.each([
    ['mine', '30'],
    ['theirs', '20'],
  ] as const)('resolved as %s keeps %s, merges the rest and stores it', (choice, kept) => {
    const { storage, first, second, id } = twoTabsInConflict()
    second.drafts.resolveConflict(choice)
    expect(second.drafts.conflict).toBeNull()
    expect(second.report.draft.cells[DISPUTED]).toBe(kept)
    // Edits to different cells are merged, whichever side won the disputed one.
    expect(second.report.draft.cells[ONLY_MINE]).toBe('4')
    expect(second.report.draft.cells[ONLY_THEIRS]).toBe('7')
    second.drafts.saveNow()
    expect(second.drafts.dirty).toBe(false)
    // What is stored is the choice: a new session and the first tab both read it back.
    tell(first, id, storage)
    expect(first.report.draft.cells[DISPUTED]).toBe(kept)
    const reopened = tab(storage)
    expect(reopened.report.draft.cells[DISPUTED]).toBe(kept)
    expect(reopened.report.draft.cells[ONLY_MINE]).toBe('4')
  })

  it('saves nothing while the conflict waits for the user', () => {
    const { storage, second, id } = twoTabsInConflict()
    const stored = storage.getItem(draftKey(id))
    second.drafts.saveNow()
    expect(storage.getItem(draftKey(id))).toBe(stored)
    expect(second.drafts.unsavedWork).toBe('conflict')
  })
})

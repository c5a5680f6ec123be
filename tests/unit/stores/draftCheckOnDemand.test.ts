/**
 * The stored-draft check (yup) is loaded on demand, so restore is async (issue 21). Before it is
 * loaded nothing stored may be judged damaged, kept aside or overwritten; a start with drafts
 * waits for it; a check that cannot be loaded is said and changes nothing; another tab's saves
 * that arrive while it loads are applied, in the order they came.
 * Each test imports the modules afresh (vi.resetModules), so the check starts out not loaded.
 */
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { toRaw } from 'vue'
import { createEmptyDraft, type ReportDraft } from '../../../src/report'
import { FaultyStorage } from '../storage/faultyStorage'

const draftNamed = (name: string): ReportDraft => {
  const draft = createEmptyDraft(2024)
  draft.meta.agencyName = name
  return draft
}

const storageModule = () => import('../../../src/storage')

/** A storage holding one good draft ('good', 甲) and one whose cell is a number ('bad'). */
async function storedDrafts(): Promise<FaultyStorage> {
  const storage = new FaultyStorage()
  const { createDraftRepository, draftKey } = await storageModule()
  const repo = createDraftRepository(storage)
  repo.save({ id: 'good', name: '', draft: draftNamed('甲') }, 0)
  repo.save({ id: 'bad', name: '', draft: draftNamed('乙') }, 0)
  const bad = JSON.parse(storage.getItem(draftKey('bad')) ?? '') as {
    draft: { cells: Record<string, unknown> }
  }
  bad.draft.cells['table3.newReceived.natural'] = 5
  storage.setItem(draftKey('bad'), JSON.stringify(bad))
  return storage
}

/** Every key and its text, to show that nothing stored changed. */
const snapshot = (storage: FaultyStorage) =>
  Object.fromEntries(
    Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? '').map((key) => [
      key,
      storage.getItem(key),
    ]),
  )

beforeEach(() => {
  vi.resetModules()
  setActivePinia(createPinia())
})
afterEach(() => {
  vi.doUnmock('../../../src/report/draftSchema')
})

describe('storage before the draft check is loaded', () => {
  it('judges nothing: no backup, no rewritten index, no overwrite', async () => {
    const storage = await storedDrafts()
    const before = snapshot(storage)
    const { createDraftRepository, loadedDraftCheck } = await storageModule()
    expect(loadedDraftCheck()).toBeNull()
    const repo = createDraftRepository(storage)
    expect(repo.restore()).toMatchObject({ problems: [], unchecked: true })
    expect(repo.load('bad')).toBeNull()
    expect(repo.load('good')).toBeNull()
    expect(snapshot(storage)).toEqual(before)
  })

  it('refuses a save that must read the stored text first, writing nothing', async () => {
    const storage = await storedDrafts()
    const { createDraftRepository, draftKey } = await storageModule()
    // Not the app's own serialisation: the revision can only be read by a full, checked parse.
    const text = storage.getItem(draftKey('good')) ?? ''
    const reordered = JSON.parse(text) as Record<string, unknown>
    storage.setItem(draftKey('good'), JSON.stringify({ draft: reordered.draft, ...reordered }))
    const before = snapshot(storage)
    const repo = createDraftRepository(storage)
    expect(repo.save({ id: 'good', name: '', draft: draftNamed('丙') }, 1)).toEqual({
      status: 'unchecked',
    })
    expect(snapshot(storage)).toEqual(before)
  })

  it('judges as before once the check is loaded: the bad draft is kept aside', async () => {
    const storage = await storedDrafts()
    const { createDraftRepository, loadDraftCheck } = await storageModule()
    await loadDraftCheck()
    const restored = createDraftRepository(storage).restore()
    expect(restored.unchecked).toBe(false)
    expect(restored.entries.map((e) => e.id)).toEqual(['good'])
    expect(restored.problems).toHaveLength(1)
    expect(restored.problems[0]?.keptAt).toMatch(/^zfxxgk\.backup\./)
  })
})

describe('the drafts store at start-up', () => {
  it('with drafts stored: not ready until the check is loaded, then the last draft is open', async () => {
    const storage = await storedDrafts()
    const { useDraftsStore } = await import('../../../src/stores/drafts')
    const { useReportStore } = await import('../../../src/stores/report')
    const drafts = useDraftsStore()
    const started = drafts.init(storage)
    expect(drafts.ready).toBe(false)
    await started
    expect(drafts.ready).toBe(true)
    expect(drafts.currentId).toBe('good')
    expect(useReportStore().draft.meta.agencyName).toBe('甲')
    expect(drafts.problems).toHaveLength(1)
    expect(drafts.checkUnavailable).toBe(false)
  })

  it('with nothing stored: ready at once, before the check has loaded', async () => {
    const { useDraftsStore } = await import('../../../src/stores/drafts')
    const { loadedDraftCheck } = await storageModule()
    const drafts = useDraftsStore()
    const started = drafts.init(new FaultyStorage())
    expect(drafts.ready).toBe(true)
    expect(drafts.currentId).not.toBe('')
    expect(loadedDraftCheck()).toBeNull()
    await started
  })

  it('when the check cannot be loaded: says so, opens a new draft, changes nothing stored', async () => {
    const storage = await storedDrafts()
    const before = snapshot(storage)
    const { useDraftsStore } = await import('../../../src/stores/drafts')
    // From now on the check's chunk cannot be fetched (as offline without a cached copy).
    vi.doMock('../../../src/report/draftSchema', () => {
      throw new Error('Failed to fetch dynamically imported module')
    })
    const drafts = useDraftsStore()
    await drafts.init(storage)
    expect(drafts.ready).toBe(true)
    expect(drafts.checkUnavailable).toBe(true)
    expect(['good', 'bad']).not.toContain(drafts.currentId)
    expect(drafts.problems).toEqual([])
    expect(snapshot(storage)).toEqual(before)
  })
})

describe('a save over another tab’s newer revision, without the check', () => {
  it('fails visibly while the check cannot be fetched, then merges and saves once it can', async () => {
    const storage = new FaultyStorage()
    const { useDraftsStore } = await import('../../../src/stores/drafts')
    const { useReportStore } = await import('../../../src/stores/report')
    const { createDraftRepository, draftKey } = await storageModule()
    vi.doMock('../../../src/report/draftSchema', () => {
      throw new Error('Failed to fetch dynamically imported module')
    })
    const drafts = useDraftsStore()
    const report = useReportStore()
    await drafts.init(storage)
    const id = drafts.currentId
    report.setCell('table3.newReceived.natural', '1')
    drafts.saveNow() // revision 1: nothing stored to read, so no check needed
    expect(drafts.revision).toBe(1)
    const theirs = structuredClone(toRaw(report.draft))
    theirs.meta.agencyName = '乙机关'
    createDraftRepository(storage).save({ id, name: '', draft: theirs }, 1) // revision 2
    const stored = storage.getItem(draftKey(id))
    report.setCell('table3.newReceived.legal', '2')
    drafts.saveNow()
    await vi.waitFor(() => expect(drafts.status).toEqual({ kind: 'failed', reason: 'error' }))
    expect(drafts.checkUnavailable).toBe(true)
    expect(storage.getItem(draftKey(id))).toBe(stored)
    vi.doUnmock('../../../src/report/draftSchema')
    drafts.saveNow() // as autosave retries a failed save
    await vi.waitFor(() => expect(drafts.revision).toBe(3))
    expect(drafts.checkUnavailable).toBe(false)
    const saved = JSON.parse(storage.getItem(draftKey(id)) ?? '') as { draft: ReportDraft }
    expect(saved.draft.meta.agencyName).toBe('乙机关')
    expect(saved.draft.cells['table3.newReceived.legal']).toBe('2')
  })
})

describe('tab sync while the check loads', () => {
  it("applies another tab's saves that came meanwhile, in their order", async () => {
    const storage = new FaultyStorage()
    const { useDraftsStore } = await import('../../../src/stores/drafts')
    const { useReportStore } = await import('../../../src/stores/report')
    const { createDraftRepository, draftKey, loadDraftCheck, loadedDraftCheck } =
      await storageModule()
    const drafts = useDraftsStore()
    const report = useReportStore()
    void drafts.init(storage)
    const id = drafts.currentId
    drafts.renameDraft(id, '本页') // saved as revision 1: the base both tabs share
    expect(drafts.revision).toBe(1)
    const seen: string[] = []
    report.onCommit((commit) => {
      if (commit.origin === 'sync') seen.push(report.draft.meta.agencyName)
    })
    // The other tab saves revisions 2 and 3 of the open draft; each save is one storage event.
    const other = createDraftRepository(storage)
    const texts = ['甲', '乙'].map((name, at) => {
      const draft = structuredClone(toRaw(report.draft))
      draft.meta.agencyName = name
      other.save({ id, name: '本页', draft }, at + 1)
      return storage.getItem(draftKey(id))
    })
    expect(loadedDraftCheck()).toBeNull()
    for (const text of texts) drafts.receiveStorageEvent(draftKey(id), text)
    expect(seen).toEqual([])
    await loadDraftCheck()
    await vi.waitFor(() => expect(drafts.revision).toBe(3))
    expect(seen).toEqual(['甲', '乙'])
    expect(report.draft.meta.agencyName).toBe('乙')
    expect(drafts.conflict).toBeNull()
  })
})

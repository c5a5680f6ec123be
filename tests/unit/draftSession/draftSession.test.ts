import { beforeAll, describe, expect, it, vi } from 'vitest'
import { createEmptyDraft, type ReportDraft } from '../../../src/report'
import { MemoryStorage } from '../../../src/storage'
import { createDraftSession, emptyDraftSessionState } from '../../../src/draftSession/draftSession'
import { loadDraftCheck } from '../../../src/storage/draftCheck'

// The app loads the draft check on demand (issue 21); these tests start with it loaded.
beforeAll(() => loadDraftCheck())

/** The session over a plain state object and a fake editor: no Vue, no Pinia. */
function setup() {
  const state = emptyDraftSessionState()
  let editor: ReportDraft = createEmptyDraft(2024)
  const session = createDraftSession(state, {
    loadIntoEditor: (draft) => (editor = draft),
    editorDraft: () => editor,
    conflictPending: () => false,
    receiveConflict: vi.fn(),
    resetSync: vi.fn(),
  })
  return { state, session, edit: (name: string) => (editor.meta.agencyName = name) }
}

describe('draftSession without Vue or Pinia', () => {
  it('creates, saves, lists and reopens drafts over a plain state object', () => {
    const storage = new MemoryStorage()
    const { state, session, edit } = setup()
    session.init(storage)
    const first = state.currentId
    edit('甲机关')
    session.markDirty()
    expect(state.status.kind).toBe('saving')
    session.saveNow()
    expect(state.status.kind).toBe('saved')
    const second = session.createDraft(createEmptyDraft(2024), { name: '乙' })
    expect(state.entries.map((e) => e.id).sort()).toEqual([first, second].sort())
    expect(session.openDraft(first)).toBe(true)
    expect(state.currentId).toBe(first)
    expect(session.loadDraft(first)?.meta.agencyName).toBe('甲机关')
    expect(session.unsavedWork()).toBeNull()
  })

  it('says everything lives in memory when storage is unusable', () => {
    const { state, session } = setup()
    session.init(null)
    session.markDirty()
    expect(state.storageMode).toBe('memory')
    expect(session.unsavedWork()).toBe('memory')
    expect(session.canLeaveSafely()).toBe(true)
  })
})

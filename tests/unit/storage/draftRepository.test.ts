import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../../src/report'
import {
  STORAGE_KEYS,
  createDraftRepository,
  draftKey,
  openLocalStorage,
  parseEnvelope,
  type DraftRepository,
} from '../../../src/storage'
import { FaultyStorage } from './faultyStorage'
import { loadDraftCheck } from '../../../src/storage/draftCheck'

// The app loads the draft check on demand (issue 21); these tests start with it loaded.
beforeAll(() => loadDraftCheck())

let storage: FaultyStorage
let repo: DraftRepository
let clock = 0
const tick = () => new Date(Date.UTC(2024, 0, 1) + (clock += 1000))

function draftNamed(agency: string) {
  const draft = createEmptyDraft(2023)
  draft.meta.agencyName = agency
  draft.cells['table3.newReceived.natural'] = '12元'
  return draft
}

beforeEach(() => {
  storage = new FaultyStorage()
  repo = createDraftRepository(storage, tick)
})

describe('the envelope', () => {
  it('stores the editor draft as typed, with version, revision and saved-at', () => {
    const result = repo.save({ id: 'a', name: '', draft: draftNamed('甲') }, 0)
    expect(result.status).toBe('saved')
    const text = storage.raw(draftKey('a')) ?? ''
    expect(text.startsWith('{"schemaVersion":1,"id":"a","revision":1,"savedAt":"2024-')).toBe(true)
    const parsed = parseEnvelope(text)
    expect(parsed.ok && parsed.envelope.draft.cells['table3.newReceived.natural']).toBe('12元')
    expect(repo.entries().map((e) => [e.id, e.agencyName, e.revision])).toEqual([['a', '甲', 1]])
  })

  it('counts revisions up and lists drafts newest first', () => {
    repo.save({ id: 'a', name: '', draft: draftNamed('甲') }, 0)
    repo.save({ id: 'b', name: '', draft: draftNamed('乙') }, 0)
    const again = repo.save({ id: 'a', name: '', draft: draftNamed('甲2') }, 1)
    expect(again.status === 'saved' && again.envelope.revision).toBe(2)
    expect(repo.restore().entries.map((e) => e.id)).toEqual(['a', 'b'])
  })
})

describe('faults', () => {
  it.each([
    ['not JSON', '{"schemaVersion":1, broken'],
    ['JSON of the wrong shape', '[1,2,3]'],
    ['a newer version', '{"schemaVersion":9,"id":"x","revision":1,"draft":{}}'],
    [
      'cells that are not text',
      '{"schemaVersion":1,"id":"x","revision":1,"draft":{"cells":{"a":1}}}',
    ],
    ['a wrong id', '{"schemaVersion":1,"id":"other","revision":1,"draft":{}}'],
  ])('keeps %s aside under a backup key and starts anyway', (_, garbage) => {
    repo.save({ id: 'good', name: '', draft: draftNamed('甲') }, 0)
    storage.setItem(draftKey('x'), garbage)
    const { entries, problems } = repo.restore()
    expect(entries.map((e) => e.id)).toEqual(['good'])
    expect(problems).toHaveLength(1)
    const keptAt = problems[0]?.keptAt ?? ''
    expect(keptAt.startsWith(STORAGE_KEYS.backupPrefix)).toBe(true)
    expect(repo.readRaw(keptAt)).toBe(garbage)
    expect(storage.raw(draftKey('x'))).toBeNull()
    expect(repo.backups()).toEqual([keptAt])
  })

  it('leaves damaged data in place when even the backup cannot be written', () => {
    storage.setItem(draftKey('x'), 'garbage')
    storage.fault = 'quota'
    const { problems } = repo.restore()
    expect(problems).toEqual([
      { key: draftKey('x'), keptAt: draftKey('x'), reason: '不是有效的 JSON' },
    ])
    expect(storage.raw(draftKey('x'))).toBe('garbage')
  })

  it('rebuilds a corrupt index from the drafts and keeps the old one aside', () => {
    repo.save({ id: 'a', name: '', draft: draftNamed('甲') }, 0)
    storage.setItem(STORAGE_KEYS.index, '{oops')
    const { entries, problems } = repo.restore()
    expect(entries.map((e) => e.id)).toEqual(['a'])
    expect(problems.map((p) => p.key)).toEqual([STORAGE_KEYS.index])
    expect(repo.entries().map((e) => e.id)).toEqual(['a'])
  })

  it('reports QuotaExceededError and leaves the stored draft as it was', () => {
    repo.save({ id: 'a', name: '', draft: draftNamed('甲') }, 0)
    const before = storage.raw(draftKey('a'))
    storage.fault = 'quota'
    expect(repo.save({ id: 'a', name: '', draft: draftNamed('乙') }, 1)).toEqual({
      status: 'quota',
    })
    expect(storage.raw(draftKey('a'))).toBe(before)
  })

  it('reports SecurityError on a write as unavailable, and reads as empty', () => {
    storage.fault = 'security'
    expect(repo.save({ id: 'a', name: '', draft: draftNamed('甲') }, 0)).toEqual({
      status: 'unavailable',
    })
    expect(repo.restore()).toEqual({ entries: [], problems: [], unchecked: false })
  })

  it.each([
    ['works', () => storage, true],
    [
      'throws SecurityError on access',
      () => {
        throw new DOMException('denied', 'SecurityError')
      },
      false,
    ],
    ['throws on getItem', () => ((storage.fault = 'security'), storage), false],
  ] as const)('openLocalStorage when storage %s', (_, get, usable) => {
    expect(openLocalStorage(get) !== null).toBe(usable)
  })

  it('never overwrites a newer revision saved by another tab', () => {
    repo.save({ id: 'a', name: '', draft: draftNamed('甲') }, 0)
    const otherTab = createDraftRepository(storage, tick)
    otherTab.save({ id: 'a', name: '', draft: draftNamed('乙') }, 1)
    const result = repo.save({ id: 'a', name: '', draft: draftNamed('丙') }, 1)
    expect(result.status).toBe('conflict')
    expect(result.status === 'conflict' && result.stored.draft.meta.agencyName).toBe('乙')
    expect(parseEnvelope(storage.raw(draftKey('a')) ?? '').ok).toBe(true)
  })
})

describe('delete', () => {
  it('is undone from the trash until the next deletion', () => {
    repo.save({ id: 'a', name: '甲稿', draft: draftNamed('甲') }, 0)
    repo.save({ id: 'b', name: '', draft: draftNamed('乙') }, 0)
    expect(repo.remove('a')).toBe(true)
    expect(repo.entries().map((e) => e.id)).toEqual(['b'])
    expect(repo.undoRemove()?.name).toBe('甲稿')
    expect(
      repo
        .entries()
        .map((e) => e.id)
        .sort(),
    ).toEqual(['a', 'b'])
    expect(repo.undoRemove()).toBeNull()
  })

  it('refuses to delete when the trash cannot be written', () => {
    repo.save({ id: 'a', name: '', draft: draftNamed('甲') }, 0)
    storage.fault = 'quota'
    expect(repo.remove('a')).toBe(false)
    expect(storage.raw(draftKey('a'))).not.toBeNull()
  })
})

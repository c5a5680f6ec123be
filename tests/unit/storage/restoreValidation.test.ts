// A stored draft is checked as strictly as an imported file: what fails is kept aside, said, and
// the rest of storage still opens.
import { beforeAll, describe, expect, it } from 'vitest'
import { createEmptyDraft, readDraftFile, serializeDraftFile } from '../../../src/report'
import {
  STORAGE_KEYS,
  createDraftRepository,
  draftKey,
  parseEnvelope,
  peekRevision,
} from '../../../src/storage'
import { FaultyStorage } from './faultyStorage'
import { loadDraftCheck } from '../../../src/storage/draftCheck'

// The app loads the draft check on demand (issue 21); these tests start with it loaded.
beforeAll(() => loadDraftCheck())

function envelopeText(change: (draft: Record<string, unknown>) => void, revision: unknown = 3) {
  const draft = JSON.parse(JSON.stringify(createEmptyDraft(2024))) as Record<string, unknown>
  change(draft)
  return JSON.stringify({
    schemaVersion: 1,
    id: 'x',
    revision,
    savedAt: '2026-01-01T00:00:00.000Z',
    name: '',
    draft,
  })
}

type Raw = Record<string, Record<string, unknown>>
const badFields: [string, (d: Record<string, unknown>) => void, string][] = [
  ['meta.agencyName: 123', (d) => ((d as Raw).meta!.agencyName = 123), 'meta.agencyName'],
  ['meta.phone: []', (d) => ((d as Raw).meta!.phone = []), 'meta.phone'],
  ['meta.year: "2024"', (d) => ((d as Raw).meta!.year = '2024'), 'meta.year'],
  ['narrative.problems: 42', (d) => ((d as Raw).narrative!.problems = 42), 'narrative.problems'],
  [
    'narrative.overview.intro: {…}',
    (d) => (((d as Raw).narrative!.overview as Record<string, unknown>).intro = { a: 1 }),
    'narrative.overview.intro',
  ],
  ['preamble: 7', (d) => (d.preamble = 7), 'preamble'],
  ['a cell: 5', (d) => ((d as Raw).cells!['table3.newReceived.natural'] = 5), 'cells'],
  ['meta: "x"', (d) => (d.meta = 'x'), 'meta'],
]

describe('restoring a stored draft', () => {
  it.each(badFields)('%s is refused, naming the field', (_, change, path) => {
    const parsed = parseEnvelope(envelopeText(change))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.reason).toContain(path)
  })

  it.each(badFields)('%s is refused by the file import too (one schema)', (_, change) => {
    const draft = createEmptyDraft(2024)
    const doc = JSON.parse(serializeDraftFile(draft)) as Record<string, unknown>
    const editor = JSON.parse(JSON.stringify(draft)) as Record<string, unknown>
    change(editor)
    // The same wrong value in the same place of a draft file (cells live in tables there).
    for (const part of ['meta', 'narrative', 'preamble'] as const) doc[part] = editor[part]
    if (change.toString().includes('cells')) return
    expect(readDraftFile(JSON.stringify(doc)).ok).toBe(false)
  })

  it('fills fields an older version did not have, and keeps fields it does not know', () => {
    const parsed = parseEnvelope(
      envelopeText((d) => {
        delete (d as Raw).meta!.issuedOn
        delete (d as Raw).narrative!.otherMatters
        d.futureField = { kept: true }
      }),
    )
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.envelope.draft.meta.issuedOn).toBeNull()
    expect(parsed.envelope.draft.narrative.otherMatters).toBe('')
    expect((parsed.envelope.draft as unknown as Raw).futureField).toEqual({ kept: true })
  })

  it.each([
    [3, true],
    [0, true],
    [-1, false],
    [1.5, false],
    [2 ** 53, false],
    ['3', false],
  ])('revision %j is valid: %s', (revision, ok) => {
    const text = envelopeText(() => undefined, revision)
    expect(parseEnvelope(text).ok).toBe(ok)
    expect(peekRevision(text) === null).toBe(!ok)
  })

  it('keeps a bad stored draft aside under a backup key and lists the others', () => {
    const storage = new FaultyStorage()
    const repo = createDraftRepository(storage)
    repo.save({ id: 'good', name: '', draft: createEmptyDraft(2024) }, 0)
    const bad = envelopeText((d) => ((d as Raw).meta!.agencyName = 123)).replace('"x"', '"bad"')
    storage.setItem(draftKey('bad'), bad)
    const restored = repo.restore()
    expect(restored.entries.map((e) => e.id)).toEqual(['good'])
    expect(restored.problems).toHaveLength(1)
    expect(restored.problems[0]?.reason).toContain('meta.agencyName')
    expect(restored.problems[0]?.keptAt.startsWith(STORAGE_KEYS.backupPrefix)).toBe(true)
    expect(storage.raw(restored.problems[0]!.keptAt)).toBe(bad)
    expect(storage.raw(draftKey('bad'))).toBeNull()
  })
})

describe('a failed listing of storage', () => {
  it('never rewrites the index', () => {
    const storage = new FaultyStorage()
    const repo = createDraftRepository(storage)
    repo.save({ id: 'a', name: '', draft: createEmptyDraft(2024) }, 0)
    repo.save({ id: 'b', name: '', draft: createEmptyDraft(2025) }, 0)
    const index = storage.raw(STORAGE_KEYS.index)
    const realKey = storage.key.bind(storage)
    storage.key = (i: number) => {
      if (i > 0) throw new DOMException('denied', 'SecurityError')
      return realKey(i)
    }
    const restored = repo.restore()
    expect(storage.raw(STORAGE_KEYS.index)).toBe(index)
    expect(restored.entries.map((e) => e.id).sort()).toEqual(['a', 'b'])
  })
})

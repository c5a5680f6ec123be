import { readFileSync } from 'node:fs'
import { beforeAll, describe, expect, it } from 'vitest'
import {
  CURRENT_ENVELOPE_VERSION,
  migrateEnvelope,
  parseEnvelope,
  type MigrationStep,
} from '../../../src/storage'
import { loadDraftCheck } from '../../../src/storage/draftCheck'

// The app loads the draft check on demand (issue 21); these tests start with it loaded.
beforeAll(() => loadDraftCheck())

const V1_TEXT = readFileSync(
  new URL('../../fixtures/storage/envelope-v1.json', import.meta.url),
  'utf8',
)

describe('the frozen version-1 envelope', () => {
  it('still loads, with cell text as typed and unknown fields kept', () => {
    const parsed = parseEnvelope(V1_TEXT)
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    const { envelope } = parsed
    expect(envelope.schemaVersion).toBe(CURRENT_ENVELOPE_VERSION)
    expect(envelope.revision).toBe(7)
    expect(envelope.draft.meta.agencyName).toBe('市知识产权事业发展中心')
    expect(envelope.draft.cells['table4.reconsideration.upheld']).toBe('12元')
    expect(envelope.draft.cells['table2.fees.amountWan']).toBe('4068.208')
    expect((envelope.draft as unknown as Record<string, unknown>).futureDraftField).toEqual({
      kept: true,
    })
    expect(envelope.extra).toEqual({ reviewer: '张三' })
  })
})

describe('migrateEnvelope', () => {
  const steps: Record<number, MigrationStep> = {
    1: (v1) => ({ ...v1, note: 'from 1' }),
    2: (v2) => ({ ...v2, note: `${String(v2.note)}, from 2` }),
  }

  it.each([
    { from: 1, to: 1, note: undefined },
    { from: 1, to: 2, note: 'from 1' },
    { from: 1, to: 3, note: 'from 1, from 2' },
    { from: 2, to: 3, note: 'undefined, from 2' },
  ])('runs each step in order from v$from to v$to', ({ from, to, note }) => {
    const result = migrateEnvelope({ schemaVersion: from }, steps, to)
    expect(result).toEqual({
      ok: true,
      envelope: note === undefined ? { schemaVersion: to } : { schemaVersion: to, note },
    })
  })

  it.each([
    { envelope: { schemaVersion: 4 }, reason: '由更新版本的程序保存（版本 4）' },
    { envelope: {}, reason: '缺少版本号' },
    { envelope: { schemaVersion: '1' }, reason: '缺少版本号' },
    { envelope: { schemaVersion: 0 }, reason: '缺少版本号' },
  ])('refuses $envelope', ({ envelope, reason }) => {
    expect(migrateEnvelope(envelope, steps, 3)).toEqual({ ok: false, reason })
  })

  it('reports a missing step', () => {
    expect(migrateEnvelope({ schemaVersion: 1 }, {}, 2)).toEqual({
      ok: false,
      reason: '无法从版本 1 升级',
    })
  })
})

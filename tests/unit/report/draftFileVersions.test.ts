import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  DRAFT_FILE_SCHEMA_VERSION,
  createEmptyDraft,
  draftToDocument,
  migrateDraftDocument,
  readDraftFile,
  serializeDraftFile,
  type JsonObject,
} from '../../../src/report'

// A version-1 file as the previous release wrote it (frozen; never regenerated).
const V1_TEXT = readFileSync(
  new URL('../../fixtures/drafts/draft-v1.json', import.meta.url),
  'utf8',
)

const SOURCES = [
  { agencyName: '某县交通运输局', year: 2025, fingerprint: '0123456789abcdef', errorCount: 0 },
  { agencyName: '某镇人民政府', year: 2025, fingerprint: 'fedcba9876543210', errorCount: 3 },
]

function summedDraftText(summedFrom: unknown = SOURCES): string {
  const draft = createEmptyDraft(2025)
  draft.meta.agencyName = '某县人民政府'
  const doc = draftToDocument(draft).document
  return JSON.stringify({ ...doc, summedFrom })
}

describe('draft file versions', () => {
  it('writes version 2', () => {
    expect(DRAFT_FILE_SCHEMA_VERSION).toBe(2)
    expect(JSON.parse(serializeDraftFile(createEmptyDraft(2025))).schemaVersion).toBe(2)
  })

  it('still reads a version-1 file: every value, nothing summed, no unknown fields', () => {
    const result = readDraftFile(V1_TEXT)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.draft.meta).toMatchObject({ agencyName: '某县交通运输局', year: 2022 })
    expect(result.draft.cells['table2.fees.amountWan']).toBe('12.345')
    const v1 = JSON.parse(V1_TEXT) as { table3: Record<string, Record<string, number>> }
    expect(result.draft.cells['table3.newReceived.natural']).toBe(
      String(v1.table3.newReceived!.natural),
    )
    expect(result.draft.summedFrom).toBeUndefined()
    expect(result.extra).toBeUndefined()
  })

  it('a version-1 file written again is version 2 with the same data', () => {
    const result = readDraftFile(V1_TEXT)
    if (!result.ok) throw new Error(result.problems.join())
    const again = JSON.parse(serializeDraftFile(result.draft)) as JsonObject
    const before = JSON.parse(V1_TEXT) as JsonObject
    expect(again).toEqual({ ...before, schemaVersion: 2 })
  })

  it('reads summedFrom from a version-2 file and writes it back unchanged', () => {
    const result = readDraftFile(summedDraftText())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.draft.summedFrom).toEqual(SOURCES)
    expect(result.extra).toBeUndefined()
    expect(JSON.parse(serializeDraftFile(result.draft)).summedFrom).toEqual(SOURCES)
  })

  it.each([
    ['not a list', { a: 1 }, '应为列表'],
    ['a bad fingerprint', [{ ...SOURCES[0], fingerprint: 'xyz' }], '指纹应为16位十六进制数字'],
    ['a negative error count', [{ ...SOURCES[0], errorCount: -1 }], '错误数不能为负'],
    ['a missing year', [{ ...SOURCES[0], year: undefined }], '缺少年度'],
  ])('refuses summedFrom that is %s, saying why', (_name, summedFrom, problem) => {
    const result = readDraftFile(summedDraftText(summedFrom))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.join('\n')).toContain(problem)
  })

  it('migrates step by step and stops where a step is missing', () => {
    const steps = { 1: (d: JsonObject) => ({ ...d, a: 1 }), 2: (d: JsonObject) => ({ ...d, b: 2 }) }
    expect(migrateDraftDocument({ schemaVersion: 1 }, 1, 3, steps)).toEqual({
      schemaVersion: 3,
      a: 1,
      b: 2,
    })
    expect(migrateDraftDocument({ schemaVersion: 2 }, 2, 3, steps)).toEqual({
      schemaVersion: 3,
      b: 2,
    })
    expect(migrateDraftDocument({ schemaVersion: 1 }, 1, 3, { 1: steps[1] })).toBeNull()
    expect(migrateDraftDocument({ schemaVersion: 1, x: 5 }, 1, 2)).toEqual({
      schemaVersion: 2,
      x: 5,
    })
  })
})

import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createEmptyDraft } from '../../../src/report'
import { openWorkspaceDb, type WorkspaceRecord } from '../../../src/storage/workspaceDb'

let name = 0
const dbName = () => `workspace-test-${++name}`
const open: { close(): void }[] = []
afterEach(() => open.splice(0).forEach((db) => db.close()))

function record(id: string, order: number, agency = id): WorkspaceRecord {
  const draft = createEmptyDraft(2025)
  draft.meta.agencyName = agency
  draft.cells['table2.fees.amountWan'] = '4068.208'
  return { id, fileName: `${id}.json`, order, addedAt: '2026-12-02T00:00:00Z', size: 10, draft }
}

describe('the workspace database', () => {
  it('keeps records across openings, in the order they were added', async () => {
    const name = dbName()
    const first = await openWorkspaceDb(name)
    await first.putMany([record('b', 2), record('a', 1)])
    await first.putMany([
      {
        id: 'bad:x.pdf',
        fileName: 'x.pdf',
        order: 3,
        addedAt: '',
        size: 5,
        problem: '暂不支持此格式',
      },
    ])
    first.close()
    const again = await openWorkspaceDb(name)
    open.push(again)
    const list = await again.list()
    expect(list.map((r) => r.id)).toEqual(['a', 'b', 'bad:x.pdf'])
    expect(list[0]?.draft?.cells['table2.fees.amountWan']).toBe('4068.208')
    expect(list[2]?.problem).toBe('暂不支持此格式')
  })

  it('replaces a record with the same id, removes and clears', async () => {
    const db = await openWorkspaceDb(dbName())
    open.push(db)
    await db.putMany([record('a', 1), record('b', 2), record('c', 3)])
    await db.putMany([record('a', 1, '改过的')])
    expect((await db.list()).find((r) => r.id === 'a')?.draft?.meta.agencyName).toBe('改过的')
    await db.remove(['b'])
    expect((await db.list()).map((r) => r.id)).toEqual(['a', 'c'])
    await db.clear()
    expect(await db.list()).toEqual([])
  })

  it('holds a few hundred reports', async () => {
    const db = await openWorkspaceDb(dbName())
    open.push(db)
    await db.putMany(Array.from({ length: 400 }, (_, i) => record(`r${i}`, i)))
    expect(await db.list()).toHaveLength(400)
  })
})

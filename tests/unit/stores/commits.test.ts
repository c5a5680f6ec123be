// One path for an edit: every change to the draft is one commit, seen by history and autosave
// with its origin, whoever made it.
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { MemoryStorage } from '../../../src/storage'
import { useDraftsStore } from '../../../src/stores/drafts'
import { useHistoryStore } from '../../../src/stores/history'
import { useReportStore, type DraftCommit } from '../../../src/stores/report'

const CELL = 'table3.newReceived.natural'

describe('commits', () => {
  beforeEach(() => setActivePinia(createPinia()))

  function setup() {
    const report = useReportStore()
    const history = useHistoryStore()
    const seen: DraftCommit[] = []
    report.onCommit((commit) => seen.push(commit))
    return { report, history, seen }
  }

  it.each([
    [
      'a cell',
      (r: ReturnType<typeof useReportStore>) => r.setCell(CELL, '3'),
      'setCell',
      [`cells.${CELL}`],
    ],
    [
      'a metadata field',
      (r: ReturnType<typeof useReportStore>) => r.setMeta('phone', '0537-1'),
      'setMeta',
      ['meta.phone'],
    ],
    [
      'a text field',
      (r: ReturnType<typeof useReportStore>) => r.setNarrative('narrative.problems', '无'),
      'setNarrative',
      ['narrative.problems'],
    ],
    [
      'the preamble',
      (r: ReturnType<typeof useReportStore>) => r.setPreamble('本报告'),
      'setPreamble',
      ['preamble'],
    ],
    [
      'a pasted block',
      (r: ReturnType<typeof useReportStore>) =>
        r.setCells([
          [CELL, '1'],
          ['table3.newReceived.otherOrg', '2'],
        ]),
      'setCells',
      [`cells.${CELL}`, 'cells.table3.newReceived.otherOrg'],
    ],
  ] as const)('an edit of %s is one commit with the values before', (_, edit, kind, paths) => {
    const { report, seen } = setup()
    edit(report)
    expect(seen).toHaveLength(1)
    expect(seen[0]).toMatchObject({ origin: 'edit', kind })
    expect(seen[0]?.changes.map((c) => c.path)).toEqual(paths)
    for (const before of seen[0]?.before ?? []) {
      expect(before.value === '' || before.value === null).toBe(true)
    }
  })

  it('writing the value a field already holds commits nothing', () => {
    const { report, seen } = setup()
    report.setMeta('agencyName', '')
    expect(seen).toHaveLength(0)
  })

  it('undo and redo are commits of their own origin, never recorded as edits', () => {
    const { report, history, seen } = setup()
    report.setMeta('agencyName', '甲')
    history.undo()
    history.redo()
    expect(seen.map((c) => c.origin)).toEqual(['edit', 'undo', 'redo'])
    expect(report.draft.meta.agencyName).toBe('甲')
    expect(history.canUndo).toBe(true)
    history.undo()
    expect(history.canUndo).toBe(false)
  })

  it('autosave saves edits, undo and redo, but not what another tab saved', () => {
    const { report, history } = setup()
    const drafts = useDraftsStore()
    drafts.init(new MemoryStorage())
    const dirtyAfter = (run: () => void) => {
      drafts.saveNow()
      run()
      const dirty = drafts.dirty
      drafts.saveNow()
      return dirty
    }
    expect(dirtyAfter(() => report.setCell(CELL, '4'))).toBe(true)
    expect(dirtyAfter(() => history.undo())).toBe(true)
    expect(
      dirtyAfter(() => report.applyChanges([{ path: `cells.${CELL}`, value: '9' }], 'sync')),
    ).toBe(false)
    expect(report.draft.cells[CELL]).toBe('9')
    expect(history.canRedo).toBe(true)
  })

  it('a metadata change from undo reaches the draft in place (no object swap)', () => {
    const { report, history } = setup()
    const meta = report.draft.meta
    report.setMeta('year', 2024)
    history.undo()
    expect(report.draft.meta).toBe(meta)
    expect(report.draft.meta.year).not.toBe(2024)
  })
})

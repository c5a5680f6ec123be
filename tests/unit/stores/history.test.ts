import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { COALESCE_MS, HISTORY_LIMIT, useHistoryStore } from '../../../src/stores/history'
import { useReportStore } from '../../../src/stores/report'
import { balancedDraft } from '../../fixtures/balancedReport'
import type { CellKey } from '@/report'

// Typed as CellKey: a key the catalogue does not have (once `legalCommercial`) fails to compile.
const CELL: CellKey = 'table3.newReceived.natural'
const OTHER: CellKey = 'table3.newReceived.commercial'

describe('the history store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.useFakeTimers({ now: new Date('2022-01-10T09:00:00') })
  })
  afterEach(() => vi.useRealTimers())

  const stores = () => {
    const report = useReportStore()
    const history = useHistoryStore()
    return { report, history }
  }

  it('undoes and redoes one edit, and nothing more', () => {
    const { report, history } = stores()
    expect(history.canUndo).toBe(false)
    report.setCell(CELL, '12')
    expect(history.canUndo).toBe(true)
    expect(history.undo()).toBe(true)
    expect(report.draft.cells[CELL]).toBe('')
    expect(history.undo()).toBe(false)
    expect(history.redo()).toBe(true)
    expect(report.draft.cells[CELL]).toBe('12')
    expect(history.redo()).toBe(false)
  })

  it.each([
    ['keystrokes in one field, close together, are one step', CELL, COALESCE_MS - 1, ''],
    ['keystrokes in one field after a pause are two steps', CELL, COALESCE_MS + 1, '1'],
  ])('%s', (_, second, pause, afterOneUndo) => {
    const { report, history } = stores()
    report.setCell(CELL, '1')
    vi.advanceTimersByTime(pause)
    report.setCell(second, '12')
    history.undo()
    expect(report.draft.cells[CELL]).toBe(afterOneUndo)
  })

  it('keeps typing in two fields apart', () => {
    const { report, history } = stores()
    report.setCell(CELL, '1')
    report.setCell(OTHER, '2')
    history.undo()
    expect(report.draft.cells[OTHER]).toBe('')
    expect(report.draft.cells[CELL]).toBe('1')
  })

  it('undoes a pasted block of cells in one step', () => {
    const { report, history } = stores()
    report.setCells([
      [CELL, '3'],
      [OTHER, '4'],
    ])
    history.undo()
    expect([report.draft.cells[CELL], report.draft.cells[OTHER]]).toEqual(['', ''])
  })

  it('forgets the redo steps after a new edit, and everything when a draft is loaded', () => {
    const { report, history } = stores()
    report.setCell(CELL, '1')
    history.undo()
    report.setCell(OTHER, '2')
    expect(history.canRedo).toBe(false)
    report.loadDraft(balancedDraft())
    expect(history.canUndo).toBe(false)
  })

  it('does not record what undo, redo or another tab applies', () => {
    const { report, history } = stores()
    report.applyChanges([{ path: `cells.${CELL}`, value: '9' }])
    expect(report.draft.cells[CELL]).toBe('9')
    expect(history.canUndo).toBe(false)
  })

  it(`keeps the last ${HISTORY_LIMIT} steps`, () => {
    const { report, history } = stores()
    for (let i = 1; i <= HISTORY_LIMIT + 5; i += 1) {
      report.setCell(CELL, String(i))
      vi.advanceTimersByTime(COALESCE_MS + 1)
    }
    let steps = 0
    while (history.undo()) steps += 1
    expect(steps).toBe(HISTORY_LIMIT)
    expect(report.draft.cells[CELL]).toBe('5')
  })
})

describe('undo within one field', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('Ctrl+Z in a field undoes its own edits, never another field’s', () => {
    const report = useReportStore()
    const history = useHistoryStore()
    report.setCell(CELL, '12')
    report.setNarrative('narrative.problems', '一是')
    expect(history.undoPath('narrative.problems')).toBe(true)
    expect(report.draft.narrative.problems).toBe('')
    // Nothing of its own is left: the cell far away stays as it is.
    expect(history.undoPath('narrative.problems')).toBe(false)
    expect(report.draft.cells[CELL]).toBe('12')
    expect(history.lastApplied).toMatchObject({ direction: 'undo', paths: ['narrative.problems'] })
    expect(history.redoPath('narrative.problems')).toBe(true)
    expect(report.draft.narrative.problems).toBe('一是')
  })

  it('undoes an older edit of the field when later edits were elsewhere', () => {
    const report = useReportStore()
    const history = useHistoryStore()
    report.setCell(CELL, '12')
    report.setCell(OTHER, '3')
    expect(history.undoPath(`cells.${CELL}`)).toBe(true)
    expect(report.draft.cells[CELL]).toBe('')
    expect(report.draft.cells[OTHER]).toBe('3')
  })

  it('never undoes a block whose other cells were edited since', () => {
    const report = useReportStore()
    const history = useHistoryStore()
    report.setCells([
      [CELL, '1'],
      [OTHER, '2'],
    ])
    report.setCell(OTHER, '5')
    expect(history.undoPath(`cells.${CELL}`)).toBe(false)
    expect(report.draft.cells[CELL]).toBe('1')
    expect(report.draft.cells[OTHER]).toBe('5')
  })

  it('a pasted block undoes whole from any of its cells', () => {
    const report = useReportStore()
    const history = useHistoryStore()
    report.setCells([
      [CELL, '1'],
      [OTHER, '2'],
    ])
    expect(history.undoPath(`cells.${OTHER}`)).toBe(true)
    expect([report.draft.cells[CELL], report.draft.cells[OTHER]]).toEqual(['', ''])
  })
})

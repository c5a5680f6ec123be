import { readFileSync } from 'node:fs'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { draftFromImport, parseReportText } from '../../../src/report/import'
import { useHistoryStore } from '../../../src/stores/history'
import { useReportStore } from '../../../src/stores/report'

const text = (name: string) =>
  readFileSync(new URL(`../../fixtures/import/${name}`, import.meta.url), 'utf8')
const I2_CELL = 'table3.disclosed.natural'

describe('the report store with an imported draft', () => {
  beforeEach(() => setActivePinia(createPinia()))

  function loadAmbiguous() {
    const store = useReportStore()
    store.loadDraft(draftFromImport(parseReportText(text('report.collapsed-ambiguous.txt'))))
    return store
  }

  it('lists the import findings with the rules and marks the uncertain cells, not as invalid', () => {
    const store = loadAmbiguous()
    expect(store.importFindings.map((f) => f.rule)).toEqual(['I2', 'I2'])
    expect(store.findings.filter((f) => f.rule === 'I2')).toHaveLength(2)
    expect(store.findings).toEqual([...store.ruleFindings, ...store.importFindings])
    expect(store.uncertainCells.size).toBe(8)
    expect(store.uncertainCells.has(I2_CELL)).toBe(true)
    expect(store.invalidCells.has(I2_CELL)).toBe(false)
  })

  it('editing an uncertain cell confirms it; the rest stay marked', () => {
    const store = loadAmbiguous()
    store.setCell(I2_CELL, '1')
    expect(store.uncertainCells.has(I2_CELL)).toBe(false)
    expect(store.uncertainCells.size).toBe(7)
    store.setCell('table3.newReceived.natural', '99')
    expect(store.uncertainCells.size).toBe(7)
  })

  it('the report is closed only once every cell is confirmed, and its findings go', () => {
    const store = loadAmbiguous()
    store.dismissImportReview()
    expect(store.importReview).toBeDefined()
    store.confirmImportedCells()
    expect(store.uncertainCells.size).toBe(0)
    expect(store.importFindings).toEqual([])
    store.dismissImportReview()
    expect(store.importReview).toBeUndefined()
    expect(store.draft.importReview).toBeUndefined()
    expect(store.findings).toEqual(store.ruleFindings)
  })

  it('lists the source rule failures but does not mark cells invalid by them', () => {
    const store = useReportStore()
    store.loadDraft(draftFromImport(parseReportText(text('report.r3-broken.txt'))))
    expect(store.importFindings.map((f) => f.rule)).toEqual(['R3', 'R3'])
    expect(store.ruleFindings.some((f) => f.rule === 'R3')).toBe(false)
    // The source's R3 names every result row; only the draft's own rules mark cells invalid.
    expect(store.importFindings[0]?.cells).toContain('table3.disclosed.natural')
    expect(store.invalidCells.has('table3.disclosed.natural')).toBe(false)
  })

  it('ignores a malformed review read from storage', () => {
    const store = useReportStore()
    store.loadDraft({ ...draftFromImport(parseReportText('')), importReview: 'x' as never })
    expect(store.importFindings).toEqual([])
    expect(store.uncertainCells.size).toBe(0)
  })
})

describe('the import review is part of the edit model', () => {
  beforeEach(() => setActivePinia(createPinia()))

  function setup() {
    const report = useReportStore()
    const history = useHistoryStore()
    report.loadDraft(draftFromImport(parseReportText(text('report.collapsed-ambiguous.txt'))))
    return { report, history }
  }

  it.each([
    ['全部确认', (r: ReturnType<typeof useReportStore>) => r.confirmImportedCells(), 0],
    [
      'confirming one cell',
      (r: ReturnType<typeof useReportStore>) => r.confirmImportedCells([I2_CELL]),
      7,
    ],
    [
      'typing into an uncertain cell',
      (r: ReturnType<typeof useReportStore>) => r.setCell(I2_CELL, '5'),
      7,
    ],
  ])('undo restores the confirmations after %s; redo confirms again', (_, edit, left) => {
    const { report, history } = setup()
    edit(report)
    expect(report.uncertainCells.size).toBe(left)
    expect(history.undo()).toBe(true)
    expect(report.uncertainCells.size).toBe(8)
    expect(report.uncertainCells.has(I2_CELL)).toBe(true)
    expect(report.draft.cells[I2_CELL] ?? '').toBe('')
    expect(history.redo()).toBe(true)
    expect(report.uncertainCells.size).toBe(left)
  })

  it('closing the report is a commit; undo brings it and its findings back', () => {
    const { report, history } = setup()
    const seen: string[] = []
    report.onCommit((c) => seen.push(`${c.origin}:${c.kind}:${c.changes.map((x) => x.path)}`))
    report.confirmImportedCells()
    report.dismissImportReview()
    expect(report.importReview).toBeUndefined()
    expect(seen).toEqual([
      'edit:confirmImportedCells:importReview',
      'edit:dismissImportReview:importReview',
    ])
    history.undo()
    expect(report.importReview?.uncertainCells).toEqual([])
    history.undo()
    expect(report.importFindings.map((f) => f.rule)).toEqual(['I2', 'I2'])
  })

  it('confirming what is not uncertain changes nothing and records no step', () => {
    const { report, history } = setup()
    report.confirmImportedCells(['table3.newReceived.natural'])
    expect(history.canUndo).toBe(false)
    expect(report.uncertainCells.size).toBe(8)
  })
})

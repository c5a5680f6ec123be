import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useHistoryStore } from '../../../src/stores/history'
import { useReportStore } from '../../../src/stores/report'
import { readReviewNotesFile } from '../../../src/report/workspace/reviewNotesFile'
import type { DraftCommit } from '../../../src/stores/report'

// A §6b file as a reviewer sends it: one note at a cell, one at a field.
const NOTES = JSON.stringify({
  kind: 'zfxxgk-review-notes',
  format: '2021',
  schemaVersion: 1,
  agencyName: '某县市场监督管理局',
  year: 2026,
  reviewer: '某县人民政府办公室',
  issuedOn: '2027-01-20',
  report: { fingerprint: '0123456789abcdef', version: 1 },
  notes: [
    { id: 'n1', rule: 'R1', path: 'table3.newReceived.natural', text: '请核对自然人列' },
    { id: 'n2', rule: null, path: 'narrative.problems', text: '请写明整改措施' },
  ],
})

const notesFile = () => {
  const read = readReviewNotesFile(NOTES)
  if (!read.ok) throw new Error(read.problems.join())
  return read.file
}

describe('opening 审核意见 in the editor', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('is one commit with a path change, so autosave and tab sync see what changed', () => {
    const report = useReportStore()
    const commits: DraftCommit[] = []
    report.onCommit((commit) => commits.push(commit))
    report.openReviewNotes(notesFile())
    expect(commits).toHaveLength(1)
    expect(commits[0]?.changes.map((change) => change.path)).toEqual(['reviewNotes'])
    expect(commits[0]?.before).toEqual([{ path: 'reviewNotes', value: null }])
  })

  it('is undone by one undo (the notes go) and redone by one redo (they come back)', () => {
    const report = useReportStore()
    const history = useHistoryStore()
    report.setCell('table3.newReceived.natural', '12')
    report.openReviewNotes(notesFile())
    expect(report.reviewNotes?.file.notes.map((note) => note.id)).toEqual(['n1', 'n2'])

    expect(history.undo()).toBe(true)
    expect(report.reviewNotes).toBeNull()
    expect(report.draft.reviewNotes).toBeUndefined()
    // Only the notes went: the edit before them stays.
    expect(report.draft.cells['table3.newReceived.natural']).toBe('12')

    expect(history.redo()).toBe(true)
    expect(report.reviewNotes?.file.notes.map((note) => note.id)).toEqual(['n1', 'n2'])
    // The baseline survives the round trip: the R1 note is open until its cell changes.
    expect(report.addressedNotes.has('n1')).toBe(false)
    report.setCell('table3.newReceived.natural', '11')
    expect(report.addressedNotes.has('n1')).toBe(true)
  })

  it('opening the same notes again is no new step', () => {
    const report = useReportStore()
    const history = useHistoryStore()
    report.openReviewNotes(notesFile())
    report.openReviewNotes(notesFile())
    expect(history.undo()).toBe(true)
    expect(history.canUndo).toBe(false)
    expect(report.reviewNotes).toBeNull()
  })
})

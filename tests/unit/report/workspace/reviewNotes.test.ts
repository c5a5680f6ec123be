import { describe, expect, it } from 'vitest'
import { createEmptyDraft, type Finding, type ReportDraft } from '../../../../src/report'
import { draftToDocument } from '../../../../src/report/draftJson'
import {
  buildReviewNotes,
  localDate,
  readReviewNotesFile,
  reviewNotesBaseName,
  reviewNotesDocument,
  type ReviewNotesFile,
} from '../../../../src/report/workspace/reviewNotesFile'
import {
  compareVersions,
  isNoteAddressed,
  notesAddressedBy,
  openReviewNotesOn,
} from '../../../../src/report/workspace/reviewRound'

const finding = (
  rule: Finding['rule'],
  cells: Finding['cells'],
  fields: Finding['fields'] = [],
): Finding => ({
  rule,
  severity: 'error',
  cells,
  fields,
  message: `${rule} 的说明`,
})

// The example of spec §6b, written out by hand.
const SPEC_EXAMPLE = {
  kind: 'zfxxgk-review-notes',
  format: '2021',
  schemaVersion: 1,
  agencyName: '某县市场监督管理局',
  year: 2026,
  reviewer: '某县人民政府办公室（县政务公开办）',
  issuedOn: '2027-01-20',
  report: { fingerprint: '0123456789abcdef', version: 1 },
  notes: [
    {
      id: 'n1',
      rule: 'R1',
      path: 'table3.newReceived.natural',
      text: '自然人列一＋二与三（七）＋四不相等，请核对',
    },
    { id: 'n2', rule: null, path: 'narrative.problems', text: '请写明具体整改措施' },
    { id: 'n3', rule: 'W10', path: null, text: '请于1月31日前发布' },
  ],
}

const withChange = (change: (doc: Record<string, unknown>) => void) => {
  const doc = structuredClone(SPEC_EXAMPLE) as unknown as Record<string, unknown>
  change(doc)
  return JSON.stringify(doc)
}

describe('the 审核意见 file (spec §6b)', () => {
  it('reads the spec example and keeps fields it does not know', () => {
    const result = readReviewNotesFile(withChange((doc) => (doc.contact = '0537-1234567')))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.file.notes.map((note) => [note.id, note.path])).toEqual([
      ['n1', 'table3.newReceived.natural'],
      ['n2', 'narrative.problems'],
      ['n3', null],
    ])
    expect(result.file.extra).toEqual({ contact: '0537-1234567' })
    expect(reviewNotesDocument(result.file)).toMatchObject({
      contact: '0537-1234567',
      kind: 'zfxxgk-review-notes',
    })
  })

  it.each([
    ['not JSON', '{"kind": ', 'JSON'],
    ['a draft file', JSON.stringify({ kind: 'zfxxgk-annual-report' }), '导入文件'],
    ['a newer version', withChange((doc) => (doc.schemaVersion = 2)), '版本'],
    [
      'a note at an unknown place',
      withChange((doc) => ((doc.notes as { path: string }[])[0]!.path = 'table9.x.y')),
      'notes[0].path',
    ],
    [
      'a note with markup for a rule',
      withChange((doc) => ((doc.notes as { rule: string }[])[1]!.rule = '<b>R1</b>')),
      'notes[1].rule',
    ],
    [
      'a note without text',
      withChange((doc) => ((doc.notes as { text: string }[])[2]!.text = '')),
      'notes[2].text',
    ],
    [
      'two notes with one id',
      withChange((doc) => ((doc.notes as { id: string }[])[1]!.id = 'n1')),
      '重复',
    ],
    [
      'a UTC timestamp for the date',
      withChange((doc) => (doc.issuedOn = '2027-01-19T16:30:00Z')),
      'issuedOn',
    ],
    ['notes that are not a list', withChange((doc) => (doc.notes = { n1: 'x' })), 'notes'],
    ['a file over 1 MB', 'x'.repeat(1024 * 1024 + 1), '1 MB'],
  ])('refuses %s, saying why', (_, text, reason) => {
    const result = readReviewNotesFile(text)
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.join('\n')).toContain(reason)
  })

  it('drops prototype keys instead of merging them', () => {
    const result = readReviewNotesFile(
      withChange((doc) => (doc.extraObject = JSON.parse('{"__proto__": {"polluted": 1}}'))),
    )
    expect(result.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('words each finding for the agency at its first cell or field, then the reviewer’s own notes', () => {
    const notes = buildReviewNotes(
      [
        finding('R1', ['table3.newReceived.natural', 'table3.carriedOver.natural']),
        finding('W6', [], ['narrative.problems']),
        finding('W10', []),
      ],
      [
        { path: 'narrative.overview.intro', text: ' 请补充本年度工作亮点 ' },
        { path: null, text: '  ' },
      ],
    )
    expect(notes.map((note) => [note.id, note.rule, note.path])).toEqual([
      ['n1', 'R1', 'table3.newReceived.natural'],
      ['n2', 'W6', 'narrative.problems'],
      ['n3', 'W10', null],
      ['r1', null, 'narrative.overview.intro'],
    ])
    expect(notes[0]!.text).toContain('表三勾稽关系不成立')
    expect(notes[3]!.text).toBe('请补充本年度工作亮点')
  })

  it.each([
    [new Date(2026, 11, 7, 7, 30), '2026-12-07'],
    [new Date(2027, 0, 1, 0, 5), '2027-01-01'],
    [new Date(2026, 8, 30, 23, 59), '2026-09-30'],
  ])('dates by the local calendar: %s → %s', (date, text) => {
    expect(localDate(date)).toBe(text)
  })

  it.each([
    ['某县市场监督管理局', 2026, '某县市场监督管理局2026年年报审核意见'],
    ['某县 财政局/办公室', 2025, '某县财政局办公室2025年年报审核意见'],
    ['', null, '未命名机关年报审核意见'],
  ])('names the file after the agency and year: %j %j', (agency, year, name) => {
    expect(reviewNotesBaseName(agency, year)).toBe(name)
  })
})

describe('a review round', () => {
  const file = (): ReviewNotesFile => {
    const result = readReviewNotesFile(JSON.stringify(SPEC_EXAMPLE))
    if (!result.ok) throw new Error(result.problems.join())
    return result.file
  }
  const draft = (): ReportDraft => {
    const d = createEmptyDraft(2026)
    d.cells['table3.newReceived.natural'] = '12'
    d.narrative.problems = '无'
    return d
  }

  it.each([
    [
      'the R1 cell edited',
      (d: ReportDraft) => (d.cells['table3.newReceived.natural'] = '11'),
      ['n1'],
    ],
    [
      'the R1 cell cleared',
      (d: ReportDraft) => (d.cells['table3.newReceived.natural'] = ''),
      ['n1'],
    ],
    ['五 rewritten', (d: ReportDraft) => (d.narrative.problems = '一是……二是……'), ['n2']],
    ['another place edited', (d: ReportDraft) => (d.cells['table3.newReceived.legal'] = '3'), []],
    ['edited and put back', (d: ReportDraft) => (d.cells['table3.newReceived.natural'] = '12'), []],
  ])('marks a note addressed when its place changes: %s', (_, edit, addressed) => {
    const d = draft()
    const opened = openReviewNotesOn(file(), d)
    edit(d)
    expect(
      opened.file.notes.filter((note) => isNoteAddressed(opened, note, d)).map((n) => n.id),
    ).toEqual(addressed)
  })

  it('the next draft file says which notes were addressed', () => {
    const d = draft()
    d.reviewNotes = openReviewNotesOn(file(), d)
    d.cells['table3.newReceived.natural'] = '11'
    const doc = draftToDocument(d).document as {
      reviewResponse: { notes: { id: string; addressed: boolean }[]; issuedOn: string }
    }
    expect(doc.reviewResponse.issuedOn).toBe('2027-01-20')
    expect(doc.reviewResponse.notes.map((n) => [n.id, n.addressed])).toEqual([
      ['n1', true],
      ['n2', false],
      ['n3', false],
    ])
  })

  it('compares two versions place by place and marks the older notes', () => {
    const older = draft()
    const newer = draft()
    newer.cells['table3.newReceived.natural'] = '11'
    newer.cells['table4.reconsideration.upheld'] = '2'
    newer.meta.phone = '0537-1234567'
    const changes = compareVersions(older, newer)
    expect(changes).toEqual(
      expect.arrayContaining([
        { path: 'cells.table3.newReceived.natural', older: '12', newer: '11' },
        { path: 'cells.table4.reconsideration.upheld', older: '', newer: '2' },
        { path: 'meta.phone', older: '', newer: '0537-1234567' },
      ]),
    )
    expect(changes).toHaveLength(3)
    expect(
      notesAddressedBy(file().notes, changes).map(({ note, addressed }) => [note.id, addressed]),
    ).toEqual([
      ['n1', true],
      ['n2', false],
      ['n3', false],
    ])
  })
})

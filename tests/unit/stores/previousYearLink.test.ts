import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { beforeAll, describe, expect, it } from 'vitest'
import { useDraftsStore } from '../../../src/stores/drafts'
import { useReportStore } from '../../../src/stores/report'
import { balancedDraft } from '../../fixtures/balancedReport'
import { FaultyStorage } from '../storage/faultyStorage'
import { loadDraftCheck } from '../../../src/storage/draftCheck'

// The app loads the draft check on demand (issue 21); these tests start with it loaded.
beforeAll(() => loadDraftCheck())

function open() {
  setActivePinia(createPinia())
  const drafts = useDraftsStore()
  const report = useReportStore()
  drafts.init(new FaultyStorage())
  return { drafts, report }
}

function draftOf(agencyName: string, year: number, imported = false) {
  const draft = balancedDraft()
  draft.meta.agencyName = agencyName
  draft.meta.year = year
  if (imported) draft.importReview = { summary: '', findings: [], uncertainCells: [] }
  return draft
}

const gapNotes = (report: ReturnType<typeof useReportStore>) =>
  report.ruleFindings.filter((f) => f.rule === 'W1' && f.severity === 'info')

describe('the link to last year’s draft', () => {
  it.each([
    ['淮安市洪泽区人民政府', '淮安市洪泽区人民政府办公室'],
    ['沐阳县人民政府', '沭阳县人民政府'],
    ['福州市教育局', '福州市教育局（更正）'],
  ])('made by %s and year, kept when the name is corrected to %s', async (name, corrected) => {
    const { drafts, report } = open()
    const last = drafts.createDraft(draftOf(name, 2022))
    drafts.createDraft(draftOf(name, 2023, true))
    await nextTick()
    expect(drafts.previousYearEntry?.id).toBe(last)
    expect(report.previousYear?.meta.agencyName).toBe(name)
    report.setMeta('agencyName', corrected)
    await nextTick()
    expect(drafts.previousYearEntry?.id).toBe(last)
    expect(report.previousYear).not.toBeNull()
    expect(gapNotes(report)).toEqual([])
  })

  it('says why W1/W2/W7 did not run when last year’s drafts carry other names', async () => {
    const { drafts, report } = open()
    drafts.createDraft(draftOf('沭阳县发改局', 2023))
    drafts.createDraft(draftOf('现将沐阳县人民政府', 2024, true))
    await nextTick()
    expect(report.previousYear).toBeNull()
    const [note] = gapNotes(report)
    expect(note?.message).toContain('2023年度的草稿机关名称为“沭阳县发改局”')
    expect(note?.message).toContain('W1、W2、W7')
    expect(note?.fields).toEqual(['meta.agencyName'])
  })

  it('an imported report without any draft of last year: says there is none', async () => {
    const { drafts, report } = open()
    drafts.createDraft(draftOf('岳阳市君山区交通运输局', 2024, true))
    await nextTick()
    expect(gapNotes(report).map((f) => f.message)).toEqual([
      '没有找到2023年度的草稿，与上年报告的比对（W1、W2、W7）未运行；如需比对，请先导入或新建本机关2023年度的报告。',
    ])
  })

  it('a lone draft typed by hand draws no note', async () => {
    const { drafts, report } = open()
    drafts.createDraft(draftOf('某县统计局', 2023))
    await nextTick()
    expect(gapNotes(report)).toEqual([])
  })
})

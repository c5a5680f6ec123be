import { describe, expect, it } from 'vitest'
import type { ReportDraft } from '@/report'
import { planOutput } from '@/report/document'
import { awkwardDraft, failingDraft, seedProseDraft } from '../../export/exportDrafts'

const TODAY = { today: new Date('2026-03-01T00:00:00Z') }

function renamed(draft: ReportDraft, agencyName: string, year: number): ReportDraft {
  return { ...draft, meta: { ...draft.meta, agencyName, year } }
}

describe('planOutput', () => {
  it.each([
    {
      name: 'a final report as a PDF',
      draft: () => renamed(seedProseDraft(), '某市交通运输局', 2021),
      ext: 'pdf',
      isDraft: false,
      fileName: '某市交通运输局2021年政府信息公开工作年度报告.pdf',
    },
    {
      name: 'a failing report as Word: （草稿） before the extension',
      draft: () => renamed(failingDraft(), '  某县人民政府办公室 ', 2023),
      ext: 'docx',
      isDraft: true,
      fileName: '某县人民政府办公室2023年政府信息公开工作年度报告（草稿）.docx',
    },
    {
      name: 'characters file systems reject are dropped from the name, not the title',
      draft: () => renamed(seedProseDraft(), 'A/B:局', 2022),
      ext: 'html',
      isDraft: false,
      fileName: 'AB局2022年政府信息公开工作年度报告.html',
    },
  ])('$name', ({ draft, ext, isDraft, fileName }) => {
    const made = draft()
    const plan = planOutput(made, ext, TODAY)
    expect(plan.isDraft).toBe(isDraft)
    expect(plan.fileName).toBe(fileName)
    const title = `${made.meta.agencyName.trim()}${made.meta.year}年政府信息公开工作年度报告`
    expect(plan.title).toBe(title)
    expect(plan.fileTitle).toBe(isDraft ? `${title}（草稿）` : title)
    expect(plan.blocks[0]).toMatchObject({ kind: 'title', text: title })
    expect(plan.blocks.some((b) => b.kind === 'notice')).toBe(isDraft)
  })

  it('asks the gate with the given fonts: a character no font has makes a 草稿', () => {
    const draft = awkwardDraft()
    expect(planOutput(draft, 'pdf', TODAY).isDraft).toBe(false)
    const plan = planOutput(draft, 'pdf', { ...TODAY, canPrint: () => false })
    expect(plan.isDraft).toBe(true)
    expect(plan.fileName.endsWith('（草稿）.pdf')).toBe(true)
  })
})

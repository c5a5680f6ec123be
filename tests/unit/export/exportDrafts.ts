// Drafts for the export tests that differ from each other: the seed's prose with every number
// non-zero and a 落款; a county office with awkward text (markup, quotes, blank lines); a draft
// that fails R1. Built from fixtures, never from the code under test.
import { INPUT_CELLS, createEmptyDraft, effectivePreamble, type ReportDraft } from '@/report'
import { splitParagraphs } from '@/report/document'
import { balancedDraft } from '../../fixtures/balancedReport'
import { SEED_TEXT } from '../pdf/fixtures/seed'

/** The seed's prose, the balanced numbers (fee 4068.208), issued on 2022-01-20. */
export function seedProseDraft(): ReportDraft {
  const draft: ReportDraft = {
    ...createEmptyDraft(2021),
    ...structuredClone(SEED_TEXT),
  } as ReportDraft
  draft.meta = { ...draft.meta, issuedOn: '2022-01-20' }
  draft.cells = { ...balancedDraft().cells }
  return draft
}

/** A county office's 2023 report: markup-like text, quotes, an ampersand, zeros, fee “0.5”. */
export function awkwardDraft(): ReportDraft {
  const draft = createEmptyDraft(2023)
  draft.meta.agencyName = '某某县人民政府办公室'
  draft.meta.level = '县级'
  draft.meta.websiteName = '某某县人民政府'
  draft.meta.websiteUrl = 'https://www.example.gov.cn'
  draft.meta.address = '县府路1号'
  draft.meta.phone = '(0999) 1234567'
  draft.narrative.overview.intro =
    '2023年，本县认真落实<b>政务公开</b>要求，“公开为常态、不公开为例外”。\n\n  全年共收到申请5件 & 办结5件。'
  draft.narrative.overview.proactive = "主动公开信息1,234条，其中'政策解读'56条。"
  draft.narrative.overview.onRequest = '依申请公开工作规范有序。'
  draft.narrative.overview.management = '<script>alert(1)</script>不是脚本，只是文字。'
  draft.narrative.overview.platform = '政府网站运行平稳。'
  draft.narrative.overview.oversight = '开展培训2次。'
  draft.narrative.problems = '一是公开内容不够全面。\n二是解读形式较为单一。'
  draft.narrative.otherMatters = '本年度未收取信息处理费。'
  for (const key of INPUT_CELLS) draft.cells[key.key] = '0'
  draft.cells['table3.newReceived.natural'] = '5'
  draft.cells['table3.disclosed.natural'] = '3'
  draft.cells['table3.otherOther.natural'] = '2'
  draft.cells['table2.fees.amountWan'] = '0.5'
  draft.cells['table4.reconsideration.upheld'] = '1'
  return draft
}

/** The awkward draft with R1 broken (one more new application than results). */
export function failingDraft(): ReportDraft {
  const draft = awkwardDraft()
  draft.cells['table3.newReceived.natural'] = '6'
  return draft
}

/** The text parts a round trip must keep, as the document prints them (one line a paragraph). */
export function textParts(draft: ReportDraft): Record<string, string> {
  const norm = (text: string) => splitParagraphs(text).join('\n')
  const { overview, problems, otherMatters } = draft.narrative
  return {
    agencyName: draft.meta.agencyName,
    year: String(draft.meta.year),
    issuedOn: String(draft.meta.issuedOn),
    preamble: norm(effectivePreamble(draft)),
    ...Object.fromEntries(Object.entries(overview).map(([k, v]) => [k, norm(v)])),
    problems: norm(problems),
    otherMatters: norm(otherMatters),
  }
}

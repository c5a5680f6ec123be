/**
 * The printed report as a sequence of blocks (title, headings, paragraphs, tables, 落款), before
 * any measuring. Pure: a draft in, plain data out. The PDF, the Word file and the web page all
 * render exactly these blocks, so a label or a row changes here (or in the format data) once.
 */
import type { CellKey } from '../cells'
import type { ReportDraft } from '../draft'
import { OVERVIEW_SECTION_HEADINGS, OVERVIEW_SECTION_KEYS, PART_HEADINGS } from '../format'
import { formatReportTitle } from '../format'
import { buildTable2Grid, buildTable3Grid, buildTable4Grid, type TableGrid } from '../grid'
import { effectivePreamble } from '../preamble'
import { DRAFT_NOTICE } from './notice'
import { printedCells } from './printedCells'
import { formatIssuedOn } from './signature'

/** One block of the report, in reading order. */
export type DocumentBlock =
  | {
      readonly kind: 'title'
      readonly text: string
      /** Where the title may break if it needs two lines (GB/T 9704: 词意完整). */
      readonly parts: readonly string[]
    }
  | { readonly kind: 'notice'; readonly text: string }
  | { readonly kind: 'heading'; readonly level: 1 | 2; readonly text: string }
  | { readonly kind: 'paragraph'; readonly text: string }
  | {
      readonly kind: 'table'
      readonly grid: TableGrid
      /** Printed text of every number cell by key: plain digits, the fee exactly as typed. */
      readonly cells: Readonly<Record<CellKey, string>>
    }
  | {
      /** 落款: the agency and the 成文日期, printed at the end when `meta.issuedOn` is set. */
      readonly kind: 'signature'
      readonly agency: string
      readonly date: string
    }

/** Splits free text into paragraphs: one per non-blank line, trimmed. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '')
}

const paragraphs = (text: string): DocumentBlock[] =>
  splitParagraphs(text).map((line) => ({ kind: 'paragraph', text: line }))

/** The report's title, `{机关名称}{年度}年政府信息公开工作年度报告`, as printed. */
export function documentTitle(draft: ReportDraft): string {
  return formatReportTitle(draft.meta.agencyName.trim(), draft.meta.year)
}

/** The three tables in order, each under its part heading. */
export const DOCUMENT_TABLES = [
  [PART_HEADINGS.table2, buildTable2Grid],
  [PART_HEADINGS.table3, buildTable3Grid],
  [PART_HEADINGS.table4, buildTable4Grid],
] as const

/** Builds the blocks of a report; `isDraft` adds the notice line under the title. */
export function buildDocumentBlocks(draft: ReportDraft, isDraft: boolean): DocumentBlock[] {
  const { narrative } = draft
  const cells = printedCells(draft)
  const title = documentTitle(draft)
  const suffix = formatReportTitle('', null).slice(1)
  const blocks: DocumentBlock[] = [
    { kind: 'title', text: title, parts: [title.slice(0, -suffix.length), suffix] },
  ]
  if (isDraft) blocks.push({ kind: 'notice', text: DRAFT_NOTICE })
  blocks.push(...paragraphs(effectivePreamble(draft)))
  blocks.push({ kind: 'heading', level: 1, text: PART_HEADINGS.overview })
  blocks.push(...paragraphs(narrative.overview.intro))
  for (const key of OVERVIEW_SECTION_KEYS) {
    blocks.push({ kind: 'heading', level: 2, text: OVERVIEW_SECTION_HEADINGS[key] })
    blocks.push(...paragraphs(narrative.overview[key]))
  }
  for (const [heading, grid] of DOCUMENT_TABLES) {
    blocks.push({ kind: 'heading', level: 1, text: heading })
    blocks.push({ kind: 'table', grid: grid(), cells })
  }
  blocks.push({ kind: 'heading', level: 1, text: PART_HEADINGS.problems })
  blocks.push(...paragraphs(narrative.problems))
  blocks.push({ kind: 'heading', level: 1, text: PART_HEADINGS.otherMatters })
  blocks.push(...paragraphs(narrative.otherMatters))
  const date = formatIssuedOn(draft.meta.issuedOn)
  if (date) blocks.push({ kind: 'signature', agency: draft.meta.agencyName.trim(), date })
  return blocks
}

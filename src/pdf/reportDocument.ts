/**
 * The report as a sequence of typeset blocks (title, headings, paragraphs, tables), before any
 * measuring. Pure: a draft in, plain data out; the PDF's text is exactly what this returns.
 */
import {
  OVERVIEW_SECTION_HEADINGS,
  OVERVIEW_SECTION_KEYS,
  PART_HEADINGS,
  buildTable2Grid,
  buildTable3Grid,
  buildTable4Grid,
  computeDraftValues,
  effectivePreamble,
  findCell,
  formatReportTitle,
  type CellKey,
  type ReportDraft,
  type TableGrid,
} from '@/report'
import { signatureBlock, type SignatureBlock } from './signature'

/** One block of the report, in reading order. */
export type ReportBlock =
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
  | SignatureBlock

/** Splits free text into paragraphs: one per non-blank line, trimmed. */
export function splitParagraphs(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''))
    .filter((line) => line !== '')
}

/**
 * The printed text of every number cell: a valid count as plain digits (“1,234” → “1234”), the
 * fee exactly as typed, derived totals as computed; an invalid entry as typed, a blank as ''.
 */
export function printedCells(draft: ReportDraft): Record<CellKey, string> {
  const values = computeDraftValues(draft)
  const printed: Record<CellKey, string> = {}
  for (const [key, value] of values) {
    const raw = (draft.cells[key] ?? '').trim()
    const kind = findCell(key)?.kind ?? 'count'
    if (kind === 'amount') printed[key] = raw
    else if (value.status === 'valid') printed[key] = String(value.value)
    else if (value.status === 'invalid') printed[key] = raw || '?'
    else printed[key] = ''
  }
  return printed
}

const paragraphs = (text: string): ReportBlock[] =>
  splitParagraphs(text).map((line) => ({ kind: 'paragraph', text: line }))

/** The draft notice printed under the title of a draft PDF. */
export const DRAFT_NOTICE = '【草稿】本报告未通过校验，不得作为正式报告发布。'

/** Builds the blocks of a report; `isDraft` adds the notice line under the title. */
export function buildReportBlocks(draft: ReportDraft, isDraft: boolean): ReportBlock[] {
  const { narrative } = draft
  const cells = printedCells(draft)
  const title = formatReportTitle(draft.meta.agencyName.trim(), draft.meta.year)
  const suffix = formatReportTitle('', null).slice(1)
  const blocks: ReportBlock[] = [
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
  const tables = [
    [PART_HEADINGS.table2, buildTable2Grid()],
    [PART_HEADINGS.table3, buildTable3Grid()],
    [PART_HEADINGS.table4, buildTable4Grid()],
  ] as const
  for (const [heading, grid] of tables) {
    blocks.push({ kind: 'heading', level: 1, text: heading })
    blocks.push({ kind: 'table', grid, cells })
  }
  blocks.push({ kind: 'heading', level: 1, text: PART_HEADINGS.problems })
  blocks.push(...paragraphs(narrative.problems))
  blocks.push({ kind: 'heading', level: 1, text: PART_HEADINGS.otherMatters })
  blocks.push(...paragraphs(narrative.otherMatters))
  const signature = signatureBlock(draft.meta)
  if (signature) blocks.push(signature)
  return blocks
}

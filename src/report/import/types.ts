/** The public shapes of a text import: options, the result, and the import report. */
import type { CellKey } from '../cells'
import type { ReportDraft } from '../draft'
import type { Finding } from '../finding'
import type { OverviewSectionKey } from '../format'
import type { CellValues } from '../totals'
import type { AgencyNameSeen } from './meta'
import type { PartKey } from './outline'
import type { TextPartSummary, TextTally } from './textParts'

/** Where a table's numbers were read from: HTML table cells, a PDF's rebuilt layout, text. */
export type TableSource = 'html' | 'pdf' | 'text'

/**
 * Options of {@link parseReportText}: the pasted HTML, when the clipboard had it; `layout: 'pdf'`
 * when the text was rebuilt from a PDF's text items (the import report says so).
 */
export interface ImportOptions {
  readonly html?: string
  readonly layout?: 'pdf'
}

/** The tables a report has. */
export type TableKey = 'table2' | 'table3' | 'table4'

/** The layout a source was recognised in (spec §8 for 2019). */
export type SourceFormat = '2021' | '2019'

/** What was found in the source. */
export interface ImportFound {
  readonly title: boolean
  readonly preamble: boolean
  readonly parts: Readonly<Record<PartKey, boolean>>
  readonly overview: Readonly<Record<'intro' | OverviewSectionKey, boolean>>
  readonly tables: Readonly<Record<TableKey, boolean>>
  /** Where each found table was read from: HTML tables, a PDF's layout or the plain text. */
  readonly tableSources: Readonly<Partial<Record<TableKey, TableSource>>>
}

/** The import report: what was found, and every finding of the import by kind. */
export interface ImportReport {
  readonly format: SourceFormat
  readonly found: ImportFound
  /** I1: the source is in the 2019 layout (what was mapped, what must be re-entered). */
  readonly formatNotices: readonly Finding[]
  /** I2: cells left blank because their value could not be read with certainty. */
  readonly uncertain: readonly Finding[]
  /** I3: parts, sub-parts, tables or table rows not found. */
  readonly missing: readonly Finding[]
  /** R1–R4 as the source itself states its figures (published reports do break them). */
  readonly sourceRuleFailures: readonly Finding[]
  /**
   * I3 for table columns (and table-4 groups) with cells that were not read: their R1–R4 are not
   * checked against the source, since a failure would blame the source for the importer's gap.
   */
  readonly unchecked: readonly Finding[]
  /** False when the text is not a report at all (未识别为年度报告): nothing to import. */
  readonly recognized: boolean
  /** Cells the source wrote as “—”, “/” or “无”, left blank (they may be read as 0). */
  readonly placeholderCells: readonly CellKey[]
  /** Cells the source left empty (a page's empty table cells), left blank; may be read as 0. */
  readonly emptyCells: readonly CellKey[]
  /**
   * The names the source gives its agency (title, preamble, 落款), distinct; more than one is a
   * disagreement the user settles before the draft is made.
   */
  readonly agencyNames: readonly AgencyNameSeen[]
  /** Each text part's first words and length, in printed order. */
  readonly textParts: readonly TextPartSummary[]
  /** Characters of running text kept against the source's. */
  readonly textTally: TextTally
  /** Page furniture skipped (navigation, 发布时间/来源, 打印/关闭, page numbers), as printed. */
  readonly skipped: readonly string[]
  /** All of the above in that order, for a review panel. */
  readonly findings: readonly Finding[]
}

/** The result of {@link parseReportText}. */
export interface ImportResult {
  /** The draft: metadata, preamble (null when it is the generated one), narrative, input cells. */
  readonly draft: ReportDraft
  /** Agency and year as the title states them; null when no title was found. */
  readonly title: { readonly agencyName: string; readonly year: number } | null
  /** Derived cells (totals) as the source states them, text as read. */
  readonly statedTotals: Readonly<Partial<Record<CellKey, string>>>
  /** Input cells and totals for checkR1–R4: stated totals where stated, computed otherwise. */
  readonly sourceValues: CellValues
  readonly report: ImportReport
}

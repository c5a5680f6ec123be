/** The public shapes of a text import: options, the result, and the import report. */
import type { CellKey } from '../cells'
import type { ReportDraft } from '../draft'
import type { Finding } from '../finding'
import type { OverviewSectionKey } from '../format'
import type { CellValues } from '../totals'
import type { PartKey } from './outline'

/** Options of {@link parseReportText}: the pasted HTML, when the clipboard had it. */
export interface ImportOptions {
  readonly html?: string
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
  /** Where each found table was read from: pasted HTML tables or the plain text. */
  readonly tableSources: Readonly<Partial<Record<TableKey, 'html' | 'text'>>>
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
  readonly statedTotals: Readonly<Record<CellKey, string>>
  /** Input cells and totals for checkR1–R4: stated totals where stated, computed otherwise. */
  readonly sourceValues: CellValues
  readonly report: ImportReport
}

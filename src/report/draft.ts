/** The draft being edited: metadata, narrative and every input cell's text exactly as typed. */
import type { CellKey } from './cells'
import type { Finding } from './finding'
import type { Level, OverviewSectionKey } from './format'
import type { OpenedReviewNotes } from './workspace/reviewRound'

/** The report's metadata (spec §1.1). */
export interface ReportMeta {
  agencyName: string
  year: number | null
  level: Level | null
  websiteName: string
  websiteUrl: string
  address: string
  phone: string
  issuedOn: string | null
}

/** The free-text parts: 一's introduction and five sub-parts, 五 and 六. */
export interface ReportNarrative {
  overview: { intro: string } & Record<OverviewSectionKey, string>
  problems: string
  otherMatters: string
}

/**
 * A draft report. Cells hold the text the user typed (so an invalid entry stays visible and is
 * never lost); parsed values and totals are derived from it, never stored.
 */
export interface ReportDraft {
  meta: ReportMeta
  /** The preamble as edited by the user; null while it follows the metadata. */
  preamble: string | null
  narrative: ReportNarrative
  /** Input cell text by cell key; a missing or empty entry is a blank cell. */
  cells: Partial<Record<CellKey, string>>
  /** Set on a draft imported from a published report until the user has reviewed the import. */
  importReview?: ImportReview
  /** Set on a draft summed from other reports (本级汇总): which ones (draft file version 2). */
  summedFrom?: SummedSource[]
  /** The reviewer's 审核意见 (§6b) opened on this draft, with what each note's place held then. */
  reviewNotes?: OpenedReviewNotes
}

/** One report a summed draft was made from: who, which year, and its draft fingerprint. */
export interface SummedSource {
  agencyName: string
  year: number
  /** 16 hex digits of SHA-256 over the source's §6 document (as the PDF footer prints it). */
  fingerprint: string
  /** How many errors (hard rules broken) the source had when it was summed. */
  errorCount: number
}

/**
 * What an import left for the user to review (issue 5), kept with the draft (plain JSON, so
 * storage keeps it): the import's findings, and the uncertain (I2) cells not yet confirmed.
 */
export interface ImportReview {
  /** Which parts and tables were found, as one sentence. */
  summary: string
  findings: Finding[]
  uncertainCells: CellKey[]
}

/** A text field's path, the `data-field` hook of spec §7 (e.g. `narrative.overview.intro`). */
export type FieldPath =
  | `meta.${keyof ReportMeta}`
  | 'preamble'
  | `narrative.overview.${'intro' | OverviewSectionKey}`
  | 'narrative.problems'
  | 'narrative.otherMatters'

/** An empty draft for the given year: every field and cell blank, the preamble generated. */
export function createEmptyDraft(year: number | null = null): ReportDraft {
  return {
    meta: {
      agencyName: '',
      year,
      level: null,
      websiteName: '',
      websiteUrl: '',
      address: '',
      phone: '',
      issuedOn: null,
    },
    preamble: null,
    narrative: {
      overview: {
        intro: '',
        proactive: '',
        onRequest: '',
        management: '',
        platform: '',
        oversight: '',
      },
      problems: '',
      otherMatters: '',
    },
    cells: {},
  }
}

/**
 * The report year a new draft defaults to. Reports cover a calendar year and are due by 31 January
 * (31 March for a government's own), so from October on staff draft this year's report, and
 * until then last year's: 2026-11-26 → 2026, 2027-01-10 → 2026.
 */
export function defaultReportYear(today: Date): number {
  return today.getMonth() >= 9 ? today.getFullYear() : today.getFullYear() - 1
}

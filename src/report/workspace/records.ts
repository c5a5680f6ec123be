/** The workspace's record types: what one dropped file became, and a listed row with its review. */
import type { ReportDraft } from '../draft'
import type { DraftExtra } from '../draftJson'
import type { ReportReview } from './reportReview'
import { localDate, type OwnNote } from './reviewNotesFile'
import type { VersionInfo } from './versions'

/** Where a workspace report came from. */
export type WorkspaceSourceKind = 'draft-file' | 'published' | 'browser-draft'

/** One stored report: a readable draft, or a file that could not be read and why. */
export interface WorkspaceRecord {
  /** `fp:<fingerprint>:<name>` for a readable report (adding it again replaces it), else `bad:<name>`. */
  readonly id: string
  readonly fileName: string
  /** Insertion order, so the list keeps the order files were added in. */
  readonly order: number
  readonly addedAt: string
  /** UTF-8 bytes of the stored record, to say how much the workspace holds. */
  readonly size: number
  readonly source?: WorkspaceSourceKind
  readonly draft?: ReportDraft
  readonly extra?: DraftExtra
  /** 16 hex digits of the draft's fingerprint (the PDF footer's). */
  readonly fingerprint?: string
  /** Why the file could not be read, in Chinese. */
  readonly problem?: string
  /** The reviewer's own 审核意见 on this report (beside its findings). */
  readonly reviewerNotes?: readonly OwnNote[]
  /**
   * The report's review without a previous-year report, made where the file was read (a cache:
   * the draft decides it), and the `reviewStamp` it holds for; any other day or version re-reviews.
   */
  readonly review?: ReportReview
  readonly reviewedFor?: string
}

/** What a stored review holds for: the local day (W10 depends on it) and the rules' version. */
export function reviewStamp(today: Date, rulesVersion: string): string {
  return `${localDate(today)} ${rulesVersion}`
}

/** A workspace row: the stored record, its review when it holds a draft, and its version. */
export interface WorkspaceRow {
  readonly record: WorkspaceRecord
  readonly review: ReportReview | null
  readonly version: VersionInfo
}

/** Turning a dropped file into a stored workspace record (used by the worker and its fallback). */
import type { ReportDraft } from '@/report'
import { reviewReport } from '@/report/workspace/reportReview'
import { reviewStamp, type WorkspaceRecord } from '@/report/workspace/records'
import { readWorkspaceFile, type WorkspaceFile } from './readWorkspaceFile'

/** A batch of files to check, their bytes read on the main thread (a File handle costs as much to post). */
export interface ReadRequest {
  readonly id: number
  readonly files: readonly PickedFile[]
  readonly firstOrder: number
  readonly addedAt: string
  /** The store's today (epoch ms): reviews are made for that day, as the list's are. */
  readonly today: number
  /** The app's version: a stored review holds only for the rules that made it. */
  readonly rulesVersion: string
}

/** Progress of a batch, then its records. */
export type ReadResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number }
  | { readonly id: number; readonly type: 'done'; readonly records: WorkspaceRecord[] }

/** Reviewing a record where it is read: the day it is for and that day's stamp. */
export interface ReviewAt {
  readonly today: Date
  readonly stamp: string
}

/** The review settings of a request. */
export function reviewAt(request: Pick<ReadRequest, 'today' | 'rulesVersion'>): ReviewAt {
  const today = new Date(request.today)
  return { today, stamp: reviewStamp(today, request.rulesVersion) }
}

/**
 * Reads one file into a record. The id is the fingerprint and the file name: adding the same file
 * again replaces its row, while two files that happen to hold the same report stay two rows.
 * With `review`, a readable report is also reviewed here (off the main thread, in the worker).
 */
export async function toWorkspaceRecord(
  file: WorkspaceFile,
  order: number,
  addedAt: string,
  fingerprint: (draft: ReportDraft) => Promise<string>,
  review?: ReviewAt,
): Promise<WorkspaceRecord> {
  const read = await readWorkspaceFile(file)
  const base = { fileName: file.name, order, addedAt }
  if (!read.ok) {
    return withSize({ ...base, id: `bad:${file.name}`, problem: read.problem })
  }
  const print = await fingerprint(read.draft)
  return withSize({
    ...base,
    id: `fp:${print}:${file.name}`,
    source: read.source,
    draft: read.draft,
    ...(read.extra ? { extra: read.extra } : {}),
    fingerprint: print,
    ...(review
      ? { review: reviewReport(read.draft, review.today, null), reviewedFor: review.stamp }
      : {}),
  })
}

/** A picked or dropped file's bytes, or why the browser could not read it. */
export type PickedFile =
  | { readonly name: string; readonly bytes: Uint8Array }
  | { readonly name: string; readonly problem: string }

/** Reads a picked or dropped file's bytes; never rejects. */
export async function readPicked(file: File): Promise<PickedFile> {
  try {
    return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }
  } catch (error) {
    // Moved or deleted since it was picked, or no permission: one row saying so, not a lost batch.
    const reason = error instanceof Error ? error.message : String(error)
    return { name: file.name, problem: `浏览器未能读取这个文件（${reason}）` }
  }
}

/** A picked file's record: read, checked and (with `review`) reviewed, or why it could not be. */
export function pickedToRecord(
  picked: PickedFile,
  order: number,
  addedAt: string,
  fingerprint: (draft: ReportDraft) => Promise<string>,
  review?: ReviewAt,
): Promise<WorkspaceRecord> {
  if ('problem' in picked) {
    const { name, problem } = picked
    return Promise.resolve(withSize({ fileName: name, order, addedAt, id: `bad:${name}`, problem }))
  }
  return toWorkspaceRecord(picked, order, addedAt, fingerprint, review)
}

/** The record with its stored size in UTF-8 bytes (what “how much it holds” adds up). */
export function withSize(record: Omit<WorkspaceRecord, 'size'>): WorkspaceRecord {
  const sized = { ...record, size: 0 }
  // The platform's encoder counts a report's ~20,000 characters several times faster than a loop.
  return { ...sized, size: encoder.encode(JSON.stringify(sized)).length }
}

const encoder = new TextEncoder()

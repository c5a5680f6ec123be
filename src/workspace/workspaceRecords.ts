/** Turning a dropped file into a stored workspace record (used by the worker and its fallback). */
import { utf8Length } from '@/report/draftFileImport'
import type { ReportDraft } from '@/report'
import type { WorkspaceRecord } from '@/report/workspace/records'
import { readWorkspaceFile, type WorkspaceFile } from './readWorkspaceFile'

/** A batch of files to read. */
export interface ReadRequest {
  readonly id: number
  readonly files: readonly WorkspaceFile[]
  readonly firstOrder: number
  readonly addedAt: string
}

/** Progress of a batch, then its records. */
export type ReadResponse =
  | { readonly id: number; readonly type: 'progress'; readonly done: number }
  | { readonly id: number; readonly type: 'done'; readonly records: WorkspaceRecord[] }

/**
 * Reads one file into a record. The id is the fingerprint and the file name: adding the same file
 * again replaces its row, while two files that happen to hold the same report stay two rows.
 */
export async function toWorkspaceRecord(
  file: WorkspaceFile,
  order: number,
  addedAt: string,
  fingerprint: (draft: ReportDraft) => Promise<string>,
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
  })
}

/** The record with its stored size in UTF-8 bytes (what “how much it holds” adds up). */
export function withSize(record: Omit<WorkspaceRecord, 'size'>): WorkspaceRecord {
  const sized = { ...record, size: 0 }
  return { ...sized, size: utf8Length(JSON.stringify(sized)) }
}

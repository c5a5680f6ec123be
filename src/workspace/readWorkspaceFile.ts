/**
 * Reading one file dropped on the workspace, by its kind: a draft file (spec §6 JSON, validated
 * like an import in the editor) or a published report in any form the import dialog opens.
 * Every file gives a result, never an exception: an unreadable one says why.
 * The one place where file kinds are dispatched: everything but a draft file goes to the
 * published-report file readers (`readReportFile`), as in the editor's import dialog.
 */
import { readDraftFile, type DraftExtra, type ReportDraft } from '@/report'
import { MAX_DRAFT_FILE_BYTES } from '@/report/draftFileImport'
import { draftFromImport } from '@/report/import/review'
import { decodeText } from '@/reportFiles/decodeText'
import type { WorkspaceSourceKind } from '@/report/workspace/records'

/** A file as the worker receives it. */
export interface WorkspaceFile {
  readonly name: string
  readonly bytes: Uint8Array
}

/** What a file gave: a draft (and its unknown fields), or why it could not be read. */
export type WorkspaceFileRead =
  | {
      readonly ok: true
      readonly source: WorkspaceSourceKind
      readonly draft: ReportDraft
      readonly extra?: DraftExtra
    }
  | { readonly ok: false; readonly problem: string }

const extensionOf = (name: string) => /\.([^./\\]+)$/.exec(name)?.[1]?.toLowerCase() ?? ''

/** Said of a file that reads but is not a report (no title, part headings or tables found). */
export const NOT_A_REPORT =
  '未识别为年度报告：没有找到报告标题、各部分标题和统计表，不像政府信息公开工作年度报告'

function decline(problem: string): WorkspaceFileRead {
  return { ok: false, problem }
}

/**
 * Reads one file; never rejects. Asynchronous: published reports go through the editor's file
 * readers (`readReportFile`: .docx, .pdf, .html, .mhtml, .txt), loaded when first needed.
 */
export async function readWorkspaceFile(file: WorkspaceFile): Promise<WorkspaceFileRead> {
  try {
    return await dispatch(file)
  } catch (error) {
    return decline(`读取时出错：${error instanceof Error ? error.message : String(error)}`)
  }
}

async function dispatch({ name, bytes }: WorkspaceFile): Promise<WorkspaceFileRead> {
  if (bytes.length === 0) return decline('文件是空的')
  if (extensionOf(name) === 'json') {
    if (bytes.length > MAX_DRAFT_FILE_BYTES) {
      return decline(`文件大小 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 5 MB 上限`)
    }
    const read = readDraftFile(decodeText(bytes).text, bytes.length)
    if (!read.ok) return decline(read.problems.join('；'))
    return { ok: true, source: 'draft-file', draft: read.draft, extra: read.extra }
  }
  const { readReportFile } = await import('@/reportFiles/readReportFile')
  const read = await readReportFile({ name, bytes })
  if (read.status === 'refused') return decline(read.message)
  if (!read.result.report.recognized) return decline(NOT_A_REPORT)
  return { ok: true, source: 'published', draft: draftFromImport(read.result) }
}

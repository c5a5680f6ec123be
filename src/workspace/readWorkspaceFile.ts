/**
 * Reading one file dropped on the workspace, by its kind: a draft file (spec §6 JSON, validated
 * like an import in the editor) or a published report as .txt / .html (the editor's parser).
 * Every file gives a result, never an exception: an unreadable one says why.
 * The one place where file kinds are dispatched: .docx / .pdf / .mhtml go to the published-report
 * file readers once they exist (`readReportFile`); until then they are declined with a reason.
 */
import { readDraftFile, type DraftExtra, type ReportDraft } from '@/report'
import { MAX_DRAFT_FILE_BYTES } from '@/report/draftFileImport'
import { htmlToText } from '@/report/import/html'
import { parseReportText } from '@/report/import/parse'
import { draftFromImport } from '@/report/import/review'
import type { WorkspaceSourceKind } from '@/storage/workspaceDb'

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

/** Text of a file: a BOM's charset, else UTF-8 if it is valid, else GB18030 (GBK pages). */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return new TextDecoder('gb18030').decode(bytes)
  }
}

function decline(problem: string): WorkspaceFileRead {
  return { ok: false, problem }
}

function readPublished(text: string, html?: string): WorkspaceFileRead {
  const result = parseReportText(html ? htmlToText(html) : text, html ? { html } : {})
  const found = result.report.found
  if (!found.tables.table3 && !found.tables.table4 && !found.title) {
    return decline('未找到报告标题和表三、表四，不像政府信息公开工作年度报告')
  }
  return { ok: true, source: 'published', draft: draftFromImport(result) }
}

/**
 * Reads one file; never rejects. Asynchronous so that readers of other kinds (e.g. an async
 * `readReportFile` for .docx/.pdf) can be routed here without changing the callers.
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
  if (bytes.length > MAX_DRAFT_FILE_BYTES) {
    return decline(`文件大小 ${(bytes.length / 1024 / 1024).toFixed(1)} MB，超过 5 MB 上限`)
  }
  switch (extensionOf(name)) {
    case 'json': {
      const read = readDraftFile(decodeText(bytes), bytes.length)
      if (!read.ok) return decline(read.problems.join('；'))
      return { ok: true, source: 'draft-file', draft: read.draft, extra: read.extra }
    }
    case 'txt':
      return readPublished(decodeText(bytes))
    case 'html':
    case 'htm':
      return readPublished('', decodeText(bytes))
    case 'docx':
    case 'pdf':
    case 'mhtml':
    case 'mht':
      return decline('暂不支持此格式：请另存为 .txt 或 .html（网页）后再添加')
    case 'doc':
    case 'wps':
      return decline('暂不支持此格式：旧版 Word 文件请另存为 .docx、.txt 或 .html 后再添加')
    default:
      return decline('不是报告文件：只能添加草稿文件（.json）或已发布报告（.txt、.html）')
  }
}

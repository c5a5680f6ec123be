/** What the import says when a file cannot be read: what is wrong and what to do instead. */
import type { ReadProgress } from './readReportFile'

/** Largest report file read: a published report's PDF or Word file is far smaller. */
export const MAX_REPORT_FILE_BYTES = 30 * 1024 * 1024
/** Largest plain text or HTML page read: a report's text is well under 1 MB. */
export const MAX_TEXT_FILE_BYTES = 5 * 1024 * 1024

/** Largest text read from any file: a report has tens of thousands of characters, not millions. */
export const MAX_TEXT_CHARS = 500_000
/** Largest a .docx may declare its unzipped parts to be (checked before inflating anything). */
export const MAX_UNZIPPED_BYTES = 40 * 1024 * 1024
/** Most pages of a PDF read: a report has a few dozen. */
export const MAX_PDF_PAGES = 300

/** The refusal of a file whose text is over {@link MAX_TEXT_CHARS}. */
export function tooMuchText(chars: number): string {
  return `文件中的文字约 ${Math.round(chars / 10_000)} 万字，超过 ${MAX_TEXT_CHARS / 10_000} 万字上限（年度报告通常只有几万字），未读取。请确认选对了文件`
}

/** The refusal of a .docx that would unzip to more than {@link MAX_UNZIPPED_BYTES}. */
export function tooLargeUnzipped(bytes: number): string {
  return `这个 Word 文件解压后约 ${(bytes / 1024 / 1024).toFixed(0)} MB，超过 ${MAX_UNZIPPED_BYTES / 1024 / 1024} MB 上限（年度报告远小于此），为免页面卡死，未读取`
}

/** The refusal of a PDF over {@link MAX_PDF_PAGES}. */
export function tooManyPages(pages: number): string {
  return `这个 PDF 有 ${pages} 页，超过 ${MAX_PDF_PAGES} 页上限（年度报告通常只有几十页），未读取。请确认选对了文件`
}

/** The file kinds the importer opens, for messages and the file input's `accept`. */
export const REPORT_FILE_ACCEPT = '.docx,.pdf,.html,.htm,.mhtml,.mht,.txt'

/** The refusals, in the user's words. */
export const REFUSALS = {
  scanned: '这是扫描件，没有可读取的文字，请粘贴文字版或打开 Word 文件',
  oldWord: '请在 Word/WPS 中另存为 .docx 后再打开',
  ofd: '暂不能读取 .ofd 文件，请打开同一报告的 PDF 或 Word 版，或粘贴文字版',
  encrypted: '文件设有打开密码，无法读取，请在 Word/WPS 或 PDF 阅读器中取消密码后另存再打开',
  broken: '文件已损坏或不是它的扩展名所说的格式，无法读取，请重新下载或另存后再打开',
  empty: '文件是空的，没有可读取的内容',
  failed: '读取文件时出错，请重试或粘贴报告全文',
} as const

/** The refusal of a file over its limit ({@link MAX_REPORT_FILE_BYTES} by default). */
export function tooLarge(bytes: number, limit = MAX_REPORT_FILE_BYTES): string {
  const size = (bytes / 1024 / 1024).toFixed(1)
  const max = Math.round(limit / 1024 / 1024)
  return `文件大小 ${size} MB，超过 ${max} MB 上限，未读取。请确认选对了年度报告的文件`
}

/** The refusal of a file of another kind. */
export function unsupported(extension: string): string {
  const what = extension ? `“.${extension}”文件` : '没有扩展名的文件'
  return `不能读取${what}。可以打开 .docx、.pdf、.html、.htm、.mhtml、.txt 文件，或直接粘贴报告全文`
}

/** The import dialog's progress line for a file being read, e.g. “正在读取 PDF…第 3 / 12 页”. */
export function readingProgress(progress: ReadProgress): string {
  switch (progress.stage) {
    case 'file': {
      const size =
        progress.bytes < 1024 * 1024
          ? `${Math.max(1, Math.round(progress.bytes / 1024))} KB`
          : `${(progress.bytes / 1024 / 1024).toFixed(1)} MB`
      return `正在读取文件…（${size}）`
    }
    case 'docx':
      return '正在读取 Word 文件…'
    case 'pdf':
      return progress.total > 0
        ? `正在读取 PDF…第 ${progress.done} / ${progress.total} 页`
        : '正在读取 PDF…'
    case 'text':
      return '正在读取文字…'
    case 'parse':
      return '正在识别报告内容…'
  }
}

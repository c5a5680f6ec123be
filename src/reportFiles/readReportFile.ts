/**
 * One entry point for a published report's file, usable from the import dialog and from a Web
 * Worker (no DOM): `.docx` (mammoth → HTML), `.pdf` (pdf.js text layer → lines), `.html`/`.htm`,
 * `.mhtml`/`.mht` and `.txt` in any of the encodings government sites use. mammoth and pdf.js
 * load only when a file of their kind is opened (the 1 KB MHTML decoder is not worth a chunk
 * in each bundle that reads files). Either the text to import (with its HTML and layout, and
 * the parse) or a refusal in plain words; never throws.
 */
import { isNetworkFailure, offlineProgramMessage } from '@/offline/networkFailure'
import type { ImportResult } from '@/report/import/types'
import { decodeText } from './decodeText'
import {
  MAX_PDF_PAGES,
  MAX_REPORT_FILE_BYTES,
  MAX_TEXT_CHARS,
  MAX_TEXT_FILE_BYTES,
  MAX_UNZIPPED_BYTES,
  REFUSALS,
  tooLarge,
  tooLargeUnzipped,
  tooManyPages,
  tooMuchText,
  unsupported,
} from './messages'
import { htmlOfMhtml } from './mhtml'
import { declaredUnzippedBytes } from './zipSizes'

/** The action named when a reader cannot be fetched offline. */
const OPEN_FILE = '打开此类文件'

/** Plain text and single pages: a smaller limit (a report's text is well under 1 MB). */
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md', 'html', 'htm', 'xhtml'])

/** A file as bytes: from an <input>, a drop, or a worker's message. */
export interface ReportFile {
  readonly name: string
  readonly bytes: ArrayBuffer | Uint8Array
}

/** The kind of file that was read. */
export type ReportFileKind = 'docx' | 'pdf' | 'html' | 'mhtml' | 'txt'

/** What the importer reads from a file: text, its HTML (tables), and whether it is a PDF layout. */
export interface ReportFileText {
  readonly kind: ReportFileKind
  readonly text: string
  readonly html: string
  readonly layout?: 'pdf'
}

/**
 * How far a reading got, for the dialog's progress line: the file's bytes, a Word file being
 * unpacked, a PDF's pages (done of total), a page or text being decoded, the parse.
 */
export type ReadProgress =
  | { readonly stage: 'file'; readonly bytes: number }
  | { readonly stage: 'docx' | 'text' | 'parse' }
  | { readonly stage: 'pdf'; readonly done: number; readonly total: number }

/** Options of a reading: `onProgress` hears each stage as it starts. */
export interface ReadOptions {
  readonly onProgress?: (progress: ReadProgress) => void
}

/** The outcome of {@link readReportFile}. */
export type ReadResult =
  | ({ readonly status: 'read'; readonly result: ImportResult } & ReportFileText)
  | { readonly status: 'refused'; readonly message: string }

const OLE = [0xd0, 0xcf, 0x11, 0xe0]
const ZIP = [0x50, 0x4b]
const PDF = [0x25, 0x50, 0x44, 0x46] // %PDF

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  return magic.every((byte, i) => bytes[at + i] === byte)
}

/** An OLE container holding “EncryptionInfo” is a password-protected .docx. */
function isEncryptedOffice(bytes: Uint8Array): boolean {
  const needle = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0])
  outer: for (let i = 0; i + needle.length <= bytes.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (bytes[i + j] !== needle[j]) continue outer
    return true
  }
  return false
}

function extension(name: string): string {
  const match = /\.([^./\\]+)$/.exec(name)
  return (match?.[1] ?? '').toLowerCase()
}

/**
 * Reads a file to the text the importer parses, or says why it cannot. Never throws. Caps are
 * checked before reading on (a zip's declared sizes, a PDF's page count) and on the text read.
 */
export async function readReportText(
  file: ReportFile,
  options: ReadOptions = {},
): Promise<ReportFileText | { status: 'refused'; message: string }> {
  const read = await readCapped(file, options.onProgress ?? (() => {}))
  if ('status' in read) return read
  return read.text.length > MAX_TEXT_CHARS
    ? { status: 'refused', message: tooMuchText(read.text.length) }
    : read
}

/** Why a file of this name and size is not read at all, or null: checked before its bytes are. */
function sizeRefusal(name: string, size: number): string | null {
  if (size > MAX_REPORT_FILE_BYTES) return tooLarge(size)
  if (TEXT_EXTENSIONS.has(extension(name)) && size > MAX_TEXT_FILE_BYTES) {
    return tooLarge(size, MAX_TEXT_FILE_BYTES)
  }
  return null
}

async function readCapped(
  file: ReportFile,
  onProgress: (progress: ReadProgress) => void,
): Promise<ReportFileText | { status: 'refused'; message: string }> {
  const refuse = (message: string) => ({ status: 'refused' as const, message })
  const bytes = file.bytes instanceof Uint8Array ? file.bytes : new Uint8Array(file.bytes)
  const ext = extension(file.name)
  const oversize = sizeRefusal(file.name, bytes.length)
  if (oversize) return refuse(oversize)
  if (bytes.length === 0) return refuse(REFUSALS.empty)
  if (ext === 'ofd') return refuse(REFUSALS.ofd)
  if (startsWith(bytes, OLE)) {
    // An old binary .doc/.wps, or a .docx locked with a password (also an OLE container).
    return refuse(isEncryptedOffice(bytes) ? REFUSALS.encrypted : REFUSALS.oldWord)
  }
  if (ext === 'doc' || ext === 'wps' || ext === 'dot' || ext === 'rtf') {
    return refuse(REFUSALS.oldWord)
  }
  try {
    if (
      ext === 'docx' ||
      ext === 'docm' ||
      ext === 'dotx' ||
      (startsWith(bytes, ZIP) && ext !== 'pdf')
    ) {
      if (!startsWith(bytes, ZIP)) return refuse(REFUSALS.broken)
      const unzipped = declaredUnzippedBytes(bytes)
      if (unzipped === null) return refuse(REFUSALS.broken)
      if (unzipped > MAX_UNZIPPED_BYTES) return refuse(tooLargeUnzipped(unzipped))
      onProgress({ stage: 'docx' })
      const { readDocxHtml } = await import('./readDocx')
      const html = await readDocxHtml(bytes)
      const { htmlToText } = await import('@/report/import/html')
      return { kind: 'docx', html, text: htmlToText(html) }
    }
    if (ext === 'pdf' || startsWith(bytes, PDF)) {
      if (!startsWith(bytes, PDF) && !startsWith(bytes, PDF, bytes.indexOf(0x25))) {
        return refuse(REFUSALS.broken)
      }
      const { readPdfText, PdfReadError } = await import('./readPdf')
      try {
        const pdf = await readPdfText(bytes, MAX_PDF_PAGES, (done, total) =>
          onProgress({ stage: 'pdf', done, total }),
        )
        if (pdf.pages > MAX_PDF_PAGES) return refuse(tooManyPages(pdf.pages))
        // Fewer than ~20 characters a page: the pages are images (a scan), not text.
        if (pdf.characters < Math.max(20, pdf.pages * 20)) return refuse(REFUSALS.scanned)
        return { kind: 'pdf', text: pdf.text, html: '', layout: 'pdf' }
      } catch (error) {
        if (isNetworkFailure(error)) return refuse(offlineProgramMessage(OPEN_FILE))
        if (error instanceof PdfReadError && error.reason === 'encrypted') {
          return refuse(REFUSALS.encrypted)
        }
        return refuse(REFUSALS.broken)
      }
    }
    if (ext === 'mhtml' || ext === 'mht') {
      onProgress({ stage: 'text' })
      const html = htmlOfMhtml(bytes)
      if (html === null) return refuse(REFUSALS.broken)
      const { htmlToText } = await import('@/report/import/html')
      return { kind: 'mhtml', html, text: htmlToText(html) }
    }
    if (ext === 'html' || ext === 'htm' || ext === 'xhtml') {
      onProgress({ stage: 'text' })
      const html = decodeText(bytes, { html: true }).text
      const { htmlToText } = await import('@/report/import/html')
      return { kind: 'html', html, text: htmlToText(html) }
    }
    if (ext === 'txt' || ext === 'text' || ext === 'md') {
      // At most 3 bytes a character: more bytes than that cannot be under the cap.
      if (bytes.length > MAX_TEXT_CHARS * 3) return refuse(tooMuchText(bytes.length / 3))
      onProgress({ stage: 'text' })
      return { kind: 'txt', html: '', text: decodeText(bytes).text }
    }
  } catch (error) {
    // A reader that could not be fetched is the network's fault, not the file's.
    return refuse(isNetworkFailure(error) ? offlineProgramMessage(OPEN_FILE) : REFUSALS.broken)
  }
  return refuse(unsupported(ext))
}

/**
 * Reads a published report's file and parses it. e.g.
 * `await readReportFile({ name: '2023年报.pdf', bytes })` → `{ status: 'read', kind: 'pdf', result }`.
 */
export async function readReportFile(
  file: ReportFile,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const read = await readReportText(file, options)
  if ('status' in read) return read
  options.onProgress?.({ stage: 'parse' })
  const { parseReportText } = await import('@/report/import/parse')
  const result = parseReportText(read.text, {
    ...(read.html ? { html: read.html } : {}),
    ...(read.layout ? { layout: read.layout } : {}),
  })
  return { status: 'read', ...read, result }
}

/**
 * Reads a picked or dropped file (a Blob: its bytes are read only here, where this runs — in
 * the import worker, not on the page) and parses it. A file over its size cap is refused before
 * a byte of it is read. Never throws.
 */
export async function readReportBlob(
  blob: Blob,
  name: string,
  options: ReadOptions = {},
): Promise<ReadResult> {
  const oversize = sizeRefusal(name, blob.size)
  if (oversize) return { status: 'refused', message: oversize }
  options.onProgress?.({ stage: 'file', bytes: blob.size })
  let bytes: ArrayBuffer
  try {
    bytes = await blob.arrayBuffer()
  } catch {
    // The file changed or vanished on disk since it was picked.
    return { status: 'refused', message: REFUSALS.failed }
  }
  return readReportFile({ name, bytes }, options)
}

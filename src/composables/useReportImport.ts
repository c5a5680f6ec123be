/**
 * The state behind the import dialog (issue 5): the pasted text and, when the paste carried it,
 * its HTML (only ever parsed, never put into the page); a preview parsed ~200 ms after the last
 * change; reading a report's file; and creating a new draft from the result.
 */
import { computed, onBeforeUnmount, ref, shallowRef, watch } from 'vue'
import { MAX_IMPORT_HTML_CHARS, MAX_IMPORT_TEXT_CHARS, tooLongMessage } from '@/report/limits'
import { htmlToText } from '@/report/import/html'
import { decodeText } from '@/reportFiles/decodeText'
import { draftFromImport } from '@/report/import/review'
import type { ImportResult } from '@/report/import/types'
import type { ReadProgress } from '@/reportFiles/readReportFile'
import { useDraftsStore } from '@/stores/drafts'
import { useLeaveGuard } from './useLeaveGuard'
import { createImportParser } from '@/reportFiles/importParser'
import { importOrigin, recordOrigin } from './useDraftOrigins'

/** Delay after the last change before the preview is parsed again. */
export const IMPORT_PREVIEW_DELAY_MS = 200

/** What the text area and its HTML hold. */
export interface PasteState {
  readonly text: string
  readonly html: string
}

/**
 * A paste into the text area: its plain text replaces the selection [start, end); the HTML it
 * carries (a web page's tables) replaces the kept HTML. A plain paste over the whole text drops
 * it. With only HTML on the clipboard, its text is inserted. e.g. 'ab' + paste 'X' at 1 → 'aXb'.
 */
export function applyPaste(
  state: PasteState,
  selection: readonly [number, number],
  clipboard: Pick<DataTransfer, 'getData'>,
): PasteState & { readonly caret: number } {
  const html = clipboard.getData('text/html')
  const inserted = clipboard.getData('text/plain') || (html ? htmlToText(html).trim() : '')
  const [start, end] = selection
  const text = state.text.slice(0, start) + inserted + state.text.slice(end)
  const replacesAll = start === 0 && end >= state.text.length
  return {
    text,
    html: html || (replacesAll ? '' : state.html),
    caret: start + inserted.length,
  }
}

/** A file's text by its bytes: BOM, strict UTF-8, UTF-16, else GB18030 (see decodeText). */
export function decodeReportFile(bytes: ArrayBuffer): string {
  return decodeText(new Uint8Array(bytes)).text
}

// The parser is the largest part of the importer; it loads when the dialog first parses, so the
// first page load stays light. The file readers load when a file is first opened, in the worker.
let parser: Promise<typeof import('@/report/import/parse')> | undefined
const loadParser = () => (parser ??= import('@/report/import/parse'))
// Files are read, and large inputs parsed, in a worker (kept between dialogs); small ones on the page.
const importParser = createImportParser({
  loadParser,
  loadReader: () => import('@/reportFiles/readReportFile'),
  createWorker: () =>
    typeof Worker === 'undefined'
      ? null
      : new Worker(new URL('../reportFiles/importParse.worker.ts', import.meta.url), {
          type: 'module',
        }),
})

/** Dialog state and actions; the preview is parsed only while the text or HTML changes. */
export function useReportImport() {
  const drafts = useDraftsStore()
  const { confirmLeave } = useLeaveGuard()
  const text = ref('')
  const html = ref('')
  const fileName = ref<string | null>(null)
  const fileError = ref<string | null>(null)
  const reading = ref(false)
  /** How far the file being read got (null while none is read). */
  const progress = shallowRef<ReadProgress | null>(null)
  /** 'pdf' while the text is a PDF's rebuilt layout (the import report says so). */
  const layout = ref<'pdf' | null>(null)
  /** The user's choice to read “—”, “/”, “无” cells as 0. */
  const placeholdersAsZero = ref(false)
  /** The agency's name picked where the source names it differently ('' = the title's). */
  const agencyChoice = ref('')
  const result = shallowRef<ImportResult | null>(null)
  const hasInput = computed(() => text.value.trim() !== '' || html.value.trim() !== '')
  let timer: ReturnType<typeof setTimeout> | undefined

  /** The last parse and its input: the same input is not parsed again (a file comes parsed). */
  let lastParse: { text: string; html: string; layout: 'pdf' | null; result: ImportResult } | null =
    null
  const isLastParse = () =>
    lastParse?.text === text.value &&
    lastParse.html === html.value &&
    lastParse.layout === layout.value

  let parses = 0
  async function parseNow(): Promise<void> {
    clearTimeout(timer)
    timer = undefined
    const run = ++parses
    if (!hasInput.value) {
      result.value = null
      return
    }
    if (lastParse && isLastParse()) {
      result.value = lastParse.result
      return
    }
    const input = { text: text.value, html: html.value, layout: layout.value }
    const parsed = await importParser.parse(input.text, {
      ...(input.html ? { html: input.html } : {}),
      ...(input.layout ? { layout: input.layout } : {}),
    })
    // A newer parse may have started meanwhile; only the latest one is shown.
    if (run !== parses) return
    lastParse = { ...input, result: parsed }
    result.value = parsed
  }

  watch([text, html], () => {
    clearTimeout(timer)
    timer = setTimeout(() => void parseNow(), IMPORT_PREVIEW_DELAY_MS)
  })
  onBeforeUnmount(() => {
    clearTimeout(timer)
    importParser.cancelRead()
  })

  /** Handles a paste into the text area (also one dispatched by a script or test). */
  function onPaste(event: ClipboardEvent): void {
    const area = event.target as HTMLTextAreaElement | null
    if (!event.clipboardData || !area) return
    event.preventDefault()
    // The text area is read-only while a file is read: the file replaces its text.
    if (reading.value) return
    // A paste far beyond any report is refused before it is parsed or kept (it would freeze
    // the tab and fill storage), and the dialog says why.
    const pastedText = event.clipboardData.getData('text/plain')
    const pastedHtml = event.clipboardData.getData('text/html')
    const total = text.value.length - (area.selectionEnd - area.selectionStart) + pastedText.length
    if (total > MAX_IMPORT_TEXT_CHARS || pastedHtml.length > MAX_IMPORT_HTML_CHARS) {
      fileError.value = tooLongMessage(
        Math.max(total, pastedHtml.length),
        total > MAX_IMPORT_TEXT_CHARS ? MAX_IMPORT_TEXT_CHARS : MAX_IMPORT_HTML_CHARS,
        '导入框',
      )
      return
    }
    fileError.value = null
    void loadParser() // a paste is followed by a parse: start loading it now
    const next = applyPaste(
      { text: text.value, html: html.value },
      [area.selectionStart, area.selectionEnd],
      event.clipboardData,
    )
    text.value = next.text
    html.value = next.html
    area.value = next.text
    area.setSelectionRange(next.caret, next.caret)
  }

  /** Typing: an emptied text area also drops the kept HTML. */
  function setText(next: string): void {
    text.value = next
    fileError.value = null
    if (next.trim() === '') {
      html.value = ''
      layout.value = null
    }
  }

  let reads = 0
  /**
   * Reads a published report's file (.docx, .pdf, .html, .mhtml, .txt) into the text area, in
   * the import worker, with `progress` meanwhile; a file that cannot be read, or a read that is
   * cancelled, leaves everything as it was (a refusal says why).
   */
  async function openFile(file: File): Promise<void> {
    const run = ++reads
    const errorBefore = fileError.value
    fileError.value = null
    // The file's parse replaces any parse still pending for the text it replaces.
    clearTimeout(timer)
    parses += 1
    reading.value = true
    progress.value = { stage: 'file', bytes: file.size }
    try {
      const read = await importParser.read(file, file.name, (step) => {
        if (run === reads) progress.value = step
      })
      if (read.status === 'cancelled') {
        // Cancelled by the user (not replaced by a newer file): the dialog as it was before,
        // its preview brought up to date if a parse was pending.
        if (run === reads) {
          fileError.value = errorBefore
          void parseNow()
        }
        return
      }
      if (read.status === 'refused') {
        fileError.value = `未读取“${file.name}”：${read.message}`
        return
      }
      html.value = read.html
      layout.value = read.layout ?? null
      text.value = read.text
      lastParse = { text: read.text, html: read.html, layout: layout.value, result: read.result }
      result.value = read.result
      fileName.value = file.name
      placeholdersAsZero.value = false
      agencyChoice.value = ''
    } finally {
      if (run === reads) {
        reading.value = false
        progress.value = null
      }
    }
  }

  /** Cancels the file being read: its worker stops, and the dialog stays as it was before. */
  function cancelRead(): void {
    importParser.cancelRead()
  }

  /** Drops the kept HTML: the tables are then read from the text. */
  function dropHtml(): void {
    html.value = ''
  }

  function reset(): void {
    clearTimeout(timer)
    text.value = ''
    html.value = ''
    layout.value = null
    fileName.value = null
    fileError.value = null
    placeholdersAsZero.value = false
    agencyChoice.value = ''
    result.value = null
  }

  /**
   * Creates a new draft from the current input and opens it; false when there is nothing, or
   * when the text is not a report (no empty draft is made).
   */
  async function confirm(): Promise<boolean> {
    await parseNow()
    if (!result.value || !result.value.report.recognized) return false
    if (!(await confirmLeave())) return false
    // Only a name the source itself prints can be picked (the list may have changed since).
    const names = (result.value.report.agencyNames ?? []).map((seen) => seen.name)
    const agencyName = names.includes(agencyChoice.value) ? agencyChoice.value : undefined
    const id = drafts.createDraft(
      draftFromImport(result.value, { placeholdersAsZero: placeholdersAsZero.value, agencyName }),
    )
    recordOrigin(id, importOrigin(fileName.value || '粘贴的报告文字'))
    // Never announce an import that was not stored: keep the dialog open and say what happened.
    if (drafts.status.kind === 'failed') {
      fileError.value =
        '报告已在编辑器中打开，但没有保存到浏览器中（存储空间已满或出错）。请先导出草稿文件，再删除不用的草稿以腾出空间。'
      return false
    }
    reset()
    return true
  }

  return {
    text,
    html,
    fileName,
    fileError,
    reading,
    progress,
    layout,
    placeholdersAsZero,
    agencyChoice,
    result,
    hasInput,
    onPaste,
    setText,
    openFile,
    cancelRead,
    dropHtml,
    confirm,
  }
}

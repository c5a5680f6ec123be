/** What went wrong making a PDF, in Chinese with the next step, from whatever the engine threw. */

/** An error whose message is already for the user. */
export class PdfFailure extends Error {}

/** No word from the worker for this long means it is stuck (a generation reports every stage). */
export const PDF_SILENCE_TIMEOUT_MS = 60_000

const NEXT_STEP = '请检查网络连接后点击“下载PDF”重试；如仍失败，请刷新页面（已填写的内容已保存）。'

/** A user message for an error of the PDF engine (fonts, font cutter, jsPDF, the worker). */
export function describePdfError(error: unknown): string {
  if (error instanceof PdfFailure) return error.message
  const raw = error instanceof Error ? error.message : String(error)
  const detail = raw.length > 120 ? `${raw.slice(0, 120)}…` : raw
  if (/字体清单/.test(raw)) return `生成PDF失败：无法下载字体清单。${NEXT_STEP}（${detail}）`
  if (/下载字体|font|glyf|cmap|ttf/i.test(raw)) {
    return `生成PDF失败：字体文件无法下载或已损坏。${NEXT_STEP}（${detail}）`
  }
  if (/wasm|WebAssembly|subset/i.test(raw)) {
    return `生成PDF失败：字体裁剪组件无法加载。${NEXT_STEP}（${detail}）`
  }
  if (/fetch|network|Failed to load|import/i.test(raw)) {
    return `生成PDF失败：程序文件无法加载。${NEXT_STEP}（${detail}）`
  }
  return `生成PDF失败：${detail}。请重试；如仍失败，请导出草稿文件并刷新页面。`
}

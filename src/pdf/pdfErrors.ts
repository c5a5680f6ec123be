/** What went wrong making a PDF, in Chinese with the next step, from whatever the engine threw. */
import { isNetworkFailure, OFFLINE_PREFIX, offlineProgramMessage } from '@/offline/networkFailure'

/** An error whose message is already for the user. */
export class PdfFailure extends Error {}

/** No word from the worker for this long means it is stuck (a generation reports every stage). */
export const PDF_SILENCE_TIMEOUT_MS = 60_000

const NEXT_STEP = '请检查网络连接后点击“下载PDF”重试；如仍失败，请刷新页面（已填写的内容已保存）。'

/** The most characters named one by one in a message. */
const NAMED_CHARS = 20

/** Said when fonts kept in the browser cannot print some characters and the network is gone. */
export function offlineCharsMessage(codePoints: Iterable<number>): string {
  const chars = [...new Set(codePoints)].sort((a, b) => a - b).map((cp) => String.fromCodePoint(cp))
  const named = chars.slice(0, NAMED_CHARS).join('、')
  const more = chars.length > NAMED_CHARS ? ` 等 ${chars.length} 个字` : ''
  return `${OFFLINE_PREFIX}这些字的字体尚未保存在此浏览器中，暂时无法打印：${named}${more}。请联网后再点“下载PDF”；联网时点“准备离线使用”可预先保存全部字体。`
}

/** A user message for an error of the PDF engine (fonts, font cutter, jsPDF, the worker). */
export function describePdfError(error: unknown): string {
  if (error instanceof PdfFailure) return error.message
  const raw = error instanceof Error ? error.message : String(error)
  if (raw.startsWith(OFFLINE_PREFIX)) return raw
  if (isNetworkFailure(error)) return offlineProgramMessage('生成PDF')
  const detail = raw.length > 120 ? `${raw.slice(0, 120)}…` : raw
  if (/字体清单/.test(raw)) return `生成PDF失败：无法下载字体清单。${NEXT_STEP}（${detail}）`
  if (/下载字体|font|glyf|cmap|ttf/i.test(raw)) {
    return `生成PDF失败：字体文件无法下载或已损坏。${NEXT_STEP}（${detail}）`
  }
  if (/wasm|WebAssembly|subset/i.test(raw)) {
    return `生成PDF失败：字体裁剪组件无法加载。${NEXT_STEP}（${detail}）`
  }
  if (/Failed to load|import/i.test(raw)) return offlineProgramMessage('生成PDF')
  return `生成PDF失败：${detail}。请重试；如仍失败，请导出草稿文件并刷新页面。`
}

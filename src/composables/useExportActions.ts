/** The state behind ExportActions: making the Word file and the web page, and what happened. */
import { ref } from 'vue'
import { DOCX_TYPE } from '@/export/mimeTypes'
import { isNetworkFailure, offlineProgramMessage } from '@/offline/networkFailure'
import { useReportStore } from '@/stores/report'
import { downloadBytes, downloadText } from './useDownload'
import { showToast } from './useToasts'

type Action = 'docx' | 'html' | 'copy'

const DONE: Record<Action, (name: string, isDraft: boolean) => string> = {
  docx: (name, isDraft) =>
    `已下载Word文件“${name}”${isDraft ? '（校验未通过，页眉标注“草稿”）' : ''}`,
  html: (name, isDraft) => `已下载网页“${name}”${isDraft ? '（校验未通过，标注“草稿”）' : ''}`,
  copy: (_, isDraft) =>
    `已复制网页内容，可粘贴到网站编辑器${isDraft ? '（校验未通过，含“草稿”提示）' : ''}`,
}

const NEEDS: Record<Action, string> = { docx: '下载Word', html: '下载网页', copy: '复制网页' }

const FAILED: Record<Action, string> = {
  docx: '生成Word文件失败',
  html: '生成网页失败',
  copy: '复制失败',
}

/** Generation state and actions for the Word and web page buttons. */
export function useExportActions() {
  const store = useReportStore()
  const busy = ref<Action | null>(null)
  const status = ref('')
  const error = ref('')

  async function run(action: Action, work: () => Promise<{ name: string; isDraft: boolean }>) {
    if (busy.value) return
    busy.value = action
    status.value = ''
    error.value = ''
    try {
      const { name, isDraft } = await work()
      status.value = DONE[action](name, isDraft)
    } catch (caught) {
      // Offline: plain words in a notice over the page, not the header; no URL, no file name.
      if (isNetworkFailure(caught)) {
        showToast(offlineProgramMessage(NEEDS[action]), 'offline', 'error')
        return
      }
      const reason = caught instanceof Error ? caught.message : String(caught)
      // The draft is untouched; say what to try instead.
      error.value =
        action === 'copy'
          ? `${FAILED.copy}：${reason}。请改用“下载网页”，再从文件中复制。`
          : `${FAILED[action]}：${reason}。草稿未受影响，请重试；仍失败时可先下载PDF或导出JSON。`
    } finally {
      busy.value = null
    }
  }

  /** Downloads `{机关名称}{年度}年政府信息公开工作年度报告.docx`. */
  const downloadDocx = () =>
    run('docx', async () => {
      const { makeReportDocx } = await import('@/export/reportExport')
      const made = await makeReportDocx(store.draft)
      downloadBytes(made.fileName, made.bytes, DOCX_TYPE)
      return { name: made.fileName, isDraft: made.isDraft }
    })

  /** Downloads the standalone web page `{…}.html`. */
  const downloadHtml = () =>
    run('html', async () => {
      const { makeReportHtml } = await import('@/export/reportExport')
      const made = makeReportHtml(store.draft)
      downloadText(made.fileName, made.html.page, 'text/html')
      return { name: made.fileName, isDraft: made.isDraft }
    })

  /** Copies the web page's body (text/html) and its plain-text twin to the clipboard. */
  const copyHtml = () =>
    run('copy', async () => {
      const [{ makeReportHtml }, clipboard] = await Promise.all([
        import('@/export/reportExport'),
        import('@/export/clipboard'),
      ])
      const made = makeReportHtml(store.draft)
      await clipboard.copyHtml(made.html.body, made.html.text)
      return { name: made.fileName, isDraft: made.isDraft }
    })

  return { busy, status, error, downloadDocx, downloadHtml, copyHtml }
}

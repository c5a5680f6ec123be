/**
 * Draft files (spec §6): export the open draft as JSON, import a file as a new draft. An export
 * with cells that are not numbers asks first (they are written as null, their text kept in
 * `editorText`); an import is validated whole before it touches any state.
 */
import { ref, toRaw } from 'vue'
import { draftFileName, draftToDocument, findCell } from '@/report'
import { useDraftsStore } from '@/stores/drafts'
import { useReportStore } from '@/stores/report'
import { askConfirm } from './useConfirmDialog'
import { downloadText } from './useDownload'
import { useLeaveGuard } from './useLeaveGuard'
import { importOrigin, recordOrigin } from './useDraftOrigins'

const importProblems = ref<readonly string[]>([])
const importedFrom = ref<string | null>(null)

/** Export and import of the open draft, with the import's problems as shared state. */
export function useDraftFile() {
  const report = useReportStore()
  const drafts = useDraftsStore()
  const { confirmLeave } = useLeaveGuard()

  /** Downloads the open draft as §6 JSON; false when the user declined. */
  async function exportDraft(): Promise<boolean> {
    const draft = toRaw(report.draft)
    const { document, invalidCells } = draftToDocument(draft, drafts.currentExtra)
    if (invalidCells.length > 0) {
      const ok = await askConfirm({
        title: `有 ${invalidCells.length} 个单元格填的不是数字`,
        message:
          '导出的文件里，这些单元格按空白保存；您填写的原文也一并存入文件，用本程序重新导入时会恢复。其他软件读取时只会看到空白。',
        items: invalidCells.map(
          (key) => `${findCell(key)?.name ?? key}：“${draft.cells[key] ?? ''}”`,
        ),
        confirmLabel: '仍然导出',
        cancelLabel: '返回修改',
      })
      if (!ok) return false
    }
    downloadText(draftFileName(draft), JSON.stringify(document, null, 2))
    return true
  }

  /** Reads a file and, if it is a valid draft file, adds it as a new draft (never overwrites). */
  async function importFile(file: File): Promise<boolean> {
    importProblems.value = []
    importedFrom.value = null
    // The file schema loads when a file is opened, not with the page (first-load budget).
    const { MAX_DRAFT_FILE_BYTES, readDraftFile } = await import('@/report/draftFileImport')
    if (file.size > MAX_DRAFT_FILE_BYTES) {
      importProblems.value = [
        `文件“${file.name}”大小 ${(file.size / 1024 / 1024).toFixed(1)} MB，超过 5 MB 上限，未导入。`,
      ]
      return false
    }
    let text: string
    try {
      text = await file.text()
    } catch {
      importProblems.value = [`无法读取文件“${file.name}”。`]
      return false
    }
    const result = readDraftFile(text, file.size)
    if (!result.ok) {
      importProblems.value = result.problems
      return false
    }
    if (!(await confirmLeave())) return false
    const id = drafts.createDraft(result.draft, { extra: result.extra })
    recordOrigin(id, importOrigin(file.name))
    // Never announce an import that was not stored: say what happened instead.
    if (drafts.status.kind === 'failed') {
      importProblems.value = [
        `文件“${file.name}”已在编辑器中打开，但没有保存到浏览器中（存储空间已满或出错）。请先导出草稿文件，再删除不用的草稿以腾出空间。`,
      ]
      return false
    }
    importedFrom.value = file.name
    return true
  }

  return {
    importProblems,
    importedFrom,
    exportDraft,
    importFile,
    dismiss: () => {
      importProblems.value = []
      importedFrom.value = null
    },
  }
}

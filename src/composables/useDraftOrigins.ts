/** Where each draft came from, for the drafts list (through the origins store). */
import { useDraftOriginsStore } from '@/stores/draftOrigins'

/** The origin labels by draft id (reactive). */
export function useDraftOrigins(): Readonly<Record<string, string>> {
  return useDraftOriginsStore().origins
}

/**
 * The origin of a draft imported from a file: its name and the time, so two imports of one file
 * are told apart in the list (“导入：县民政局.json（12月7日 14:03:22）”).
 */
export function importOrigin(fileName: string, at = new Date()): string {
  const time = at.toLocaleString('zh-CN', {
    hour12: false,
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  })
  return `导入：${fileName}（${time}）`
}

/** Records where draft `id` came from, e.g. “副本：县民政局 2021年”. */
export function recordOrigin(id: string | null | undefined, origin: string): void {
  if (id) useDraftOriginsStore().record(id, origin)
}

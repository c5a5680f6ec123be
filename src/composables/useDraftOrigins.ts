/** Where each draft came from, for the drafts list: read once, updated as drafts are made. */
import { reactive } from 'vue'
import { openLocalStorage, readOrigins, writeOrigin } from '@/storage'

const origins = reactive<Record<string, string>>({})
let storage: Storage | null | undefined

function opened(): Storage | null {
  if (storage === undefined) {
    storage = openLocalStorage()
    if (storage) Object.assign(origins, readOrigins(storage))
  }
  return storage
}

/** The origin labels by draft id (reactive). */
export function useDraftOrigins(): Readonly<Record<string, string>> {
  opened()
  return origins
}

/** Records where draft `id` came from, e.g. “副本：县民政局 2021年”. */
export function recordOrigin(id: string | null | undefined, origin: string): void {
  if (!id) return
  origins[id] = origin
  const target = opened()
  if (target) writeOrigin(target, id, origin)
}

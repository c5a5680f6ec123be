/** Where each draft came from (imported file, copy of …), for the drafts list; kept in storage. */
import { defineStore } from 'pinia'
import { reactive } from 'vue'
import { openLocalStorage, readOrigins, writeOrigin } from '@/storage'

/** The origin labels by draft id, read once and updated as drafts are made. */
export const useDraftOriginsStore = defineStore('draftOrigins', () => {
  const storage = openLocalStorage()
  const origins = reactive<Record<string, string>>(storage ? readOrigins(storage) : {})

  /** Records where draft `id` came from, e.g. “副本：县民政局 2021年”. */
  function record(id: string, origin: string): void {
    origins[id] = origin
    if (storage) writeOrigin(storage, id, origin)
  }

  return { origins, record }
})

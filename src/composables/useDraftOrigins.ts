/** Where each draft came from, for the drafts list (through the origins store). */
import { useDraftOriginsStore } from '@/stores/draftOrigins'

/** The origin labels by draft id (reactive). */
export function useDraftOrigins(): Readonly<Record<string, string>> {
  return useDraftOriginsStore().origins
}

/** Records where draft `id` came from, e.g. “副本：县民政局 2021年”. */
export function recordOrigin(id: string | null | undefined, origin: string): void {
  if (id) useDraftOriginsStore().record(id, origin)
}

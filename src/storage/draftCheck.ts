/**
 * The check of a stored draft (`validateStoredDraft`, src/report/draftSchema.ts: the draft file's
 * own yup schema) loaded on demand. yup is ~11 KB gzip that a first visit, with nothing stored,
 * does not need before it paints (issue 21); a start with stored drafts waits for it (restore is
 * async). Until it is loaded no envelope can be checked, so none is judged damaged.
 */
import type { validateStoredDraft } from '@/report/draftSchema'

type StoredDraftCheck = typeof validateStoredDraft

let loaded: StoredDraftCheck | null = null
let loading: Promise<StoredDraftCheck> | null = null

/** Loads the check once; a failed load (offline, say) is tried again by the next call. */
export function loadDraftCheck(): Promise<StoredDraftCheck> {
  loading ??= import('@/report/draftSchema').then(
    (module) => (loaded = module.validateStoredDraft),
    (error: unknown) => {
      loading = null
      throw error
    },
  )
  return loading
}

/** The check if it is loaded, else null (nothing stored can be judged yet). */
export const loadedDraftCheck = (): StoredDraftCheck | null => loaded

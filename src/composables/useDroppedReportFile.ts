/**
 * A published report's file dropped anywhere on the page: the page's drop handler hands it over
 * here and the import dialog opens with it (a draft's .json still goes to the draft import).
 */
import { shallowRef, type ShallowRef } from 'vue'

// One slot for the whole page: the drop handler and the import dialog are separate components.
const droppedReportFile = shallowRef<File | null>(null)

/** The file waiting for the import dialog; the dialog takes it and sets this back to null. */
export function useDroppedReportFile(): ShallowRef<File | null> {
  return droppedReportFile
}

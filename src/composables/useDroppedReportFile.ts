/**
 * A published report's file dropped anywhere on the page: the page's drop handler hands it over
 * here and the import dialog opens with it (a draft's .json still goes to the draft import).
 */
import { shallowRef } from 'vue'

/** Extensions the import dialog reads or explains (refusals included). */
const REPORT_FILE = /\.(docx|docm|pdf|html?|xhtml|mhtml|mht|txt|doc|wps|ofd)$/i

/** True when a dropped file is a report for the import dialog rather than a draft file. */
export function isReportFile(name: string): boolean {
  return REPORT_FILE.test(name)
}

/** The file waiting for the import dialog; the dialog takes it and sets this back to null. */
export const droppedReportFile = shallowRef<File | null>(null)

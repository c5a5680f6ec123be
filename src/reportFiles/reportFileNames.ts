/** Which file names are published reports for the import dialog (read or explained there). */

/** Extensions the import dialog reads or explains (refusals included, see readReportFile.ts). */
const REPORT_FILE = /\.(docx|docm|pdf|html?|xhtml|mhtml|mht|txt|doc|wps|ofd)$/i

/** True when a dropped file is a report for the import dialog rather than a draft file. */
export function isReportFile(name: string): boolean {
  return REPORT_FILE.test(name)
}

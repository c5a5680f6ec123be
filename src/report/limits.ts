/**
 * How much text a report can hold. The longest published reports run to ~30,000 characters in
 * all; a field or paste far beyond that is a mistake (a whole web page, a log file), and it would
 * make every keystroke slow and fill the browser's storage. Input beyond these is refused, and
 * the user is told why.
 */

/** Most characters one narrative field or the preamble takes. */
export const MAX_NARRATIVE_FIELD_CHARS = 50_000

/** Most characters of report text the import dialog takes (a report's text is ~10–60 KB). */
export const MAX_IMPORT_TEXT_CHARS = 1_000_000

/** Most characters of pasted HTML the import dialog keeps (web pages carry much markup). */
export const MAX_IMPORT_HTML_CHARS = 4_000_000

/** “粘贴的文字有…字，超过本栏上限…字，未粘贴。…” for a refused paste into a text field. */
export function tooLongMessage(chars: number, limit: number, where: string): string {
  return `${where}的文字将有${chars.toLocaleString('en-US')}字，超过上限${limit.toLocaleString('en-US')}字，未粘贴。请只粘贴报告正文，或分段核对后再粘贴。`
}

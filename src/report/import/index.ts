/** Importing a published report from pasted text or HTML (issue 5): the public surface. */
export { parseReportText } from './parse'
export type {
  ImportFound,
  ImportOptions,
  ImportReport,
  ImportResult,
  SourceFormat,
  TableKey,
} from './types'
export type { PartKey } from './outline'
export { htmlToText, parseHtmlTables, placeCells, tokenizeHtml } from './html'
export type { HtmlCell, HtmlEvent, HtmlTable, PlacedCell } from './html'
export { decodeEntities } from './entities'
export { enumerateSplits } from './splits'
export {
  confirmImportCells,
  createImportReview,
  describeFound,
  draftFromImport,
  listFoundItems,
  pendingImportFindings,
  readImportReview,
} from './review'
export type { FoundItem, ImportChoices } from './review'

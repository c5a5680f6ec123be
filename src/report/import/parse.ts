/**
 * parseReportText: a published report, pasted as text (and HTML when the clipboard has it), read
 * into a draft with an import report. Pure: no DOM, never throws on any input.
 */
import { cellKey, findCell, INPUT_CELLS, type CellKey } from '../cells'
import { anchorText } from './anchors'
import { createEmptyDraft } from '../draft'
import type { Finding } from '../finding'
import { OVERVIEW_SECTION_KEYS } from '../format'
import { parseCell, type ParsedCell } from '../numbers'
import { generatePreamble } from '../preamble'
import { TABLE3_INPUT_COLUMNS } from '../table3'
import { computeCellValues } from '../totals'
import { htmlToText, parseHtmlTables } from './html'
import { pickHtmlTables } from './htmlTables'
import {
  format2019Notice,
  oldOtherRowNotice,
  missingPart,
  missingPreamble,
  missingRows,
  missingSection,
  missingTable,
  missingTitle,
  placeholderFinding,
  placedText,
  emptyCellsFinding,
  sourceRuleFindings,
  uncheckedColumns,
} from './importFindings'
import { agencyNamesSeen, recoverMeta } from './meta'
import { readTitleLine } from './title'
import { sourcePartLengths, sourceTextLength, summarizeTextParts } from './textParts'
import { decodeEntities } from './entities'
import { readNarrative } from './narrative'
import { findOutline, PART_KEYS } from './outline'
import { isTable2Of2019, readTable2 } from './readTable2'
import { hasOldOtherRow, readTable3 } from './readTable3'
import { readTable4 } from './readTable4'
import type { TableRead } from './tableRead'
import { isFurniture, isInlineFurniture, readSignatureDate } from './furniture'
import { labelKey, splitLines, trimText } from './text'
import { segmentTokens, tokenizeHtmlTables, tokenizeLines, type Segment } from './tokens'
import type { ImportOptions, ImportResult, TableKey, TableSource } from './types'

const TABLE_KEYS: readonly TableKey[] = ['table2', 'table3', 'table4']

/** Most furniture lines listed in the import report. */
const MAX_SKIPPED_LISTED = 12

/** The page furniture among the lines, distinct, as printed (for “what was skipped”). */
function skippedFurniture(lines: readonly string[]): string[] {
  const seen = new Set<string>()
  for (const line of lines) {
    const text = trimText(line)
    const furniture = isFurniture(text) || isInlineFurniture(text)
    // The signature's date is furniture-shaped but read (成文日期), not skipped.
    if (text !== '' && furniture && !readSignatureDate(text)) seen.add(text)
    if (seen.size >= MAX_SKIPPED_LISTED) break
  }
  return [...seen]
}

function sourceValuesOf(
  cells: Partial<Record<CellKey, string>>,
  stated: Partial<Record<CellKey, string>>,
) {
  const inputs = new Map<CellKey, ParsedCell>()
  for (const [key, text = ''] of Object.entries(cells) as [CellKey, string | undefined][]) {
    inputs.set(key, parseCell(text, findCell(key)?.kind ?? 'count'))
  }
  const values = new Map(computeCellValues(inputs))
  for (const [key, text = ''] of Object.entries(stated) as [CellKey, string | undefined][]) {
    values.set(key, parseCell(text, 'count'))
  }
  return values
}

/** The title of a page's `<title>` element, when its text has none (line -1: not in the text). */
function htmlTitle(html: string): { line: number; agencyName: string; year: number } | null {
  const text = /<title[^>]*>([^<]{1,300})<\/title>/i.exec(html)?.[1]
  const read = text ? readTitleLine(decodeEntities(text)) : null
  return read && { ...read, line: -1 }
}

/**
 * Reads a pasted report. Text parts are cut at their headings; table values are read by row label
 * and column order from the text, or from `options.html`'s tables when given (text may then be
 * empty). e.g. parseReportText(seed).draft.cells['table3.newReceived.natural'] === '0'.
 */
export function parseReportText(text: string, options: ImportOptions = {}): ImportResult {
  const html = typeof options.html === 'string' ? options.html : ''
  const source =
    typeof text === 'string' && text.trim() !== '' ? text : html ? htmlToText(html) : ''
  const lines = splitLines(anchorText(source))
  const found = findOutline(lines)
  const outline = found.title ? found : { ...found, title: htmlTitle(html) }
  const preambleForMeta = lines
    .slice(found.title ? found.title.line + 1 : 0, outline.parts.overview?.line ?? 40)
    .join('\n')
  const narrative = readNarrative(lines, found, outline.title?.agencyName ?? '')
  // Read from the rebuilt preamble: a wrapped line must not cut a name or a phone number.
  const preambleRead = narrative.preamble ?? preambleForMeta
  const agencyNames = agencyNamesSeen(outline.title, preambleRead, narrative.signer)
  // Contact details are printed in the preamble, some reports repeat or give them in 六.
  const meta = recoverMeta(outline.title, `${preambleRead}\n${narrative.otherMatters ?? ''}`)
  const signed = agencyNames.find((seen) => seen.source === 'signature') ?? agencyNames[0]
  if (!outline.title?.agencyName) meta.agencyName = signed?.name ?? meta.agencyName

  const htmlTables = html ? pickHtmlTables(parseHtmlTables(html)) : {}
  const tableSources: Partial<Record<TableKey, TableSource>> = {}
  const textSource: TableSource = options.layout === 'pdf' ? 'pdf' : 'text'
  const segments = {} as Record<TableKey, Segment[]>
  for (const table of TABLE_KEYS) {
    const fromHtml = htmlTables[table]
    const range = narrative.tableRanges[table]
    if (fromHtml && fromHtml.length > 0) {
      segments[table] = segmentTokens(tokenizeHtmlTables(fromHtml))
      tableSources[table] = 'html'
    } else {
      segments[table] = range ? segmentTokens(tokenizeLines(lines.slice(...range), range[0])) : []
      if (range) tableSources[table] = textSource
    }
  }

  const table2Old = isTable2Of2019(segments.table2)
  const table3Old = hasOldOtherRow(segments.table3)
  // A single （六）其他处理 row inside an otherwise 2021 report (table 2 read in the 2021 layout)
  // is mapped as in 2019 but the report stays 2021; {@link oldOtherRowNotice} says so.
  const table2Found = !table2Old && readTable2(segments.table2).found
  const oldOtherIn2021 = table3Old && table2Found
  const format = table2Old || (table3Old && !oldOtherIn2021) ? '2019' : '2021'
  const reads: Record<TableKey, TableRead> = {
    table2: table2Old
      ? { ...readTable2([]), found: true, missingRows: [] }
      : readTable2(segments.table2),
    table3: readTable3(segments.table3, table3Old),
    table4: readTable4(segments.table4),
  }

  const draft = createEmptyDraft(meta.year)
  draft.meta = { ...draft.meta, ...meta, issuedOn: narrative.issuedOn }
  for (const table of TABLE_KEYS) Object.assign(draft.cells, reads[table].cells)
  draft.narrative.overview.intro = narrative.intro ?? ''
  for (const key of OVERVIEW_SECTION_KEYS)
    draft.narrative.overview[key] = narrative.sections[key] ?? ''
  draft.narrative.problems = narrative.problems ?? ''
  draft.narrative.otherMatters = narrative.otherMatters ?? ''
  const preambleText = narrative.preamble ?? ''
  draft.preamble =
    preambleText === '' || labelKey(preambleText) === labelKey(generatePreamble(draft.meta))
      ? null
      : preambleText

  const statedTotals = { ...reads.table3.stated, ...reads.table4.stated }
  const sourceValues = sourceValuesOf(draft.cells, statedTotals)
  const readUncertain = TABLE_KEYS.flatMap((table) => reads[table].uncertain)
  const placeholderCells = TABLE_KEYS.flatMap((table) => reads[table].placeholders)
  const inputKeys = new Set(INPUT_CELLS.map((cell) => cell.key))
  const emptyCells = TABLE_KEYS.flatMap((table) => reads[table].empties).filter(
    (key) => inputKeys.has(key) && (draft.cells[key] ?? '') === '',
  )
  const uncertain = [
    ...readUncertain,
    ...(placeholderCells.length ? [placeholderFinding(placeholderCells)] : []),
    ...(emptyCells.length ? [emptyCellsFinding(emptyCells)] : []),
  ]
  // Cells not read: those of rows not found in a table that was found (named by column in an
  // I3), and uncertain ones (their I2 names them already).
  const notFound = new Set<CellKey>()
  for (const table of TABLE_KEYS) {
    const read = reads[table]
    if (read.found && read.missingRows.length > 0) {
      for (const key of missingRows(table, read.missingRows).cells) notFound.add(key)
    }
  }
  const unread = new Set<CellKey>([...notFound, ...readUncertain.flatMap((f) => f.cells)])

  const missing: Finding[] = []
  if (!outline.title) missing.push(missingTitle())
  if (narrative.preamble === null) missing.push(missingPreamble())
  for (const part of PART_KEYS) {
    if (!outline.parts[part] && !(part in tableSources)) missing.push(missingPart(part))
  }
  if (outline.parts.overview) {
    for (const key of OVERVIEW_SECTION_KEYS) {
      if (narrative.sections[key] === undefined) missing.push(missingSection(key))
    }
  }
  for (const orphan of narrative.orphans)
    missing.push(placedText(orphan.from, orphan.to, orphan.text))
  for (const table of TABLE_KEYS) {
    const read = reads[table]
    if (!read.found) missing.push(missingTable(table))
    else if (read.missingRows.length > 0) missing.push(missingRows(table, read.missingRows))
  }

  if (oldOtherIn2021) {
    // Its sub-rows 1 and 2 are not printed: read as 0, the row's figures stay in 3.其他.
    for (const row of ['otherNoCorrection', 'otherUnpaidFee'] as const) {
      for (const column of TABLE3_INPUT_COLUMNS) draft.cells[cellKey('table3', row, column)] = '0'
    }
  }
  const formatNotices =
    format === '2019'
      ? [format2019Notice(TABLE_KEYS.filter((t) => t !== 'table2' && reads[t].found))]
      : oldOtherIn2021
        ? [oldOtherRowNotice(draft.cells)]
        : []
  const sourceRuleFailures = sourceRuleFindings(sourceValues, unread)
  const unchecked = uncheckedColumns(notFound)
  const partsFound = PART_KEYS.filter((part) => outline.parts[part] !== undefined).length
  const recognized = partsFound >= 2 || TABLE_KEYS.some((table) => reads[table].found)
  const overviewFound = {
    intro: narrative.intro !== null,
    ...Object.fromEntries(
      OVERVIEW_SECTION_KEYS.map((key) => [key, narrative.sections[key] !== undefined]),
    ),
  } as ImportResult['report']['found']['overview']

  const textParts = summarizeTextParts(
    draft,
    narrative.preamble,
    sourcePartLengths(lines, found, narrative),
  )
  return {
    draft,
    title: outline.title
      ? { agencyName: outline.title.agencyName, year: outline.title.year }
      : null,
    statedTotals,
    sourceValues,
    report: {
      format,
      found: {
        title: outline.title !== null,
        preamble: narrative.preamble !== null,
        parts: Object.fromEntries(
          PART_KEYS.map((part) => [
            part,
            outline.parts[part] !== undefined || part in tableSources,
          ]),
        ) as ImportResult['report']['found']['parts'],
        overview: overviewFound,
        tables: {
          table2: reads.table2.found,
          table3: reads.table3.found,
          table4: reads.table4.found,
        },
        tableSources,
      },
      formatNotices,
      uncertain,
      missing,
      sourceRuleFailures,
      unchecked,
      recognized,
      placeholderCells,
      emptyCells,
      agencyNames,
      textParts,
      textTally: {
        kept: textParts.reduce((sum, part) => sum + part.length, 0),
        source: sourceTextLength(lines, found, narrative),
      },
      skipped: skippedFurniture(lines),
      findings: [...formatNotices, ...uncertain, ...missing, ...unchecked, ...sourceRuleFailures],
    },
  }
}

/**
 * A PDF page's text items put back into lines and table rows. Items on one baseline form a line,
 * read left to right; a wide gap (a cell border) separates two cells, written as a tab. In a
 * table, a row label wrapped over several lines of its cell is put back together with its row's
 * numbers, column by column: with numbers at the top of their cells (Word, LibreOffice) the lines
 * under a row belong to it; with numbers in the middle, each line goes to the nearer row.
 * Pure: the items are what pdf.js's getTextContent gives.
 */

/** A positioned run of text: its string, baseline origin (x, y: up), width and font height. */
export interface PlacedText {
  readonly str: string
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

/** One cell of a line: text and horizontal extent. */
interface Cell {
  text: string
  x0: number
  x1: number
  y: number
}

/** A line: its cells, baseline and font height. */
interface Line {
  cells: Cell[]
  y: number
  size: number
}

/** Gap (in font heights) above which two items are two cells. */
const CELL_GAP = 0.9
/** Gap (in font heights) above which two items get a space between them. */
const WORD_GAP = 0.25
/** Baselines closer than this share a line (in font heights). */
const SAME_LINE = 0.45
/** Largest distance (in line heights) between a label's line and its row's numbers. */
const MAX_ROW_SPREAD = 12

const NUMBER = /^[\d,.]+$/
const LABEL_START = /^([一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.、．])/
/** A band title inside table 2 (“第二十条第（五）项”): its own row, never a label's second line. */
const BAND_TITLE = /^第[一二三四五六七八九十]+条/
const PAGE_NUMBER = /^([-—–]\d+[-—–]|第\d+页(共\d+页)?)$/
const CJK = /[\u3000-\u9fff\uff00-\uffef]/

/** Spaces between CJK and Latin text are autospace artefacts of the PDF, not the author's. */
function dropCjkSpaces(text: string): string {
  if (!CJK.test(text)) return text
  // Justified lines letter-space every character: CJK and digits next to each other join.
  return text
    .replace(/([\u3000-\u9fff\uff00-\uffef])[ \u00a0]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
    .replace(/(\d)[ \u00a0](?=\d)/g, '$1')
    .replace(/([\u3000-\u9fff\uff00-\uffef])[ \u00a0]+(?=[\w(])/g, '$1')
    .replace(/([\w)])[ \u00a0]+(?=[\u3000-\u9fff\uff00-\uffef])/g, '$1')
}

function toLines(items: readonly PlacedText[]): Line[] {
  const visible = items.filter((item) => item.str.trim() !== '')
  const sorted = [...visible].sort((a, b) => b.y - a.y || a.x - b.x)
  const groups: PlacedText[][] = []
  for (const item of sorted) {
    const group = groups[groups.length - 1]
    const first = group?.[0]
    const size = Math.max(item.height, first?.height ?? 0, 1)
    if (group && first && Math.abs(first.y - item.y) <= size * SAME_LINE) group.push(item)
    else groups.push([item])
  }
  return groups.map((group) => {
    const ordered = [...group].sort((a, b) => a.x - b.x)
    const cells: Cell[] = []
    for (const item of ordered) {
      const size = Math.max(item.height, 1)
      const last = cells[cells.length - 1]
      const gap = last ? item.x - last.x1 : Infinity
      // A number set apart from a label by more than a narrow space is its own cell.
      const numberCell =
        NUMBER.test(item.str.trim()) && !/\d$/.test(last?.text ?? '') && gap > size * 0.3
      if (last && gap <= size * CELL_GAP && !numberCell) {
        // A space only between two Latin words: CJK text has none (Word's autospace is not one).
        const latin = !CJK.test(last.text.slice(-1)) && !CJK.test(item.str.slice(0, 1))
        last.text += (gap > size * WORD_GAP && latin ? ' ' : '') + item.str
        last.x1 = Math.max(last.x1, item.x + item.width)
      } else cells.push({ text: item.str, x0: item.x, x1: item.x + item.width, y: item.y })
    }
    const size = Math.max(...group.map((item) => item.height), 1)
    for (const cell of cells) cell.text = dropCjkSpaces(cell.text)
    return { cells, y: group[0]?.y ?? 0, size }
  })
}

/** The index of the first of a line's trailing number cells, or -1 when it is not a table row. */
function numbersFrom(line: Line): number {
  let first = line.cells.length
  while (first > 0 && NUMBER.test(line.cells[first - 1]?.text.trim() ?? '')) first -= 1
  const numbers = line.cells.length - first
  if (numbers === 0) return -1
  if (first === 0) return numbers >= 3 ? 0 : -1
  return first
}

/** A table row being rebuilt: its label pieces by column x, and its number cells. */
interface Row {
  line: number
  labels: Cell[][]
  numbers: Cell[]
  numberX: number
  /** The label cell nearest the numbers on the row's own line (the row label's column). */
  lastLabel: Cell | undefined
  /** True once a line above the numbers was found to begin this row's label. */
  startedAbove: boolean
}

function startsLabel(cell: Cell | undefined): boolean {
  return cell !== undefined && LABEL_START.test(cell.text.trim())
}

function addLabels(row: Row, cells: readonly Cell[]): void {
  for (const cell of cells) {
    // One column: pieces whose extents overlap (left-aligned or centred text alike).
    const column = row.labels.find((pieces) =>
      pieces.some((piece) => piece.x0 < cell.x1 - 1 && piece.x1 > cell.x0 + 1),
    )
    if (column) column.push(cell)
    else row.labels.push([cell])
  }
}

function rowText(row: Row): string {
  const columns = [...row.labels].sort((a, b) => (a[0]?.x0 ?? 0) - (b[0]?.x0 ?? 0))
  const label = columns
    .map((pieces) =>
      [...pieces]
        .sort((a, b) => b.y - a.y)
        .map((p) => p.text)
        .join(''),
    )
    .join('')
  return [label, ...row.numbers.map((cell) => cell.text)].filter((t) => t !== '').join('\t')
}

/** A page's lines, and where its first and last paragraph lines are (for joining pages). */
export interface PageLayout {
  readonly lines: readonly string[]
  /** Index of the last paragraph line when it reaches the right margin (it may continue). */
  readonly lastTextLine: number | null
  /** Index of the first paragraph line when it starts at the left margin (it may continue one). */
  readonly firstTextLine: number | null
}

/** The page's lines with table rows rebuilt, and its paragraph ends (see {@link joinPages}). */
export function layoutPage(items: readonly PlacedText[]): PageLayout {
  const lines = toLines(items)
  const rows = new Map<number, Row>()
  lines.forEach((line, i) => {
    const from = numbersFrom(line)
    if (from < 0) return
    const row: Row = {
      line: i,
      labels: [],
      numbers: line.cells.slice(from),
      numberX: line.cells[from]?.x0 ?? 0,
      lastLabel: line.cells[from - 1],
      startedAbove: false,
    }
    addLabels(row, line.cells.slice(0, from))
    rows.set(i, row)
  })
  const rowLines = [...rows.keys()]
  const absorbed = new Set<number>()
  // The row whose label was begun most recently: a label's next line continues it. A line whose
  // row-label cell starts a label (“1.”, “（二）”) begins the next row's label, above its numbers.
  let current: Row | undefined
  lines.forEach((line, i) => {
    const own = rows.get(i)
    if (own) {
      if (!own.startedAbove || startsLabel(own.lastLabel)) current = own
      return
    }
    const before = rowLines.filter((r) => r < i).pop()
    const after = rowLines.find((r) => r > i)
    const previous = before === undefined ? undefined : rows.get(before)
    const next = after === undefined ? undefined : rows.get(after)
    const first = line.cells[0]?.text.trim() ?? ''
    if (BAND_TITLE.test(first) || PAGE_NUMBER.test(first.replace(/\s/g, ''))) return
    // Only label-column text joins a row: it must end left of that row's numbers.
    const fits = (row: Row | undefined): row is Row =>
      row !== undefined &&
      line.cells.every((cell) => cell.x1 <= row.numberX + 1) &&
      Math.abs((lines[row.line]?.y ?? 0) - line.y) <= line.size * 1.6 * MAX_ROW_SPREAD
    const inTable =
      previous && next && Math.abs(previous.numberX - next.numberX) < 2 && fits(previous)
    const distance = (row: Row | undefined) =>
      row ? Math.abs((lines[row.line]?.y ?? 0) - line.y) : Infinity
    const near = line.size * 1.6 * 2
    const reachable = (row: Row | undefined): row is Row =>
      fits(row) && (Boolean(inTable) || distance(row) <= near)
    const column = next?.lastLabel ?? previous?.lastLabel
    const labelCell = column
      ? line.cells.find((cell) => cell.x0 < column.x1 && cell.x1 > column.x0)
      : undefined
    let target: Row | undefined
    if (labelCell && startsLabel(labelCell) && reachable(next) && !startsLabel(next.lastLabel)) {
      target = next
      next.startedAbove = true
      current = next
    } else if (labelCell && !startsLabel(labelCell)) {
      if ((current === previous || current === next) && reachable(current)) target = current
      else if (reachable(previous)) target = previous
    } else if (!labelCell) {
      // Only pieces of a spanning column (a group's name): the nearer row takes them.
      const up = reachable(previous) ? distance(previous) : Infinity
      const down = reachable(next) ? distance(next) : Infinity
      if (up < Infinity || down < Infinity) target = up <= down ? previous : next
    }
    if (target) {
      addLabels(target, line.cells)
      absorbed.add(i)
    }
  })
  // Paragraph lines wrapped at the right margin continue on the next line at the left margin.
  const isFurniture = (line: Line) =>
    PAGE_NUMBER.test(
      line.cells
        .map((cell) => cell.text)
        .join('')
        .replace(/\s/g, ''),
    ) || /^文档指纹/.test(line.cells[0]?.text.trim() ?? '')
  const text = lines.filter((line, i) => !rows.has(i) && !absorbed.has(i) && !isFurniture(line))
  const left = Math.min(...text.map((line) => line.cells[0]?.x0 ?? Infinity))
  const right = Math.max(...text.map((line) => line.cells[line.cells.length - 1]?.x1 ?? 0))
  const reachesRight = (line: Line) =>
    line.cells.length <= 2 &&
    (line.cells[line.cells.length - 1]?.x1 ?? 0) >= right - line.size * 1.5
  const flushLeft = (line: Line) =>
    line.cells.length <= 2 && (line.cells[0]?.x0 ?? 0) <= left + line.size * 0.5
  const out: string[] = []
  let previous: Line | null = null
  let firstText: number | null = null
  let lastText: { index: number; line: Line } | null = null
  lines.forEach((line, i) => {
    if (absorbed.has(i)) return
    const row = rows.get(i)
    if (row) {
      out.push(rowText(row))
      previous = null
      lastText = null
      return
    }
    if (isFurniture(line)) {
      out.push(line.cells.map((cell) => cell.text).join(''))
      return
    }
    // Cells stay apart (tabs) only on table-like lines; a paragraph's runs are one text.
    const joined = line.cells.map((cell) => cell.text).join(line.cells.length >= 3 ? '\t' : '')
    const wraps =
      previous !== null &&
      reachesRight(previous) &&
      flushLeft(line) &&
      previous.y - line.y <= line.size * 2.2
    if (wraps && lastText) out[lastText.index] += joined
    else out.push(joined)
    if (firstText === null && !wraps) firstText = out.length - 1
    previous = line
    lastText = { index: wraps && lastText ? lastText.index : out.length - 1, line }
  })
  const end = lastText as { index: number; line: Line } | null
  const firstLine = text[0]
  return {
    lines: out,
    lastTextLine: end && reachesRight(end.line) ? end.index : null,
    firstTextLine: firstText !== null && firstLine && flushLeft(firstLine) ? firstText : null,
  }
}

/**
 * The page's lines, top to bottom, table rows rebuilt. e.g. items '（一）予以公开' at x 60 and
 * '17' at x 300 on one baseline → ['（一）予以公开\t17'].
 */
export function pageLines(items: readonly PlacedText[]): string[] {
  return [...layoutPage(items).lines]
}

/**
 * The pages' lines as one list: a paragraph that reaches the right margin at the end of a page
 * continues with the next page's first line when that starts at the left margin (no indent).
 */
export function joinPages(pages: readonly PageLayout[]): string[] {
  const out: string[] = []
  let carry: number | null = null
  for (const page of pages) {
    const lines = [...page.lines]
    if (carry !== null && page.firstTextLine !== null) {
      out[carry] += lines[page.firstTextLine] ?? ''
      lines.splice(page.firstTextLine, 1)
    }
    const offset = out.length
    out.push(...lines)
    const removed: boolean = carry !== null && page.firstTextLine !== null
    const last = page.lastTextLine
    carry =
      last === null ? null : offset + last - (removed && last > (page.firstTextLine ?? 0) ? 1 : 0)
  }
  return out
}

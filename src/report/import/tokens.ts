/**
 * Table text as a stream of tokens — labels, numbers and blank cells — whatever shape the source
 * had: one cell per line, `|` rows, tab-separated rows, space-aligned columns or HTML cells.
 */
import { placeCells, type HtmlTable } from './html'
import { labelKey, splitLines, splitWords, trimText } from './text'

/** A piece of a table: label text, a number as written, or a blank cell. */
export type Token =
  | { readonly kind: 'text'; readonly text: string; readonly line: number }
  | { readonly kind: 'num'; readonly text: string; readonly line: number }
  /** `explicit` for a written placeholder (“-”, “/”, “无”); false for an empty cell. */
  | { readonly kind: 'blank'; readonly explicit: boolean; readonly line: number }

/** A label (every text token since the last value) and the values that follow it. */
export interface Segment {
  readonly key: string
  readonly raw: string
  readonly line: number
  readonly values: readonly Token[]
}

const NUMBER = /^(\d+(\.\d+)?|\d{1,3}(,\d{3})+(\.\d+)?)$/
const PLACEHOLDER = /^([-—–－/／\\~～]+|无)$/
const TRAILING_NUMBER = /^(.*[^\d.,])(\d+(?:\.\d+)?)$/s

function readWord(word: string, line: number, out: Token[]): void {
  const normal = word.normalize('NFKC')
  if (NUMBER.test(normal)) {
    out.push({ kind: 'num', text: normal, line })
  } else if (PLACEHOLDER.test(normal)) {
    out.push({ kind: 'blank', explicit: true, line })
  } else {
    // A label with its numbers run on (“…申请数量640020470”, “（七）总计0000000”).
    const glued = TRAILING_NUMBER.exec(normal)
    if (glued && glued[1] && glued[2]) {
      out.push({ kind: 'text', text: glued[1], line })
      out.push({ kind: 'num', text: glued[2], line })
    } else {
      out.push({ kind: 'text', text: word, line })
    }
  }
}

/** Reads one cell: its words, or a blank token when it is empty. */
export function tokenizeCell(cell: string, line: number, out: Token[]): void {
  const words = splitWords(cell)
  if (words.length === 0) out.push({ kind: 'blank', explicit: false, line })
  for (const word of words) readWord(word, line, out)
}

const SEPARATOR_ROW = /^[\s|:：\-—–=+]*$/

/** The cells of one line: `|` and tab rows give their cells (inner empties kept), others one cell. */
export function lineCells(line: string): string[] {
  if (line.includes('|') || line.includes('｜')) {
    if (SEPARATOR_ROW.test(line)) return []
    const parts = line.split(/[|｜]/)
    if (trimText(parts[0] ?? '') === '') parts.shift()
    if (trimText(parts[parts.length - 1] ?? '') === '') parts.pop()
    return parts
  }
  if (line.includes('\t')) {
    const parts = line.split('\t')
    while (parts.length > 0 && trimText(parts[0] ?? '') === '') parts.shift()
    while (parts.length > 0 && trimText(parts[parts.length - 1] ?? '') === '') parts.pop()
    return parts
  }
  return trimText(line) === '' ? [] : [line]
}

/** Tokens of plain-text table lines; `firstLine` numbers the lines for row grouping. */
export function tokenizeLines(lines: readonly string[], firstLine = 0): Token[] {
  const tokens: Token[] = []
  lines.forEach((line, i) => {
    for (const cell of lineCells(line)) tokenizeCell(cell, firstLine + i, tokens)
  })
  return tokens
}

/** Tokens of plain text (any shape). */
export function tokenizeText(text: string): Token[] {
  return tokenizeLines(splitLines(text))
}

/** Tokens of HTML tables, cell by cell in grid order; each grid row is one line. */
export function tokenizeHtmlTables(tables: readonly HtmlTable[]): Token[] {
  const tokens: Token[] = []
  let offset = 0
  for (const table of tables) {
    let rows = 0
    for (const cell of placeCells(table)) {
      tokenizeCell(cell.text, offset + cell.row, tokens)
      rows = Math.max(rows, cell.row + 1)
    }
    offset += rows + 1
  }
  return tokens
}

/** Groups tokens into segments: a run of label text, then the numbers and blanks after it. */
export function segmentTokens(tokens: readonly Token[]): Segment[] {
  const segments: Segment[] = []
  let raw: string[] = []
  let values: Token[] = []
  let line = tokens[0]?.line ?? 0
  const flush = () => {
    if (raw.length > 0 || values.length > 0) {
      const text = raw.join('')
      segments.push({ key: labelKey(text), raw: text, line, values })
    }
    raw = []
    values = []
  }
  for (const token of tokens) {
    if (token.kind === 'text') {
      if (values.length > 0) flush()
      if (raw.length === 0) line = token.line
      raw.push(token.text)
    } else {
      if (raw.length === 0 && values.length === 0) line = token.line
      values.push(token)
    }
  }
  flush()
  return segments
}

/**
 * The value tokens that belong to a row: empty cells on later lines than the row's last number are
 * layout (the next row's label columns), not blank values.
 */
export function rowValues(segment: Segment): Token[] {
  const nums = segment.values.filter((t) => t.kind === 'num')
  const lastLine = nums.length > 0 ? (nums[nums.length - 1]?.line ?? 0) : segment.line
  return segment.values.filter(
    (t) => t.kind === 'num' || (t.kind === 'blank' && (t.explicit || t.line <= lastLine)),
  )
}

/**
 * Table text as a stream of tokens — labels, numbers and blank cells — whatever shape the source
 * had: one cell per line, `|` rows, tab-separated rows, space-aligned columns or HTML cells.
 */
import { isInlineFurniture } from './furniture'
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
/** Numbers inside a word: grouped, decimal or plain digit runs. */
const NUMBER_IN_WORD = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g
/** A unit or a note written after a number in a cell: “15件”, “15（其中修订3件）” are 15. */
const NUMBER_SUFFIX = /^(件|条|个|项|次|人次|万元|元)?(\((其中|含|包括|注)[^()]*\))?/
/** Numbering punctuation after a digit: “2.其他”, “2、其他”. */
const NUMBERING_AFTER = /^[.、](?=[^\d])/

function pushText(text: string, line: number, out: Token[]): void {
  if (text === '') return
  const last = out[out.length - 1]
  if (last?.kind === 'text' && last.line === line) {
    out[out.length - 1] = { kind: 'text', text: last.text + text, line }
  } else out.push({ kind: 'text', text, line })
}

/**
 * A word that mixes labels and numbers, as one-line pages run them together
 * (“…申请数量530010590二、上年结转…”, “00000002.其他法律…”): numbers become number tokens, the
 * digit of a row's numbering (“2.”, “(2)”) stays with its label, units and notes after a number
 * are dropped.
 */
function readMixed(word: string, line: number, out: Token[]): void {
  let text = ''
  let index = 0
  for (const match of word.matchAll(NUMBER_IN_WORD)) {
    let digits = match[0]
    const at = match.index
    if (at < index) continue // inside a note already dropped
    const after = word.slice(at + digits.length)
    const bracketed = word[at - 1] === '(' && after.startsWith(')')
    let numbering = ''
    // “2.” after digits is a row's numbering run on; “、” only on a lone digit (“12、” may be a
    // list of numbers in a sentence, and a wrong cut is worse than an uncertain one).
    const numbered = NUMBERING_AFTER.test(after) && (after.startsWith('.') || digits.length === 1)
    if (bracketed || (numbered && !digits.includes(','))) {
      numbering = bracketed || digits.length === 1 ? digits : digits.slice(-1)
      digits = digits.slice(0, digits.length - numbering.length)
    }
    text += word.slice(index, at)
    if (digits !== '') {
      pushText(text, line, out)
      text = ''
      out.push({ kind: 'num', text: digits, line })
    }
    text += numbering
    index = at + match[0].length
    if (numbering === '' && digits !== '') {
      const suffix = NUMBER_SUFFIX.exec(word.slice(index))
      index += suffix?.[0].length ?? 0
    }
  }
  pushText(text + word.slice(index), line, out)
}

function readWord(word: string, line: number, out: Token[]): void {
  const normal = word.normalize('NFKC')
  if (NUMBER.test(normal)) {
    out.push({ kind: 'num', text: normal, line })
  } else if (PLACEHOLDER.test(normal)) {
    out.push({ kind: 'blank', explicit: true, line })
  } else if (/\d/.test(normal)) {
    readMixed(normal, line, out)
  } else {
    out.push({ kind: 'text', text: word, line })
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
    if (isInlineFurniture(line)) return // a page number between two rows of a PDF's table
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

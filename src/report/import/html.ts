/**
 * A small, tolerant HTML reader for pasted reports (no DOM): tags, comments, entities, unclosed
 * cells and rows. It yields the tables as cells with their spans, and the page as plain text.
 */
import { decodeEntities } from './entities'
import { placeSpans } from '../spans'

/** One piece of markup: an opening tag, a closing tag, or text (entities already decoded). */
export type HtmlEvent =
  | {
      readonly type: 'open'
      readonly name: string
      readonly attrs: Readonly<Record<string, string>>
    }
  | { readonly type: 'close'; readonly name: string }
  | { readonly type: 'text'; readonly text: string }

// Elements whose content is not markup, or not part of the page's text.
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template'])
const TAG_START = /^<\/?([a-zA-Z][a-zA-Z0-9:-]*)/
const ATTRIBUTE = /([^\s=/>"']+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

function tagEnd(html: string, from: number): number {
  let quote = ''
  for (let i = from; i < html.length; i += 1) {
    const ch = html[i]
    if (quote) {
      if (ch === quote) quote = ''
    } else if (ch === '"' || ch === "'") {
      quote = ch
    } else if (ch === '>') {
      return i
    }
  }
  return -1
}

function readAttributes(source: string): Record<string, string> {
  // No prototype: an attribute named “constructor” or “__proto__” is just a name.
  const attrs: Record<string, string> = Object.create(null) as Record<string, string>
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] ?? '').toLowerCase()
    attrs[name] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '')
  }
  return attrs
}

/** Splits HTML into events, never throwing: a stray “<” is text, an unclosed tag ends the input. */
export function tokenizeHtml(html: string): HtmlEvent[] {
  const events: HtmlEvent[] = []
  let pos = 0
  const pushText = (text: string) => {
    if (text) events.push({ type: 'text', text: decodeEntities(text) })
  }
  while (pos < html.length) {
    const lt = html.indexOf('<', pos)
    if (lt < 0) {
      pushText(html.slice(pos))
      break
    }
    pushText(html.slice(pos, lt))
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      pos = end < 0 ? html.length : end + 3
      continue
    }
    if (html[lt + 1] === '!' || html[lt + 1] === '?') {
      const end = html.indexOf('>', lt)
      pos = end < 0 ? html.length : end + 1
      continue
    }
    const start = TAG_START.exec(html.slice(lt, lt + 64))
    if (!start) {
      pushText('<')
      pos = lt + 1
      continue
    }
    const end = tagEnd(html, lt + 1)
    if (end < 0) break
    const name = (start[1] ?? '').toLowerCase()
    pos = end + 1
    if (html[lt + 1] === '/') {
      events.push({ type: 'close', name })
      continue
    }
    events.push({
      type: 'open',
      name,
      attrs: readAttributes(html.slice(lt + start[0].length, end)),
    })
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi')
      close.lastIndex = pos
      pos = close.exec(html)?.index ?? html.length
    }
  }
  return events
}

/** A cell of an HTML table as written: its text (lines kept) and spans. */
export interface HtmlCell {
  readonly text: string
  readonly rowspan: number
  readonly colspan: number
}

/** A table: rows of cells in source order; `nested` when it contains another table. */
export interface HtmlTable {
  readonly rows: readonly (readonly HtmlCell[])[]
  readonly nested: boolean
}

function span(value: string | undefined): number {
  const n = Number.parseInt(value ?? '1', 10)
  return Number.isFinite(n) && n >= 1 ? Math.min(n, 1000) : 1
}

const LINE_BREAKING = new Set(['br', 'p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

interface TableBuilder {
  rows: HtmlCell[][]
  cell: { text: string; rowspan: number; colspan: number } | null
  nested: boolean
}

/** Every table of the page, innermost ones included, in document order of their start. */
export function parseHtmlTables(html: string): HtmlTable[] {
  const done: { order: number; table: HtmlTable }[] = []
  const stack: { order: number; builder: TableBuilder }[] = []
  let order = 0
  const top = () => stack[stack.length - 1]?.builder
  const closeCell = (b: TableBuilder) => {
    if (!b.cell) return
    if (b.rows.length === 0) b.rows.push([])
    b.rows[b.rows.length - 1]?.push({ ...b.cell })
    b.cell = null
  }
  const appendText = (text: string) => {
    const b = top()
    if (b?.cell) b.cell.text += text
  }
  for (const event of tokenizeHtml(html)) {
    const b = top()
    if (event.type === 'text') {
      appendText(event.text)
    } else if (event.type === 'open') {
      if (event.name === 'table') {
        if (b) b.nested = true
        stack.push({ order: order++, builder: { rows: [], cell: null, nested: false } })
      } else if (b && event.name === 'tr') {
        closeCell(b)
        b.rows.push([])
      } else if (b && (event.name === 'td' || event.name === 'th')) {
        closeCell(b)
        if (b.rows.length === 0) b.rows.push([])
        b.cell = {
          text: '',
          rowspan: span(event.attrs.rowspan),
          colspan: span(event.attrs.colspan),
        }
      } else if (LINE_BREAKING.has(event.name)) {
        appendText('\n')
      }
    } else if (b && (event.name === 'td' || event.name === 'th' || event.name === 'tr')) {
      closeCell(b)
    } else if (b && event.name === 'table') {
      closeCell(b)
      const finished = stack.pop()
      if (finished) done.push({ order: finished.order, table: { ...finished.builder } })
      const text =
        finished?.builder.rows
          .flat()
          .map((c) => c.text)
          .join('\n') ?? ''
      appendText(`\n${text}\n`)
    } else if (LINE_BREAKING.has(event.name)) {
      appendText('\n')
    }
  }
  while (stack.length > 0) {
    const open = stack.pop()
    if (!open) break
    closeCell(open.builder)
    done.push({ order: open.order, table: { ...open.builder } })
  }
  return done
    .sort((a, b) => a.order - b.order)
    .map(({ table }) => ({
      rows: table.rows.filter((row) => row.length > 0),
      nested: table.nested,
    }))
}

/** A cell placed on the table's grid: its first row and column after rowspans and colspans. */
export interface PlacedCell extends HtmlCell {
  readonly row: number
  readonly column: number
}

/** Places cells on the grid the way browsers do: a cell takes the first column not yet covered. */
export function placeCells(table: HtmlTable): PlacedCell[] {
  return placeSpans(table.rows)
    .placed.map(({ cell, row, column }): PlacedCell => ({ ...cell, row, column }))
    .sort((a, b) => a.row - b.row || a.column - b.column)
}

const BLOCK = new Set([
  ...LINE_BREAKING,
  'tr',
  'td',
  'th',
  'table',
  'section',
  'article',
  'ul',
  'ol',
])

/** The page as plain text: blocks and table cells on lines of their own, as the seed is laid out. */
export function htmlToText(html: string): string {
  let text = ''
  let skipDepth = 0
  for (const event of tokenizeHtml(html)) {
    if (event.type === 'text') {
      if (skipDepth === 0) text += event.text.replace(/[\r\n\t]+/g, ' ')
    } else if (event.name === 'head') {
      skipDepth += event.type === 'open' ? 1 : -1
      skipDepth = Math.max(skipDepth, 0)
    } else if (BLOCK.has(event.name)) {
      text += '\n'
    }
  }
  return text.replace(/[ \u00a0]*\n[ \u00a0]*/g, '\n').replace(/\n{3,}/g, '\n\n')
}

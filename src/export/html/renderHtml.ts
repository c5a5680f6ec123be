/**
 * The report as a web page for the 政府信息公开专栏: a standalone UTF-8 page, and the same body for
 * the clipboard with a plain-text twin. Pure string building from the document model: no DOM,
 * no script, no class, no external resource; every text is escaped.
 */
import type { DocumentBlock } from '@/report/document'
import { escapeHtml } from './escape'
import {
  BODY_STYLE,
  HEADING1_STYLE,
  HEADING2_STYLE,
  NOTICE_STYLE,
  PARAGRAPH_STYLE,
  SIGNATURE_STYLE,
  TITLE_STYLE,
} from './styles'
import { tableHtml, tableText } from './tableHtml'

/** The three forms of the web page. */
export interface ReportHtml {
  /** The standalone page, `<!DOCTYPE html>` to `</html>`. */
  readonly page: string
  /** The report's content (the page's `<main>`), for pasting into a CMS editor as `text/html`. */
  readonly body: string
  /** The same content as plain text (`text/plain`): one line per paragraph, tables tab-separated. */
  readonly text: string
}

const element = (tag: string, style: string, text: string) =>
  `<${tag} style="${style}">${escapeHtml(text)}</${tag}>`

function blockHtml(block: DocumentBlock): string {
  switch (block.kind) {
    case 'title':
      return element('h1', TITLE_STYLE, block.text)
    case 'notice':
      return element('p', NOTICE_STYLE, block.text)
    case 'heading':
      return block.level === 1
        ? element('h2', HEADING1_STYLE, block.text)
        : element('h3', HEADING2_STYLE, block.text)
    case 'paragraph':
      return element('p', PARAGRAPH_STYLE, block.text)
    case 'table':
      return tableHtml(block.grid, block.cells)
    case 'signature':
      return [block.agency, block.date]
        .filter((line) => line !== '')
        .map((line) => element('p', SIGNATURE_STYLE, line))
        .join('\n')
  }
}

function blockText(block: DocumentBlock): string {
  if (block.kind === 'table') return tableText(block.grid, block.cells)
  if (block.kind === 'signature') return [block.agency, block.date].filter(Boolean).join('\n')
  return block.text
}

/** Renders the blocks; `title` is the page's `<title>`. */
export function renderReportHtml(blocks: readonly DocumentBlock[], title: string): ReportHtml {
  const body = blocks.map(blockHtml).join('\n')
  const page = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    '</head>',
    `<body style="${BODY_STYLE}">`,
    '<main>',
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
  return { page, body, text: blocks.map(blockText).join('\n') }
}

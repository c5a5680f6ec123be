/**
 * The report as a Word file (.docx), laid out as a GB/T 9704 document (spec §7a): A4, the 公文
 * margins in whole twips, 22 lines a page, the roles' fonts named (never embedded), “— N —” page
 * numbers, the three tables with their official merged cells, and 草稿 in the header of a draft.
 * Renders the shared document model; loaded on first use with the docx package.
 */
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TextRun,
  type ParagraphChild,
} from 'docx'
import {
  DATE_RIGHT_CHARS,
  LINES_PER_PAGE,
  MARGIN,
  PAGE,
  ROLE_STYLES,
  SIZE,
  blockRole,
  type BlockRole,
  type DocumentBlock,
} from '@/report/document'
import { WORD_FONTS, fontTableXml, runFonts, type WordFont } from './fonts'
import { mmToTwips, ptToHalfPoints, ptToTwips } from './units'
import { TABLE_TEXT_STYLE, wordTable } from './wordTable'

/** The page in twips: A4 and the GB/T 9704 margins, each rounded to a whole twip. */
export const WORD_PAGE = {
  width: mmToTwips(PAGE.width),
  height: mmToTwips(PAGE.height),
  top: mmToTwips(MARGIN.top),
  bottom: mmToTwips(MARGIN.bottom),
  left: mmToTwips(MARGIN.left),
  right: mmToTwips(MARGIN.right),
  /** Header 15 mm from the top edge; footer 28 mm from the bottom: the number 7 mm under the text. */
  header: mmToTwips(15),
  footer: mmToTwips(MARGIN.bottom - 7),
} as const

/** The text block's width in twips (156 mm). */
export const TEXT_WIDTH = WORD_PAGE.width - WORD_PAGE.left - WORD_PAGE.right

/** Exact body line pitch: the text block's height over 22 lines, rounded down to whole twips. */
export const LINE_TWIPS = Math.floor(
  (WORD_PAGE.height - WORD_PAGE.top - WORD_PAGE.bottom) / LINES_PER_PAGE,
)

const BODY_EM = ptToTwips(SIZE.body)
const exact = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 }

/** A block role's run font, size and first-line indent: the model's role table in Word's terms. */
function wordStyle(role: BlockRole) {
  const style = ROLE_STYLES[role]
  return {
    font: WORD_FONTS[style.font],
    size: style.sizePt,
    firstLine: style.indentChars * BODY_EM,
  }
}

/** What the file says about itself, and whether it is a draft. */
export interface DocxOptions {
  readonly title: string
  readonly author: string
  readonly isDraft: boolean
}

const run = (text: string, font: WordFont, sizePt: number, extra: { color?: string } = {}) =>
  new TextRun({ text, font: runFonts(font), size: ptToHalfPoints(sizePt), ...extra })

/** Width of text in ems of its own size: CJK and full-width forms 1, the rest ½. */
function ems(text: string): number {
  return [...text].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) > 0x2e7f ? 1 : 0.5), 0)
}

function blockParagraphs(
  block: Exclude<DocumentBlock, { kind: 'table' }>,
  before: number,
): Paragraph[] {
  switch (block.kind) {
    case 'title':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          // 标题 in 2号 with its own pitch; a blank line of body pitch below it (GB/T 9704 §7.3.3).
          spacing: {
            line: ptToTwips(SIZE.title * 1.5),
            lineRule: LineRuleType.EXACT,
            after: LINE_TWIPS,
          },
          // One run, no manual break: a title split by a line break is not found as a title by
          // readers (this app's importer included).
          children: [run(block.text, wordStyle('title').font, wordStyle('title').size)],
        }),
      ]
    case 'notice':
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: exact,
          children: [
            run(block.text, wordStyle('notice').font, wordStyle('notice').size, {
              color: 'A00000',
            }),
          ],
        }),
      ]
    case 'heading': {
      const style = wordStyle(blockRole(block))
      return [
        new Paragraph({
          keepNext: true,
          outlineLevel: block.level - 1,
          spacing: { ...exact, before },
          indent: { firstLine: style.firstLine },
          children: [run(block.text, style.font, style.size)],
        }),
      ]
    }
    case 'paragraph': {
      const style = wordStyle('paragraph')
      return [
        new Paragraph({
          alignment: AlignmentType.BOTH,
          spacing: exact,
          indent: { firstLine: style.firstLine },
          children: [run(block.text, style.font, style.size)],
        }),
      ]
    }
    case 'signature': {
      // 成文日期 右空四字; the agency centred over the date (GB/T 9704 §7.3.5.1).
      const dateRight = DATE_RIGHT_CHARS * BODY_EM
      const agencyRight = Math.max(
        0,
        Math.round(dateRight + ((ems(block.date) - ems(block.agency)) / 2) * BODY_EM),
      )
      const line = (text: string, right: number, before: number) =>
        new Paragraph({
          alignment: AlignmentType.RIGHT,
          keepNext: true,
          spacing: { ...exact, before },
          indent: { right, firstLine: 0 },
          children: [run(text, WORD_FONTS.body, SIZE.body)],
        })
      const lines = block.agency ? [line(block.agency, agencyRight, LINE_TWIPS)] : []
      return [...lines, line(block.date, dateRight, block.agency ? 0 : LINE_TWIPS)]
    }
  }
}

function pageFooter(): Footer {
  const numberRun = (children: readonly ParagraphChild[] | string[]) =>
    new TextRun({
      children: children as string[],
      font: runFonts(WORD_FONTS.pageNumber),
      size: ptToHalfPoints(SIZE.pageNumber),
    })
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [numberRun(['— ', PageNumber.CURRENT, ' —'])],
      }),
    ],
  })
}

function draftHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [run('草稿', WORD_FONTS.heading, SIZE.body, { color: 'A00000' })],
      }),
    ],
  })
}

/** Builds the .docx bytes of `blocks`. */
export async function buildReportDocx(
  blocks: readonly DocumentBlock[],
  options: DocxOptions,
): Promise<Uint8Array> {
  // Half a line of space between a table and the text after it, as in the PDF.
  const children = blocks.flatMap<Paragraph | Table>((block, i) => {
    if (block.kind === 'table') return [wordTable(block.grid, block.cells, TEXT_WIDTH)]
    const before = blocks[i - 1]?.kind === 'table' ? Math.round(LINE_TWIPS / 2) : 0
    return blockParagraphs(block, before)
  })
  const doc = new Document({
    title: options.isDraft ? `${options.title}（草稿）` : options.title,
    creator: options.author,
    // Not the docx package's “Un-named”: the agency, and the app that made the file.
    lastModifiedBy: options.author,
    description: `政府信息公开工作年度报告编辑器 ${__APP_VERSION__}`,
    subject: '政府信息公开工作年度报告',
    keywords: options.isDraft ? '政府信息公开, 年度报告, 草稿' : '政府信息公开, 年度报告',
    styles: {
      default: {
        document: {
          run: { font: runFonts(WORD_FONTS.body), size: ptToHalfPoints(SIZE.body) },
          paragraph: { spacing: exact },
        },
      },
      paragraphStyles: [TABLE_TEXT_STYLE],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: WORD_PAGE.width, height: WORD_PAGE.height },
            margin: {
              top: WORD_PAGE.top,
              bottom: WORD_PAGE.bottom,
              left: WORD_PAGE.left,
              right: WORD_PAGE.right,
              header: WORD_PAGE.header,
              footer: WORD_PAGE.footer,
            },
          },
        },
        headers: options.isDraft ? { default: draftHeader() } : undefined,
        footers: { default: pageFooter() },
        children,
      },
    ],
  })
  const overrides = [{ path: 'word/fontTable.xml', data: fontTableXml() }]
  return new Uint8Array(await Packer.toArrayBuffer(doc, false, overrides))
}

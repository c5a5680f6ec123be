/**
 * The block roles' styles as data (GB/T 9704, spec §7a): which font role, size and first-line
 * indent each text block is set in. Each renderer maps the font roles to its own faces.
 */
import type { DocumentBlock } from './blocks'
import { INDENT_CHARS, SIZE } from './page'

/** The font roles: 小标宋 title, 黑体 一、 headings, 楷体 （一） headings, 仿宋 body. */
export type FontRole = 'title' | 'heading' | 'subheading' | 'body'

/** The roles of the text blocks. */
export type BlockRole = 'title' | 'notice' | 'heading1' | 'heading2' | 'paragraph'

/** How a block role is set. */
export interface RoleStyle {
  readonly font: FontRole
  readonly sizePt: number
  readonly indentChars: number
  readonly align: 'left' | 'center'
  readonly justify: boolean
  readonly keepWithNext: boolean
}

/** Role → style, the one table the PDF and the Word file read. */
export const ROLE_STYLES: Readonly<Record<BlockRole, RoleStyle>> = {
  title: {
    font: 'title',
    sizePt: SIZE.title,
    indentChars: 0,
    align: 'center',
    justify: false,
    keepWithNext: true,
  },
  notice: {
    font: 'heading',
    sizePt: SIZE.notice,
    indentChars: 0,
    align: 'center',
    justify: false,
    keepWithNext: true,
  },
  heading1: {
    font: 'heading',
    sizePt: SIZE.body,
    indentChars: INDENT_CHARS,
    align: 'left',
    justify: false,
    keepWithNext: true,
  },
  heading2: {
    font: 'subheading',
    sizePt: SIZE.body,
    indentChars: INDENT_CHARS,
    align: 'left',
    justify: false,
    keepWithNext: true,
  },
  paragraph: {
    font: 'body',
    sizePt: SIZE.body,
    indentChars: INDENT_CHARS,
    align: 'left',
    justify: true,
    keepWithNext: false,
  },
}

/** The role of a text block (a heading by its level). */
export function blockRole(
  block: Extract<DocumentBlock, { kind: BlockRole | 'heading' }>,
): BlockRole {
  if (block.kind === 'heading') return block.level === 1 ? 'heading1' : 'heading2'
  return block.kind
}

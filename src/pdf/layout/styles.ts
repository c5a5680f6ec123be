/** The PDF's block styles: role → face, size, pitch, indent, alignment and keeping. */
import type { ReportBlock } from '../reportDocument'
import { ROLE_FACES, type FaceId } from './faces'
import { LINE_PITCH, SIZE, TITLE_PITCH } from './page'

/** How a kind of block is set: face, size, pitch, first-line indent, alignment, keeping. */
export interface BlockStyle {
  face: FaceId
  size: number
  pitch: number
  indentChars: number
  justify: boolean
  align: 'left' | 'center'
  keepWithNext: boolean
  gray?: number
}

const BODY = SIZE.body
/** The style of each block role. */
export const STYLES: Record<
  'title' | 'notice' | 'heading1' | 'heading2' | 'paragraph',
  BlockStyle
> = {
  title: {
    face: ROLE_FACES.title,
    size: SIZE.title,
    pitch: TITLE_PITCH,
    indentChars: 0,
    justify: false,
    align: 'center',
    keepWithNext: true,
  },
  notice: {
    face: ROLE_FACES.heading,
    size: SIZE.notice,
    pitch: LINE_PITCH,
    indentChars: 0,
    justify: false,
    align: 'center',
    keepWithNext: true,
    gray: 0.35,
  },
  heading1: {
    face: ROLE_FACES.heading,
    size: BODY,
    pitch: LINE_PITCH,
    indentChars: 2,
    justify: false,
    align: 'left',
    keepWithNext: true,
  },
  heading2: {
    face: ROLE_FACES.subheading,
    size: BODY,
    pitch: LINE_PITCH,
    indentChars: 2,
    justify: false,
    align: 'left',
    keepWithNext: true,
  },
  paragraph: {
    face: ROLE_FACES.body,
    size: BODY,
    pitch: LINE_PITCH,
    indentChars: 2,
    justify: true,
    align: 'left',
    keepWithNext: false,
  },
}

/** The style a text block is set in. */
export function styleOf(block: Exclude<ReportBlock, { kind: 'table' | 'signature' }>): BlockStyle {
  if (block.kind === 'heading') return block.level === 1 ? STYLES.heading1 : STYLES.heading2
  return STYLES[block.kind]
}

/** What of a style decides how a block's text breaks (the width is the page's, fixed). */
export function styleKey(style: BlockStyle): string {
  return `${style.face}/${style.size}/${style.indentChars}/${style.justify}`
}

/** The face each block kind is set in, for collecting the characters each face must hold. */
export function blockFace(block: ReportBlock): FaceId {
  return block.kind === 'table' || block.kind === 'signature'
    ? ROLE_FACES.body
    : styleOf(block).face
}

/**
 * The PDF's block styles: the model's role table (`ROLE_STYLES` of report/document) with its font
 * roles mapped to the PDF's faces, plus what only the PDF needs (pitch, the notice's grey).
 */
import { ROLE_STYLES, blockRole, type BlockRole } from '@/report/document'
import type { ReportBlock } from '../reportDocument'
import { ROLE_FACES, type FaceId } from './faces'
import { LINE_PITCH, TITLE_PITCH } from './page'

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

function pdfStyle(role: BlockRole): BlockStyle {
  const { font, sizePt, indentChars, justify, align, keepWithNext } = ROLE_STYLES[role]
  return {
    face: ROLE_FACES[font],
    size: sizePt,
    pitch: role === 'title' ? TITLE_PITCH : LINE_PITCH,
    indentChars,
    justify,
    align,
    keepWithNext,
    ...(role === 'notice' ? { gray: 0.35 } : {}),
  }
}

/** The style of each block role. */
export const STYLES: Record<BlockRole, BlockStyle> = {
  title: pdfStyle('title'),
  notice: pdfStyle('notice'),
  heading1: pdfStyle('heading1'),
  heading2: pdfStyle('heading2'),
  paragraph: pdfStyle('paragraph'),
}

/** The style a text block is set in. */
export function styleOf(block: Exclude<ReportBlock, { kind: 'table' | 'signature' }>): BlockStyle {
  return STYLES[blockRole(block)]
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

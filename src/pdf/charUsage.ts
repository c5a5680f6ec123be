/**
 * Which characters each face must hold for a report, and which characters no face has (G1).
 * Decided from the text alone, before layout, so fonts can be cut to exactly these characters.
 */
import type { ReportBlock } from './reportDocument'
import { MISSING_MARK, type FaceId } from './layout/faces'
import { pageNumberText } from '@/report/document'
import { WATERMARK } from './layout/decorations'
import { blockFace } from './layout/styles'
import type { Coverage } from './fonts/manifest'

/** Text every PDF prints besides the report: page numbers, footer and watermark. */
export const FIXED_TEXT: Partial<Record<FaceId, string>> = {
  serif: `${pageNumberText(0)}0123456789abcdef文档指纹草稿版本.${MISSING_MARK}`,
  serifBold: WATERMARK,
}

/** The texts of a block, with the face each is set in. */
export function blockTexts(block: ReportBlock): { face: FaceId; text: string }[] {
  const face = blockFace(block)
  if (block.kind !== 'table') return [{ face, text: block.text }]
  const texts = block.grid.rows.flatMap((row) =>
    row.cells.map((cell) => ('text' in cell ? cell.text : (block.cells[cell.cell] ?? ''))),
  )
  return [{ face, text: texts.join('') }]
}

/** Characters per face (the fallback face gets what the role faces lack) and those none has. */
export interface CharUsage {
  readonly faces: ReadonlyMap<FaceId, ReadonlySet<number>>
  readonly missing: ReadonlySet<number>
}

/** Sorts every character of the report into the face that will draw it. */
export function collectCharUsage(
  blocks: readonly ReportBlock[],
  coverage: Coverage,
  footer = '',
): CharUsage {
  const faces = new Map<FaceId, Set<number>>()
  const missing = new Set<number>()
  const setOf = (face: FaceId) => {
    let set = faces.get(face)
    if (!set) faces.set(face, (set = new Set()))
    return set
  }
  const fallback = coverage.get('fallback')
  const texts = [
    ...blocks.flatMap(blockTexts),
    ...(Object.entries(FIXED_TEXT) as [FaceId, string][]).map(([face, text]) => ({ face, text })),
    { face: 'serif' as const, text: footer },
  ]
  for (const { face, text } of texts) {
    const own = coverage.get(face)
    // Read by index, not `for…of`: no string per character (a long report has tens of thousands).
    for (let i = 0; i < text.length; i += 1) {
      const cp = text.codePointAt(i) as number
      if (cp > 0xffff) i += 1
      if (cp < 0x20 && cp !== 0x09) continue
      if (own?.has(cp)) setOf(face).add(cp)
      else if (cp <= 0xffff && fallback?.has(cp)) setOf('fallback').add(cp)
      else missing.add(cp)
    }
  }
  return { faces, missing }
}

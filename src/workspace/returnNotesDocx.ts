/**
 * 退回意见 as Word files: one letter per agency (its plain text, one paragraph per line) ending in
 * the 落款 (the reviewing office and the local date). Several letters in one file each start on a
 * new page (one Word section each). Made with the `docx` package, loaded on first use; fonts are
 * named, not embedded (仿宋 body).
 */
import { chineseDate } from './reviewNotesDocx'

/** One agency's 退回意见 as the reviewer left it, and who signs it on which (local) date. */
export interface ReturnNotesLetter {
  readonly text: string
  readonly reviewer: string
  readonly issuedOn: string
}

/** The .docx bytes of one or more letters (each on its own pages, each with its 落款). */
export async function buildReturnNotesDocx(letters: readonly ReturnNotesLetter[]): Promise<Blob> {
  const { AlignmentType, Document, Packer, Paragraph, SectionType, TextRun } = await import('docx')
  const font = { ascii: 'FangSong', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong' }
  const paragraph = (text: string, options: { bold?: boolean; sign?: boolean; gap?: boolean }) =>
    new Paragraph({
      spacing: { line: 560, lineRule: 'exact', before: options.gap ? 560 : 0 },
      ...(options.sign ? { alignment: AlignmentType.RIGHT } : {}),
      children: [new TextRun({ text, font, size: 32, bold: options.bold ?? false })],
    })
  const sections = letters.map((letter) => {
    const body = letter.text
      .split('\n')
      .map((line) => paragraph(line, { bold: line.startsWith('关于《') }))
    const signer = letter.reviewer.trim()
    const sign = [
      ...(signer ? [paragraph(signer, { sign: true, gap: true })] : []),
      paragraph(chineseDate(letter.issuedOn), { sign: true, gap: !signer }),
    ]
    return { properties: { type: SectionType.NEXT_PAGE }, children: [...body, ...sign] }
  })
  const document = new Document({
    creator: '政府信息公开工作年度报告审核工作台',
    title: '年度报告退回意见',
    sections,
  })
  return Packer.toBlob(document)
}

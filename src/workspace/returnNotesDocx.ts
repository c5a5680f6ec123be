/**
 * 退回意见 as a Word file: a simple document of paragraphs (one per line of the plain text),
 * made with the `docx` package, loaded on first use. Fonts are named, not embedded (仿宋 body).
 */

/** The .docx bytes of a plain-text 退回意见 (blank lines separate reports). */
export async function buildReturnNotesDocx(text: string): Promise<Blob> {
  const { Document, Packer, Paragraph, TextRun } = await import('docx')
  const font = { ascii: 'FangSong', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong' }
  const paragraphs = text.split('\n').map(
    (line) =>
      new Paragraph({
        spacing: { line: 560, lineRule: 'exact' },
        children: [
          new TextRun({
            text: line,
            font,
            size: 32,
            bold: line.startsWith('关于《'),
          }),
        ],
      }),
  )
  const document = new Document({
    creator: '政府信息公开工作年度报告审核工作台',
    title: '年度报告审核意见',
    sections: [{ children: paragraphs }],
  })
  return Packer.toBlob(document)
}

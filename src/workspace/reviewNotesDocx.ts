/**
 * A report's 审核意见 as a Word file for people, beside the §6b .json: the title, each note with
 * the place it points at, and the 落款 (the reviewing office and the local date), one file per
 * agency. Made with the `docx` package, loaded on first use; fonts are named, not embedded.
 */
import { formatReportTitle } from '@/report'
import { notePlaceLabel, type ReviewNotesFile } from '@/report/workspace/reviewNotesFile'

/** “2026年12月7日” from `YYYY-MM-DD` (the date as the reviewer's calendar showed it). */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number)
  return `${y}年${m}月${d}日`
}

/** The lines of the document, in order (exported so tests read them without unzipping). */
export function reviewNotesLines(
  file: ReviewNotesFile,
): { text: string; kind: 'title' | 'body' | 'sign' }[] {
  const title = formatReportTitle(file.agencyName.trim() || '（未填机关名称）', file.year)
  const lines: { text: string; kind: 'title' | 'body' | 'sign' }[] = [
    { text: `关于《${title}》的审核意见`, kind: 'title' },
    {
      text:
        file.notes.length > 0
          ? `经审核，该报告（第${file.report.version}版）有以下${file.notes.length}条意见，请逐条修改后重新报送：`
          : `经审核，该报告（第${file.report.version}版）未发现问题。`,
      kind: 'body',
    },
    ...file.notes.map((note, i) => ({
      text: `${i + 1}. 【${notePlaceLabel(note.path)}】${note.text}`,
      kind: 'body' as const,
    })),
  ]
  if (file.reviewer.trim()) lines.push({ text: file.reviewer.trim(), kind: 'sign' })
  lines.push({ text: chineseDate(file.issuedOn), kind: 'sign' })
  return lines
}

/** The .docx of one report's 审核意见. */
export async function buildReviewNotesDocx(file: ReviewNotesFile): Promise<Blob> {
  const { AlignmentType, Document, Packer, Paragraph, TextRun } = await import('docx')
  const font = { ascii: 'FangSong', eastAsia: '仿宋_GB2312', hAnsi: 'FangSong' }
  const paragraphs = reviewNotesLines(file).map(
    (line, i, all) =>
      new Paragraph({
        spacing: {
          line: 560,
          lineRule: 'exact',
          before: line.kind === 'sign' && all[i - 1]?.kind !== 'sign' ? 560 : 0,
        },
        alignment:
          line.kind === 'title'
            ? AlignmentType.CENTER
            : line.kind === 'sign'
              ? AlignmentType.RIGHT
              : AlignmentType.LEFT,
        children: [new TextRun({ text: line.text, font, size: 32, bold: line.kind === 'title' })],
      }),
  )
  const document = new Document({
    creator: '政府信息公开工作年度报告审核工作台',
    title: '年度报告审核意见',
    sections: [{ children: paragraphs }],
  })
  return Packer.toBlob(document)
}

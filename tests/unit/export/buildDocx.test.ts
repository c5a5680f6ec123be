// @vitest-environment jsdom
import mammoth from 'mammoth'
import { describe, expect, it } from 'vitest'
import {
  INPUT_CELLS,
  buildTable2Grid,
  buildTable3Grid,
  buildTable4Grid,
  placeGridCells,
  type ReportDraft,
  type TableGrid,
} from '@/report'
import { parseReportText } from '@/report/import'
import { buildDocumentBlocks, documentTitle, printedCells } from '@/report/document'
import { buildReportDocx } from '@/export/docx/buildDocx'
import { awkwardDraft, failingDraft, seedProseDraft, textParts } from './exportDrafts'
import { tableSlots, unzipDocx, wAll, wAttr, wChildren, xml } from './docxRead'

async function docx(draft: ReportDraft, isDraft = false) {
  const bytes = await buildReportDocx(buildDocumentBlocks(draft, isDraft), {
    title: documentTitle(draft),
    author: draft.meta.agencyName,
    isDraft,
  })
  return { bytes, parts: unzipDocx(bytes) }
}

function expectedSlots(grid: TableGrid, printed: Record<string, string>) {
  const expected = new Map<string, string>()
  for (const { row, column, cell } of placeGridCells(grid)) {
    const text = 'text' in cell ? cell.text : (printed[cell.cell] ?? '')
    for (let dr = 0; dr < cell.rowspan; dr += 1)
      for (let dc = 0; dc < cell.colspan; dc += 1) expected.set(`${row + dr},${column + dc}`, text)
  }
  return expected
}

describe('buildReportDocx', () => {
  it('is an A4 page with the GB/T 9704 margins in whole twips', async () => {
    const { parts } = await docx(seedProseDraft())
    const doc = xml(parts['word/document.xml'] ?? '')
    const sectPr = wAll(doc, 'sectPr').at(-1) as Element
    const size = wChildren(sectPr, 'pgSz')[0]
    const margin = wChildren(sectPr, 'pgMar')[0]
    // 210 × 297 mm; 37, 35, 28, 26 mm — each rounded to a whole twip (1 mm = 56.69 twips).
    expect([wAttr(size, 'w'), wAttr(size, 'h')]).toEqual(['11906', '16838'])
    expect(['top', 'bottom', 'left', 'right'].map((side) => wAttr(margin, side))).toEqual([
      '2098',
      '1984',
      '1587',
      '1474',
    ])
  })

  it('names the fonts with East Asian names and fallbacks, embedding none', async () => {
    const { parts } = await docx(seedProseDraft())
    const doc = xml(parts['word/document.xml'] ?? '')
    const fontsOf = (text: string) => {
      const t = wAll(doc, 't').find((el) => el.textContent === text)
      const rPr = t?.parentElement && wChildren(t.parentElement, 'rPr')[0]
      return [
        wAttr(rPr && wChildren(rPr, 'rFonts')[0], 'eastAsia'),
        wAttr(rPr && wChildren(rPr, 'sz')[0], 'val'),
      ]
    }
    expect(fontsOf('市知识产权事业发展中心2021年政府信息公开工作年度报告')).toEqual([
      '方正小标宋简体',
      '44',
    ])
    expect(fontsOf('一、总体情况')).toEqual(['黑体', '32'])
    expect(fontsOf('（一）主动公开情况')).toEqual(['楷体_GB2312', '32'])
    // Table cells take 仿宋 in 五号 from their paragraph style.
    const cellPara = wAll(doc, 't')
      .find((el) => el.textContent === '规章')
      ?.closest('p') as Element
    const styleId = wAttr(wChildren(wChildren(cellPara, 'pPr')[0] as Element, 'pStyle')[0], 'val')
    const style = wAll(xml(parts['word/styles.xml'] ?? ''), 'style').find(
      (el) => wAttr(el, 'styleId') === styleId,
    ) as Element
    expect(wAttr(wAll(style, 'rFonts')[0], 'eastAsia')).toBe('仿宋_GB2312')
    expect(wAttr(wAll(style, 'sz')[0], 'val')).toBe('21')
    const body = wAll(doc, 't').find((el) => el.textContent?.startsWith('本报告由'))
    const p = body?.closest('p') as Element
    const pPr = wChildren(p, 'pPr')[0] as Element
    expect(wAttr(wChildren(pPr, 'spacing')[0], 'line')).toBe('579')
    expect(wAttr(wChildren(pPr, 'spacing')[0], 'lineRule')).toBe('exact')
    expect(wAttr(wChildren(pPr, 'ind')[0], 'firstLine')).toBe('640')
    const rPr = wChildren(body?.parentElement as Element, 'rPr')[0]
    expect(wAttr(rPr && wChildren(rPr, 'rFonts')[0], 'eastAsia')).toBe('仿宋_GB2312')
    expect(wAttr(rPr && wChildren(rPr, 'sz')[0], 'val')).toBe('32')

    const table = xml(parts['word/fontTable.xml'] ?? '')
    const alt = Object.fromEntries(
      wAll(table, 'font').map((f) => [
        wAttr(f, 'name'),
        wAttr(wChildren(f, 'altName')[0], 'val') ?? '',
      ]),
    )
    expect(alt).toMatchObject({
      仿宋_GB2312: '仿宋',
      楷体_GB2312: '楷体',
      方正小标宋简体: '宋体',
      黑体: '',
      宋体: '',
    })
    expect(Object.keys(parts).filter((path) => /fonts\/|\.odttf$|\.ttf$/i.test(path))).toEqual([])
    expect(parts['word/fontTable.xml']).not.toMatch(/embed/i)
  })

  it('prints the three tables as the official grid, merged cells resolved', async () => {
    for (const draft of [seedProseDraft(), awkwardDraft()]) {
      const { parts } = await docx(draft)
      const tables = wAll(xml(parts['word/document.xml'] ?? ''), 'tbl')
      expect(tables).toHaveLength(3)
      const grids = [buildTable2Grid(), buildTable3Grid(), buildTable4Grid()]
      grids.forEach((grid, i) => {
        const tbl = tables[i] as Element
        expect(tableSlots(tbl)).toEqual(expectedSlots(grid, printedCells(draft)))
        // Column widths are whole twips that fill the 156 mm text block.
        const cols = wAll(tbl, 'gridCol').map((c) => Number(wAttr(c, 'w')))
        expect(cols).toHaveLength(grid.columns)
        expect(cols.reduce((a, b) => a + b, 0)).toBe(11906 - 1587 - 1474)
        const rows = wChildren(tbl, 'tr')
        rows.forEach((tr, r) => {
          const trPr = wChildren(tr, 'trPr')[0] as Element
          expect(wChildren(trPr, 'cantSplit'), `row ${r} never splits`).toHaveLength(1)
          const header = wChildren(trPr, 'tblHeader')[0]
          expect(header !== undefined && wAttr(header, 'val') !== 'off').toBe(r < grid.headerRows)
        })
      })
    }
  })

  it('marks a draft 草稿 in the page header, and a final report not at all', async () => {
    const draft = await docx(failingDraft(), true)
    const headers = Object.entries(draft.parts).filter(([path]) =>
      /word\/header\d*\.xml/.test(path),
    )
    expect(headers.map(([, text]) => text).join('')).toContain('草稿')
    expect(draft.parts['docProps/core.xml']).toContain('（草稿）')
    const final = await docx(awkwardDraft(), false)
    const text = Object.values(final.parts).join('')
    expect(text).not.toContain('草稿')
  })

  it('numbers pages “— N —” in 4号 宋体 in the footer', async () => {
    const { parts } = await docx(awkwardDraft())
    const footer = xml(parts['word/footer1.xml'] ?? '')
    const text = wAll(footer, 'p')
      .map((p) =>
        Array.from(p.getElementsByTagNameNS('*', '*'))
          .map((el) =>
            el.localName === 't'
              ? el.textContent
              : el.localName === 'instrText'
                ? `{${el.textContent?.trim()}}`
                : '',
          )
          .join(''),
      )
      .join('')
    expect(text).toBe('— {PAGE} —')
    for (const fonts of wAll(footer, 'rFonts')) expect(wAttr(fonts, 'eastAsia')).toBe('宋体')
    for (const sz of wAll(footer, 'sz')) expect(wAttr(sz, 'val')).toBe('28')
  })

  it('reads back (mammoth → the importer) with every cell and text part equal', async () => {
    for (const [draft, isDraft] of [
      [seedProseDraft(), false],
      [awkwardDraft(), false],
      [failingDraft(), true],
    ] as const) {
      const { bytes } = await docx(draft, isDraft)
      const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })
      const result = parseReportText('', { html })
      const printed = printedCells(draft)
      for (const cell of INPUT_CELLS) {
        expect(result.draft.cells[cell.key] ?? '', cell.key).toBe(printed[cell.key])
      }
      expect(textParts(result.draft)).toEqual(textParts(draft))
      expect(result.report.findings.map((f) => f.rule)).toEqual(isDraft ? ['R1'] : [])
    }
  })
})

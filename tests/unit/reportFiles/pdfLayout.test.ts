import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs'
import { parseReportText } from '../../../src/report/import'
import {
  joinPages,
  layoutPage,
  pageLines,
  type PageLayout,
  type PlacedText,
} from '../../../src/reportFiles/pdfLayout'

const DIR = new URL('../../fixtures/published/', import.meta.url)

/** The PDF's text as readPdf.ts builds it, with pdf.js's Node build (the app uses its worker). */
async function pdfText(name: string): Promise<string> {
  const data = new Uint8Array(readFileSync(new URL(name, DIR)))
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false }).promise
  const pages: PageLayout[] = []
  for (let n = 1; n <= doc.numPages; n += 1) {
    const content = await (await doc.getPage(n)).getTextContent()
    const items: PlacedText[] = content.items.flatMap((item) => {
      if (!('str' in item)) return []
      const t = item.transform as number[]
      const height = item.height || Math.abs(t[3] ?? 0)
      return [{ str: item.str, x: t[4] ?? 0, y: t[5] ?? 0, width: item.width, height }]
    })
    pages.push(layoutPage(items))
  }
  await doc.destroy()
  return joinPages(pages).join('\n')
}

const want = (name: string) =>
  JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as {
    cells: Record<string, string>
    stated: Record<string, string>
    narrative: Record<string, string>
    meta: Record<string, unknown>
  }

describe('PDF text layers rebuilt into lines and table rows', () => {
  it.each([
    [
      'LibreOffice’s PDF of a Word file (labels wrapped, numbers at the top)',
      'city.pdf',
      'city.expected.json',
    ],
    [
      'a PDF whose cells are separately placed items, page numbers inside table 3',
      'district.positioned.pdf',
      'district.pdf.expected.json',
    ],
    [
      'this app’s own PDF (numbers in the middle of cells, justified text, a paragraph across pages)',
      'own-output.pdf',
      'city.expected.json',
    ],
  ])(
    '%s: every cell right, nothing reported',
    async (_case, file, expectedFile) => {
      const result = parseReportText(await pdfText(file), { layout: 'pdf' })
      const expected = want(expectedFile)
      expect(result.draft.cells).toEqual({ ...result.draft.cells, ...expected.cells })
      expect(result.statedTotals).toEqual(expected.stated)
      expect(result.draft.meta).toMatchObject(expected.meta)
      expect(result.draft.narrative.overview.intro).toBe(expected.narrative.intro)
      expect(result.draft.narrative.otherMatters).toBe(expected.narrative.otherMatters)
      expect(result.report.findings).toEqual([])
      expect(result.report.found.tableSources).toEqual({
        table2: 'pdf',
        table3: 'pdf',
        table4: 'pdf',
      })
    },
    30_000,
  )

  const item = (str: string, x: number, y: number): PlacedText => ({
    str,
    x,
    y,
    width: str.length * 10,
    height: 10,
  })
  it('numbers in the middle of a row: each label line goes to the nearer row', () => {
    const lines = pageLines([
      item('1.申请人无正当理由逾期', 50, 500),
      item('不补正、行政机关不再处', 50, 488),
      ...['1', '0', '0', '0', '0', '0', '1'].map((n, i) => item(n, 300 + i * 30, 488)),
      item('理其政府信息公开申请', 50, 476),
      item('2.申请人逾期未按收费', 50, 460),
      ...['0', '0', '0', '0', '0', '0', '0'].map((n, i) => item(n, 300 + i * 30, 448)),
      item('通知要求缴纳费用', 50, 448),
      item('、行政机关不再处理', 50, 436),
    ])
    expect(lines).toEqual([
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t1\t0\t0\t0\t0\t0\t1',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理\t0\t0\t0\t0\t0\t0\t0',
    ])
  })
})

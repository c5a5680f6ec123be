// @vitest-environment jsdom
import { describe, expect, it } from 'vitest'
import {
  INPUT_CELLS,
  buildTable2Grid,
  buildTable3Grid,
  buildTable4Grid,
  placeGridCells,
  type TableGrid,
} from '@/report'
import { parseReportText } from '@/report/import'
import { DRAFT_NOTICE, buildDocumentBlocks, printedCells } from '@/report/document'
import { renderReportHtml } from '@/export/html/renderHtml'
import { awkwardDraft, failingDraft, seedProseDraft, textParts } from './exportDrafts'

const render = (draft = seedProseDraft(), isDraft = false) =>
  renderReportHtml(buildDocumentBlocks(draft, isDraft), '标题')

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html')

/** Every table cell of a parsed table by its slot: `r,c` → text, the spans resolved as HTML does. */
function slots(table: HTMLTableElement): Map<string, { text: string; tag: string }> {
  const taken = new Map<string, { text: string; tag: string }>()
  Array.from(table.rows).forEach((row, r) => {
    let c = 0
    for (const cell of Array.from(row.cells)) {
      while (taken.has(`${r},${c}`)) c += 1
      for (let dr = 0; dr < cell.rowSpan; dr += 1)
        for (let dc = 0; dc < cell.colSpan; dc += 1)
          taken.set(`${r + dr},${c + dc}`, {
            text: cell.textContent ?? '',
            tag: cell.tagName.toLowerCase(),
          })
      c += cell.colSpan
    }
  })
  return taken
}

/** The expected slots of a grid, from grid.ts's own placement (not from the renderer). */
function expectedSlots(grid: TableGrid, printed: Record<string, string>) {
  const expected = new Map<string, string>()
  for (const { row, column, cell } of placeGridCells(grid)) {
    const text = 'text' in cell ? cell.text : (printed[cell.cell] ?? '')
    for (let dr = 0; dr < cell.rowspan; dr += 1)
      for (let dc = 0; dc < cell.colspan; dc += 1) expected.set(`${row + dr},${column + dc}`, text)
  }
  return expected
}

describe('renderReportHtml', () => {
  it('reads back through the importer with every cell and text part equal', () => {
    for (const draft of [seedProseDraft(), awkwardDraft()]) {
      const { page, body, text } = render(draft)
      const printed = printedCells(draft)
      // As a saved page, and as a paste (the clipboard's text/plain with its text/html).
      for (const result of [
        parseReportText('', { html: page }),
        parseReportText(text, { html: body }),
      ]) {
        for (const cell of INPUT_CELLS) {
          expect(result.draft.cells[cell.key] ?? '', cell.key).toBe(printed[cell.key])
        }
        expect(textParts(result.draft)).toEqual(textParts(draft))
        expect(result.report.findings).toEqual([])
      }
    }
  })

  it('reads a draft back without its 草稿 notice, and with the source’s R1 finding', () => {
    const draft = failingDraft()
    const { page } = render(draft, true)
    expect(page).toContain(DRAFT_NOTICE)
    const result = parseReportText('', { html: page })
    expect(textParts(result.draft)).toEqual(textParts(draft))
    expect(result.report.findings.map((f) => f.rule)).toContain('R1')
  })

  it('is a standalone page: UTF-8, zh-CN, a title, no script, class or external resource', () => {
    const { page } = render(awkwardDraft())
    expect(page.startsWith('<!DOCTYPE html>')).toBe(true)
    const doc = parse(page)
    expect(doc.documentElement.lang).toBe('zh-CN')
    expect(doc.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8')
    expect(doc.title).toBe('标题')
    expect(doc.querySelectorAll('script, link, img, iframe, style, [class], [id]')).toHaveLength(0)
    expect(page).not.toMatch(/\b(src|href)=|url\(|@import/)
    expect(doc.querySelectorAll('h1')).toHaveLength(1)
    expect(doc.querySelectorAll('h2')).toHaveLength(6)
    expect(doc.querySelectorAll('h3')).toHaveLength(5)
  })

  it('writes user text as text, never as markup', () => {
    const doc = parse(render(awkwardDraft()).page)
    expect(doc.querySelector('main script, main b')).toBeNull()
    const texts = Array.from(doc.querySelectorAll('p'), (p) => p.textContent)
    expect(texts).toContain('<script>alert(1)</script>不是脚本，只是文字。')
    expect(texts).toContain('2023年，本县认真落实<b>政务公开</b>要求，“公开为常态、不公开为例外”。')
    expect(texts).toContain('全年共收到申请5件 & 办结5件。')
  })

  it('prints each table as the official grid: every slot, th with scope, spans exact', () => {
    const draft = seedProseDraft()
    const doc = parse(render(draft).page)
    const tables = Array.from(doc.querySelectorAll('table'))
    const grids = [buildTable2Grid(), buildTable3Grid(), buildTable4Grid()]
    expect(tables).toHaveLength(3)
    grids.forEach((grid, i) => {
      const table = tables[i] as HTMLTableElement
      const got = slots(table)
      const want = expectedSlots(grid, printedCells(draft))
      expect(new Map([...got].map(([k, v]) => [k, v.text]))).toEqual(want)
      for (const th of Array.from(table.querySelectorAll('th'))) {
        expect(['col', 'colgroup', 'row', 'rowgroup'], th.textContent ?? '').toContain(
          th.getAttribute('scope'),
        )
      }
      // Numbers are data cells; labels and headers are th.
      for (const cell of Array.from(table.querySelectorAll('td'))) {
        expect(cell.textContent).toMatch(/^(\d+(\.\d+)?)?$/)
      }
      expect(table.getAttribute('border')).toBe('1')
      for (const cell of Array.from(table.querySelectorAll('th, td'))) {
        expect(cell.getAttribute('style')).toContain('border:1px solid #000')
      }
    })
    expect(tables[1]?.querySelector('thead')?.rows).toHaveLength(3)
    expect(tables[2]?.querySelector('thead')?.rows).toHaveLength(3)
  })

  it('prints the 落款 right-aligned after 六 when 成文日期 is set, and none without it', () => {
    const withDate = Array.from(parse(render(seedProseDraft()).page).querySelectorAll('p'))
    const last = withDate.slice(-2)
    expect(last.map((p) => p.textContent)).toEqual(['市知识产权事业发展中心', '2022年1月20日'])
    for (const p of last) expect(p.getAttribute('style')).toContain('text-align:right')
    const none = render(awkwardDraft()).page
    expect(none).not.toContain('text-align:right')
  })

  it('gives a plain-text twin with one line per paragraph and tab-separated table rows', () => {
    const { text } = render(seedProseDraft())
    const lines = text.split('\n')
    expect(lines[0]).toBe('市知识产权事业发展中心2021年政府信息公开工作年度报告')
    expect(lines).toContain('规章\t2\t1\t14')
    expect(lines).toContain('行政事业性收费\t4068.208')
  })
})

// The core paths in Debian's Firefox ESR (the second engine, issue 21): edit, reload, PDF, Word,
// opening a published .pdf and .docx, the workspace with its .xlsx, and offline after
// 准备离线使用 (offlineOutputs.firefox.ts). Each file the app makes is read back (pdftotext, the .docx's XML, SheetJS).
import { execFileSync } from 'node:child_process'
import { unzipSync, strFromU8 } from 'fflate'
import type { Page } from 'puppeteer-core'
import { afterAll, describe, expect, it } from 'vitest'
import { generateDrafts } from '../e2e/support/workspaceDrafts'
import {
  cell,
  clickAction,
  closeFirefox,
  field,
  fill,
  nextDownload,
  openFirefoxApp,
  openInDialog,
  savedWith,
  workspaceReviewRows,
} from './support'

const squash = (text: string) => text.replace(/\s+/g, '')
const pdfText = (path: string) =>
  squash(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }))

// Wording, agency and year unlike the Chromium suites'.
const AGENCY = '自治县民族宗教事务局'
const INTRO = '本年度我局围绕民族团结进步创建，依法公开宗教活动场所管理和惠民政策信息。'

afterAll(closeFirefox)

async function fillReport(page: Page): Promise<void> {
  await fill(page, field('meta.agencyName'), AGENCY)
  await page.select(field('meta.year'), '2023')
  await fill(page, field('narrative.overview.intro'), INTRO)
  await page.click('[data-action="fill-zero"]')
  await savedWith(page, INTRO)
}

describe('Firefox ESR: the core paths', () => {
  it('edits, keeps the draft over a reload, makes the PDF and the Word file', async () => {
    const { page } = await openFirefoxApp()
    await fillReport(page)
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    expect(await page.$eval(field('meta.agencyName'), (el) => (el as HTMLInputElement).value)).toBe(
      AGENCY,
    )
    expect(
      await page.$eval(cell('table3.newReceived.natural'), (el) => (el as HTMLInputElement).value),
    ).toBe('0')

    const pdf = await nextDownload(page, () => clickAction(page, 'download-pdf'))
    expect(pdf.name).toMatch(/\.pdf$/)
    expect(pdfText(pdf.path)).toContain(INTRO)
    expect(pdfText(pdf.path)).toContain(`${AGENCY}2023年政府信息公开工作年度报告`)

    const docx = await nextDownload(page, () => clickAction(page, 'download-docx'))
    expect(docx.name).toMatch(/\.docx$/)
    const xml = strFromU8(
      unzipSync(new Uint8Array(docx.bytes))['word/document.xml'] ?? new Uint8Array(),
    )
    expect(xml.replace(/<[^>]+>/g, '')).toContain(AGENCY)
  })

  it('opens a published .pdf and a .docx report', async () => {
    const { page } = await openFirefoxApp()
    await openInDialog(page, 'city.pdf')
    await page.keyboard.press('Escape')
    await openInDialog(page, 'city.docx')
    // Read in the import worker (a module worker): the page itself fetched no reader.
    const onPage = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /\/(readReportFile|readPdf|readDocx)-/.test(name)),
    )
    expect(onPage).toEqual([])
  })

  it('reads draft files in the workspace and exports the review as .xlsx', async () => {
    const { server, page } = await openFirefoxApp()
    const drafts = generateDrafts(3, 2022, new Map([[1, 'R1']]))
    const rows = await workspaceReviewRows(page, server.url, drafts)
    for (const draft of drafts)
      expect(
        rows.some((row) => row['机关名称'] === draft.agencyName),
        draft.agencyName,
      ).toBe(true)
  })
})

// Offline in Firefox ESR (issue 21's held-out path, in the second engine): a first PDF over an
// office link emulated at the server (10 Mbit/s, 40 ms — BiDi has no network emulation), then
// the network cut and an edit that breaks R1 → a 草稿 PDF without 准备离线使用; and after
// 准备离线使用, with every request dropped, every output and reader. Files are read back.
import { execFileSync } from 'node:child_process'
import { strFromU8, unzipSync } from 'fflate'
import type { Page } from 'puppeteer-core'
import { afterAll, describe, expect, it } from 'vitest'
import { balancedReport } from '../e2e/support/report'
import { generateDrafts } from '../e2e/support/workspaceDrafts'
import {
  cell,
  clickAction,
  closeFirefox,
  field,
  fill,
  fillCells,
  nextDownload,
  openFirefoxApp,
  openInDialog,
  savedWith,
  serviceWorkerActive,
  workspaceReviewRows,
} from './support'

const squash = (text: string) => text.replace(/\s+/g, '')
const pdfText = (path: string) =>
  squash(execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }))

// Unlike the other suites' reports: agency, year, wording, table values.
const AGENCY = '县林业和草原局'
const INTRO = '本年度我局聚焦森林防火、古树名木保护和生态护林员管理，主动公开林木采伐许可信息。'
const PROBLEMS = '基层站所公开意识仍需加强；下一步开展专题培训。'
const OFFICE_LINK = { bitsPerSecond: 10_000_000, latencyMs: 40 }

afterAll(closeFirefox)

async function fillReport(page: Page): Promise<void> {
  await fill(page, field('meta.agencyName'), AGENCY)
  await page.select(field('meta.year'), '2025')
  await fill(page, field('narrative.overview.intro'), INTRO)
  await fill(page, field('narrative.problems'), PROBLEMS)
  await fillCells(page, balancedReport(4409))
  await savedWith(page, PROBLEMS)
}

describe('Firefox ESR: every output offline', () => {
  it('a final PDF over an office link, the network cut, an edit that breaks R1 → a 草稿 PDF, without 准备离线使用', async () => {
    const { server, page } = await openFirefoxApp({ throttle: OFFICE_LINK })
    await serviceWorkerActive(page)
    await fillReport(page)
    const started = Date.now()
    const first = await nextDownload(page, () => clickAction(page, 'download-pdf'))
    console.info(`Firefox: first PDF over 10 Mbit/s, 40 ms: ${Date.now() - started} ms`)
    expect(pdfText(first.path)).toContain(INTRO)
    expect(pdfText(first.path)).not.toContain('本报告未通过校验')
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    await nextDownload(page, () => clickAction(page, 'download-pdf'))

    server.setOffline(true)
    const natural = cell('table3.newReceived.natural')
    const broken = Number(await page.$eval(natural, (el) => (el as HTMLInputElement).value)) + 1
    await fill(page, natural, String(broken))
    await page.waitForSelector('[data-rule="R1"]')
    const draft = await nextDownload(page, () => clickAction(page, 'download-pdf'))
    expect(draft.name).toContain('草稿')
    const text = pdfText(draft.path)
    expect(text).toContain('本报告未通过校验')
    expect(text).toContain(INTRO)
    expect(await page.$('[data-notice="offline"]')).toBeNull()
  })

  it('after 准备离线使用, with every request dropped: PDF, Word, web page, .pdf and .docx opened, the workspace and its .xlsx', async () => {
    const { server, page } = await openFirefoxApp()
    await serviceWorkerActive(page)
    await clickAction(page, 'prepare-offline')
    await page.waitForSelector('[data-status="offline"][data-state="done"]', { timeout: 300_000 })
    server.setOffline(true)
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    await fillReport(page)
    const rare = '另有饕餮纹说明。' // characters no earlier PDF of this browser fetched
    await fill(page, field('narrative.otherMatters'), rare)
    await savedWith(page, rare)

    const pdf = await nextDownload(page, () => clickAction(page, 'download-pdf'))
    expect(pdfText(pdf.path)).toContain(rare)
    const docx = await nextDownload(page, () => clickAction(page, 'download-docx'))
    const xml = strFromU8(
      unzipSync(new Uint8Array(docx.bytes))['word/document.xml'] ?? new Uint8Array(),
    )
    expect(xml.replace(/<[^>]+>/g, '')).toContain(rare)
    const html = await nextDownload(page, () => clickAction(page, 'download-html'))
    expect(squash(html.bytes.toString('utf8'))).toContain(INTRO)

    await openInDialog(page, 'city.pdf')
    await page.keyboard.press('Escape')
    await openInDialog(page, 'city.docx')
    await page.keyboard.press('Escape')

    const drafts = generateDrafts(2, 2025, new Map([[0, 'R1']]))
    const rows = await workspaceReviewRows(page, server.url, drafts)
    for (const entry of drafts)
      expect(
        rows.some((row) => row['机关名称'] === entry.agencyName),
        entry.agencyName,
      ).toBe(true)
    expect(await page.$('[data-notice="offline"]')).toBeNull()
  })
})

// End-to-end tests of issue 21 in Chromium, each on its own server (nginx-like caching, the
// deployment CSP, a sub-path) whose network can be cut: a 草稿 PDF made offline after a final one
// online needs no new font piece (the app's own wording is in the faces' heads); after
// 准备离线使用, with every request dropped, every output and reader works; without it, each
// action says in plain words what it needs — never a URL, never “已损坏”, never in the header.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as XLSX from '@e965/xlsx'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { clickAction } from './support/app'
import { launchChromium } from './support/browser.mjs'
import { balancedReport, cell, field, fillCells } from './support/report'
import { DEPLOY_CSP, startStaticServer } from './support/static-server.mjs'

const dist = process.env.APP_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'offline-outputs-e2e-'))
const published = (name: string) =>
  readFileSync(new URL(`../fixtures/published/${name}`, import.meta.url))
const squash = (text: string) => text.replace(/\s+/g, '')
const pdfText = (file: string) =>
  squash(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }))

// A report unlike the other suites' (agency, wording, year), with balanced tables: final.
const AGENCY = '区市场监督管理局'
const INTRO = '本年度我局以食品安全、特种设备和价格监管为重点，推进“双随机、一公开”抽查结果公示。'
const PROBLEMS = '个别科室信息报送不及时；明年将建立月度提醒机制。'

let browser: Browser
beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

type Server = Awaited<ReturnType<typeof startStaticServer>>

async function open(
  throttle?: Parameters<typeof startStaticServer>[0]['throttle'],
): Promise<{ server: Server; context: BrowserContext; page: Page }> {
  const server = await startStaticServer({
    root: dist,
    caching: true,
    headers: { 'Content-Security-Policy': DEPLOY_CSP },
    throttle,
  })
  const context = await browser.newContext({
    locale: 'zh-CN',
    acceptDownloads: true,
    viewport: { width: 1366, height: 900 },
  })
  const page = await context.newPage()
  onTestFinished(async () => {
    await context.close()
    await server.close()
  })
  await page.goto(server.url)
  await page.waitForSelector(field('meta.agencyName'))
  // The service worker active (the app shell precached).
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
  )
  return { server, context, page }
}

async function savedWith(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => Object.values(localStorage).some((value) => value.includes(wanted)),
    text,
  )
}

async function fillReport(page: Page): Promise<void> {
  await page.fill(field('meta.agencyName'), AGENCY)
  await page.selectOption(field('meta.year'), '2024')
  await page.fill(field('narrative.overview.intro'), INTRO)
  await page.fill(field('narrative.problems'), PROBLEMS)
  await fillCells(page, balancedReport(1207))
  await savedWith(page, PROBLEMS)
}

/** Clicks a header action and saves what it downloads. */
async function download(page: Page, action: string, name: string): Promise<string> {
  // On a loaded machine the header may still be re-rendering after an edit: let it settle
  // (clickAction then opens a menu when the action is folded into one).
  await page
    .locator(`[data-action="${action}"]`)
    .first()
    .waitFor({ state: 'visible', timeout: 10_000 })
    .catch(() => undefined)
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 120_000 }),
    clickAction(page, action),
  ])
  const path = join(dir, name)
  await file.saveAs(path)
  return path
}

const headerHeight = (page: Page) =>
  page.evaluate(() => document.querySelector('header')?.getBoundingClientRect().height ?? 0)

/** Opens a published report's file in the import dialog; resolves with the dialog's answer. */
async function openInDialog(page: Page, name: string, mimeType: string): Promise<string> {
  const dialog = '[data-dialog="import"]'
  if (!(await page.isVisible(`${dialog}[open]`))) await clickAction(page, 'import')
  await page.waitForSelector(`${dialog}[open] [data-action="import-text"]`)
  await page.setInputFiles('[data-action="import-report-file"]', {
    name,
    mimeType,
    buffer: published(name),
  })
  const answer = page.locator(`${dialog} [data-panel="import-preview"], ${dialog} [role="alert"]`)
  await answer.first().waitFor({ timeout: 120_000 })
  return (await answer.first().getAttribute('data-panel')) === 'import-preview'
    ? 'preview'
    : ((await answer.first().textContent()) ?? '')
}

describe('every output offline', () => {
  it('a final PDF over an office link, the network cut, an edit that breaks R1 → a 草稿 PDF, without 准备离线使用', async () => {
    // 10 Mbit/s, 40 ms, emulated at the server (as in the Firefox suite, which has no CDP).
    const { server, page } = await open({ bitsPerSecond: 10_000_000, latencyMs: 40 })
    await fillReport(page)
    const first = await download(page, 'download-pdf', 'final.pdf')
    expect(pdfText(first)).toContain(INTRO)
    expect(pdfText(first)).not.toContain('本报告未通过校验')
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    await download(page, 'download-pdf', 'final-again.pdf')

    server.setOffline(true)
    // One cell changed so that R1 (table 3 balance) breaks: the PDF becomes a 草稿.
    const broken = Number(await page.inputValue(cell('table3.newReceived.natural'))) + 1
    await page.fill(cell('table3.newReceived.natural'), String(broken))
    const draft = await download(page, 'download-pdf', 'draft-offline.pdf')
    const text = pdfText(draft)
    expect(text).toContain('本报告未通过校验')
    expect(text).toContain(INTRO)
    expect(text).toContain('草稿')
  })

  it('after 准备离线使用, with every request dropped: PDF, Word, web page, .xlsx, a .pdf and a .docx opened', async () => {
    const { server, page } = await open()
    await clickAction(page, 'prepare-offline')
    const status = page.locator('[data-status="offline"]')
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 300_000 }).toBe('done')
    expect(await status.textContent()).toMatch(/已可离线使用：全部字体和程序文件（共 \d+\.\d MB）/)

    server.setOffline(true)
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    await fillReport(page)
    const rare = '另有饕餮纹展品说明。' // characters no earlier PDF of this browser fetched
    await page.fill(field('narrative.otherMatters'), rare)
    await savedWith(page, rare)

    expect(pdfText(await download(page, 'download-pdf', 'prepared.pdf'))).toContain(rare)
    const docx = readFileSync(await download(page, 'download-docx', 'prepared.docx'))
    expect(docx.subarray(0, 2).toString('latin1')).toBe('PK')
    const html = readFileSync(await download(page, 'download-html', 'prepared.html'), 'utf8')
    expect(squash(html)).toContain(INTRO)

    expect(await openInDialog(page, 'city.pdf', 'application/pdf')).toBe('preview')
    await page.keyboard.press('Escape')
    expect(await openInDialog(page, 'city.docx', 'application/octet-stream')).toBe('preview')
    await page.keyboard.press('Escape')

    // The workspace: its worker reads a published .pdf; the review goes out as .xlsx.
    await page.goto(`${server.url}#/workspace`)
    await page.waitForSelector('[data-view="workspace"]')
    await page.setInputFiles('[data-action="workspace-files"]', [
      { name: '市级报告.pdf', mimeType: 'application/pdf', buffer: published('city.pdf') },
    ])
    await page.waitForSelector('[data-report-row]', { timeout: 120_000 })
    const xlsx = await download(page, 'export-review', 'review.xlsx')
    const book = XLSX.read(readFileSync(xlsx))
    expect(book.SheetNames.length).toBeGreaterThan(0)
    expect(await page.locator('[data-notice="offline"]').count()).toBe(0)
  })

  it('without 准备离线使用, each action says in plain words what it needs, not in the header', async () => {
    const { server, context, page } = await open()
    await fillReport(page)
    const before = await headerHeight(page)
    server.setOffline(true)
    await context.setOffline(true)
    // The compact indicator shows before any action fails.
    await page.locator('[data-status="network"][data-state="offline"]').waitFor()
    expect(await headerHeight(page)).toBe(before)

    await clickAction(page, 'download-docx')
    const notice = page.locator('[data-notice="offline"]')
    await expect.poll(() => notice.textContent(), { timeout: 60_000 }).toMatch(/您已离线：下载Word/)
    expect(await notice.textContent()).not.toMatch(/https?:|\.js|已损坏|Failed to fetch/)
    expect(await headerHeight(page)).toBe(before)

    for (const [name, type] of [
      ['city.pdf', 'application/pdf'],
      ['city.docx', 'application/octet-stream'],
    ] as const) {
      const answer = await openInDialog(page, name, type)
      expect(answer, name).toMatch(/您已离线：打开此类文件所需的程序文件/)
      expect(answer, name).not.toMatch(/https?:|\.js|已损坏/)
    }
  })
})

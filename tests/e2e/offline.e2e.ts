// End-to-end tests of issue 13 in Chromium, each on its own server (nginx-like cache headers and
// ETags, the deployment CSP, a sub-path) whose network can be cut: the PDF is made from glyph
// pieces and fetches only those it needs; a second PDF after a reload fetches no font bytes;
// reloaded with every request dropped, the page still edits, saves and makes PDFs; 准备离线使用
// fetches every piece; a new version is announced and loads only when the user asks.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, appendFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { clickAction } from './support/app'
import { launchChromium } from './support/browser.mjs'
import { field } from './support/report'
import { DEPLOY_CSP, startStaticServer } from './support/static-server.mjs'

const dist = process.env.APP_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'offline-e2e-'))
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' })
const squash = (text: string) => text.replace(/\s+/g, '')

const AGENCY = '县住房和城乡建设局'
// Prose unlike the seed's, so the pieces fetched are not the seed's.
const INTRO = '今年我局围绕城市更新、保障性住房和建筑市场监管，依法做好政务公开，及时回应群众关切。'
const ADDED = '全年依法公开住房保障信息，回应群众关切。' // only characters already used above
const UNSEEN = '饕餮' // in no piece the PDFs above fetched

let browser: Browser

beforeAll(async () => {
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
})

type Server = Awaited<ReturnType<typeof startStaticServer>>

/** A server of `root` like the README's nginx, and a fresh browser context on it. */
async function open(
  root = dist,
): Promise<{ server: Server; context: BrowserContext; page: Page; errors: string[] }> {
  const server = await startStaticServer({
    root,
    caching: true,
    headers: { 'Content-Security-Policy': DEPLOY_CSP },
  })
  const context = await browser.newContext({ locale: 'zh-CN', acceptDownloads: true })
  const page = await context.newPage()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  onTestFinished(async () => {
    await context.close()
    await server.close()
  })
  await page.goto(server.url)
  await page.waitForSelector(field('meta.agencyName'))
  return { server, context, page, errors }
}

/** Waits until the service worker is active (the app shell precached). */
async function serviceWorkerReady(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready
    return registration.active?.state
  })
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
  )
}

async function downloadPdf(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    clickAction(page, 'download-pdf'),
  ])
  const file = join(dir, name)
  await download.saveAs(file)
  return file
}

/** Waits until the draft saved in localStorage holds `text`. */
async function savedWith(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => Object.values(localStorage).some((value) => value.includes(wanted)),
    text,
  )
}

async function fillReport(page: Page): Promise<void> {
  await page.fill(field('meta.agencyName'), AGENCY)
  await page.selectOption(field('meta.year'), '2025')
  await page.fill(field('narrative.overview.intro'), INTRO)
  await page.click('[data-action="fill-zero"]')
  await savedWith(page, INTRO)
}

const pieceRequests = (server: Server) =>
  server.requests.filter((p) => p.includes('/fonts/pieces/'))

describe('PDF fonts from glyph pieces, cached and offline', () => {
  it('fetches only the pieces a report needs, then none after a reload, and works offline', async () => {
    const { server, page, errors } = await open()
    await fillReport(page)
    await serviceWorkerReady(page)

    server.requests.length = 0
    const first = await downloadPdf(page, 'first.pdf')
    const text = squash(run('pdftotext', first, '-'))
    expect(text).toContain(`${AGENCY}2025年政府信息公开工作年度报告`)
    expect(text).toContain(INTRO)
    const fonts = run('pdffonts', first).trim().split('\n').slice(2)
    expect(fonts.length).toBeGreaterThanOrEqual(4)
    for (const line of fonts)
      expect(line, line).toMatch(/CID TrueType\s+Identity-H\s+yes\s+no\s+yes/)
    // Only some pieces, and never a whole face or HarfBuzz.
    const fetched = pieceRequests(server)
    const allPieces = readdirSync(join(dist, 'fonts/pieces')).length
    expect(fetched.length).toBeGreaterThan(5)
    expect(fetched.length).toBeLessThan(allPieces / 10)
    expect(server.requests.filter((p) => /\.(ttf|wasm)$/.test(p))).toEqual([])

    // A reload (the HTTP cache and the font cache kept): the second PDF fetches no font bytes.
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    expect(await page.inputValue(field('meta.agencyName'))).toBe(AGENCY)
    server.requests.length = 0
    const second = await downloadPdf(page, 'second.pdf')
    expect(squash(run('pdftotext', second, '-'))).toContain(INTRO)
    expect(pieceRequests(server)).toEqual([])
    expect(
      server.requests.filter((p) => p.endsWith('manifest.json') || p.endsWith('.bin')),
    ).toEqual(server.requests.filter((p) => p.endsWith('manifest.json')))

    // The network goes: every request is dropped at the server.
    server.setOffline(true)
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    expect(await page.inputValue(field('meta.agencyName'))).toBe(AGENCY)
    expect(await page.inputValue(field('narrative.overview.intro'))).toBe(INTRO)
    await page.fill(field('narrative.overview.intro'), INTRO + ADDED)
    await savedWith(page, INTRO + ADDED)
    const offline = await downloadPdf(page, 'offline.pdf')
    expect(squash(run('pdftotext', offline, '-'))).toContain(INTRO + ADDED)
    expect(run('pdffonts', offline)).toMatch(/Identity-H\s+yes\s+no\s+yes/)

    // A character whose piece was never fetched: the PDF cannot be made, and the page says why.
    await page.fill(field('narrative.problems'), UNSEEN)
    await clickAction(page, 'download-pdf')
    // In plain words (issue 21): offline, the characters named, the way out; no URL.
    const alert = page.locator('.pdf-actions__error[role="alert"]')
    await expect
      .poll(() => alert.textContent(), { timeout: 30_000 })
      .toMatch(/您已离线.*准备离线使用/)
    expect(await alert.textContent()).toContain('饕')
    expect(await alert.textContent()).not.toMatch(/\/fonts\/|\.bin|已损坏/)
    await savedWith(page, UNSEEN)

    // Reloaded offline once more: everything typed is still there.
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    expect(await page.inputValue(field('narrative.overview.intro'))).toBe(INTRO + ADDED)
    expect(await page.inputValue(field('narrative.problems'))).toBe(UNSEEN)
    expect(errors).toEqual([])
  })

  it('准备离线使用 fetches every face in one pack with progress; offline, any character then prints', async () => {
    const { server, page, errors } = await open()
    await fillReport(page)
    await serviceWorkerReady(page)
    server.requests.length = 0
    await clickAction(page, 'prepare-offline')
    const status = page.locator('[data-status="offline"]')
    await expect.poll(() => status.getAttribute('data-state'), { timeout: 120_000 }).toBe('done')
    expect(await status.textContent()).toMatch(/已可离线使用/)
    const manifest = JSON.parse(readFileSync(join(dist, 'fonts/manifest.json'), 'utf8')) as {
      faces: Record<string, { pack: { file: string } }>
    }
    const packs = Object.values(manifest.faces).map((face) => `/fonts/${face.pack.file}`)
    expect(packs.length).toBe(5)
    // Five downloads, not thousands of pieces.
    const fetched = [...new Set(pieceRequests(server))]
    expect(fetched.length).toBe(5)
    for (const pack of packs)
      expect(
        fetched.some((path) => path.endsWith(pack)),
        pack,
      ).toBe(true)

    server.setOffline(true)
    await page.reload()
    await page.waitForSelector(field('meta.agencyName'))
    const rare = `${UNSEEN}与堃喆` // 堃喆: the fallback face (beyond GB 2312)
    await page.fill(field('narrative.problems'), rare)
    await savedWith(page, rare)
    const file = await downloadPdf(page, 'prepared.pdf')
    expect(squash(run('pdftotext', file, '-'))).toContain(rare)
    expect(errors).toEqual([])
  })

  it('announces a new version and reloads only when the user asks', async () => {
    const root = join(dir, 'dist-copy')
    cpSync(dist, root, { recursive: true })
    const { page } = await open(root)
    await serviceWorkerReady(page)
    await page.reload() // now controlled by the service worker
    await page.waitForSelector(field('meta.agencyName'))
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1))

    // A new deployment: sw.js changes. The user is typing when the page learns of it.
    appendFileSync(join(root, 'sw.js'), '\n// a new version\n')
    await page.click(field('narrative.overview.intro'))
    await page.keyboard.type('正在输入')
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update())
    const notice = page.locator('[data-status="update"]')
    await notice.waitFor({ timeout: 30_000 })
    expect(await notice.textContent()).toMatch(/新版本已可用/)
    // Nothing reloaded under the typing user: same page, same focus, the text as typed.
    await page.keyboard.type('，继续')
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-field'))).toBe(
      'narrative.overview.intro',
    )
    expect(await page.inputValue(field('narrative.overview.intro'))).toBe('正在输入，继续')
    await savedWith(page, '正在输入，继续')

    await Promise.all([page.waitForEvent('load'), page.click('[data-action="reload-update"]')])
    await page.waitForSelector(field('meta.agencyName'))
    expect(
      await page.evaluate(() => (window as unknown as { marker?: number }).marker),
    ).toBeUndefined()
    expect(await page.inputValue(field('narrative.overview.intro'))).toBe('正在输入，继续')
    expect(await page.locator('[data-status="update"]').count()).toBe(0)
  })
})

// Hostile and huge files (issue 21) in Chromium: a small .docx whose text would inflate to tens
// of millions of characters and a 5 MB .txt, opened in the import dialog and in the workspace.
// Each is refused with its reason, and the page's main thread never stalls over 200 ms meanwhile
// (long tasks, measured in the page). In the dialog, reading runs in the import worker: its
// progress line shows, and 取消读取 stops it, leaving the dialog as it was.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { strToU8, zipSync } from 'fflate'
import type { Page, Route } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { clickAction, openApp } from './support/app'
import { cell } from './support/report'

/** A .docx of 20 million characters of text that zips to well under a megabyte. */
function inflatingDocx(): Buffer {
  const run = '<w:r><w:t>政府信息公开工作年度报告</w:t></w:r>'
  const body = run.repeat(Math.ceil(20_000_000 / 12))
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(`<w:document><w:body><w:p>${body}</w:p></w:body></w:document>`),
  }
  return Buffer.from(zipSync(files, { level: 9 }))
}

/** 5 MB of plain text: a report's lines repeated, as a pasted export of a whole site might be. */
function hugeText(): Buffer {
  const line = '2024年度，本机关主动公开政府信息1234条，受理政府信息公开申请56件。\n'
  return Buffer.from(line.repeat(Math.floor(5_000_000 / Buffer.byteLength(line))))
}

// Files on disk, handed over by path: a buffer would be rebuilt inside the page by the test
// harness itself, a long task of its own that says nothing about the app.
const dir = mkdtempSync(join(tmpdir(), 'hostile-files-'))
const onDisk = (name: string, make: () => Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, make())
  return path
}

/** Starts recording the page's long tasks; resolves the longest (ms) so far when called. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number }
    w.__longest = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration)
    }).observe({ type: 'longtask' })
  })
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest)
}

/** Starts recording every progress line the import dialog shows; resolves them when called. */
async function watchProgress(page: Page): Promise<() => Promise<string[]>> {
  await page.evaluate(() => {
    const w = window as unknown as { __progress: string[] }
    w.__progress = []
    // Every change is recorded, even one that lasts less than a frame.
    new MutationObserver(() => {
      const line = document.querySelector('[data-status="import-progress"]')?.textContent
      if (line && w.__progress.at(-1) !== line) w.__progress.push(line)
    }).observe(document.body, { subtree: true, childList: true, characterData: true })
  })
  return () => page.evaluate(() => (window as unknown as { __progress: string[] }).__progress)
}

/** The file readers the page itself fetched (a reading in a worker fetches them there). */
const readersOnPage = (page: Page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((name) => /\/(readReportFile|readPdf|readDocx)-/.test(name)),
  )

const PUBLISHED = new URL('../fixtures/published/', import.meta.url)
const dialog = '[data-dialog="import"]'
const fileInput = '[data-action="import-report-file"]'

/** What the import dialog shows: its text, the file it read, its alerts, its preview. */
const dialogState = (page: Page) =>
  page.$eval(dialog, (element) => ({
    text: element.querySelector('textarea')!.value,
    note: element.querySelector('.import-dialog__row')!.textContent,
    alerts: [...element.querySelectorAll('[role="alert"]')].map((alert) => alert.textContent),
    preview: element.querySelector('[data-panel="import-preview"]')?.textContent ?? null,
  }))

const FILES = [
  {
    name: '膨胀的报告.docx',
    mimeType: 'application/octet-stream',
    make: inflatingDocx,
    why: /解压后约 \d+ MB/,
  },
  { name: '整站导出.txt', mimeType: 'text/plain', make: hugeText, why: /万字上限/ },
] as const

describe('files that would freeze the tab', () => {
  it.each(FILES)(
    '$name in the import dialog: refused with why, no main-thread gap over 200 ms',
    async (file) => {
      const { page, requests } = await openApp()
      await page.waitForSelector(cell('table3.newReceived.natural'))
      await clickAction(page, 'import')
      await page.waitForSelector(`${dialog}[open] [data-action="import-text"]`)
      const longest = await watchLongTasks(page)
      const progress = await watchProgress(page)
      // From disk, as a user picks it: a buffer would be decoded from base64 by the test
      // harness's own script on the page's main thread (seconds for 5 MB), not by the app.
      await page.setInputFiles(fileInput, onDisk(file.name, file.make))
      const alert = page.locator(`${dialog} [role="alert"]`)
      await alert.waitFor({ timeout: 60_000 })
      expect(await alert.textContent()).toMatch(file.why)
      expect(await longest()).toBeLessThan(200)
      expect((await progress())[0]).toMatch(/^正在读取文件…（\d+(\.\d)? (KB|MB)）$/)
      expect(await page.locator('[data-status="import-progress"]').count()).toBe(0)
      // Refused before any reader was needed: neither the Word nor the PDF reader was fetched.
      expect(requests.filter((url) => /\/(readDocx|readPdf)-/.test(url))).toEqual([])
    },
  )

  it.each([
    ['city.docx', /^正在读取 Word 文件…$/],
    ['city.pdf', /^正在读取 PDF…第 \d+ \/ \d+ 页$/],
  ])(
    'a normal %s in the import dialog: read in the worker with progress, no gap over 200 ms',
    async (name, line) => {
      const { page } = await openApp()
      await page.waitForSelector(cell('table3.newReceived.natural'))
      await clickAction(page, 'import')
      await page.waitForSelector(`${dialog}[open] [data-action="import-text"]`)
      const longest = await watchLongTasks(page)
      const progress = await watchProgress(page)
      await page.setInputFiles(fileInput, fileURLToPath(new URL(name, PUBLISHED)))
      await page.waitForSelector(`${dialog} [data-panel="import-preview"]`, { timeout: 60_000 })
      const lines = await progress()
      expect(lines.some((seen) => line.test(seen))).toBe(true)
      expect(lines.at(-1)).toBe('正在识别报告内容…')
      expect(await page.textContent(dialog)).toContain(`已读取“${name}”`)
      // Read in the import worker: the page itself fetched no reader.
      expect(await readersOnPage(page)).toEqual([])
      expect(await longest()).toBeLessThan(200)
    },
  )

  it('a normal .docx when the import worker cannot load: read on the page all the same', async () => {
    const { page, errors } = await openApp({ blockServiceWorkers: true, allowErrors: true })
    await page.route('**/importParse.worker-*', (route) => route.abort('failed'))
    await page.waitForSelector(cell('table3.newReceived.natural'))
    await clickAction(page, 'import')
    await page.waitForSelector(`${dialog}[open] [data-action="import-text"]`)
    await page.setInputFiles(fileInput, fileURLToPath(new URL('city.docx', PUBLISHED)))
    await page.waitForSelector(`${dialog} [data-panel="import-preview"]`, { timeout: 60_000 })
    expect(await page.textContent(dialog)).toContain('已读取“city.docx”')
    expect((await readersOnPage(page)).map((url) => /\/(\w+)-/.exec(url)?.[1]).sort()).toEqual([
      'readDocx',
      'readReportFile',
    ])
    expect(errors).toEqual([])
  })

  it.each(FILES)(
    '$name in the import dialog: 取消读取 stops it, the dialog as before, nothing imported',
    async (file) => {
      // No service worker, so the route below sees the import worker's script. (Blocked,
      // the registration throws on `registration.waiting`: not this test's business.)
      const { page, errors } = await openApp({ blockServiceWorkers: true, allowErrors: true })
      await page.waitForSelector(cell('table3.newReceived.natural'))
      const before = await page.inputValue(cell('table3.newReceived.natural'))
      // The worker's first start is held until the test lets it go: the reading is then
      // certainly under way when 取消读取 is clicked, however fast this machine reads.
      let held: Route | undefined
      await page.route('**/importParse.worker-*', (route) => {
        if (held) return route.continue()
        held = route
      })
      await clickAction(page, 'import')
      await page.waitForSelector(`${dialog}[open] [data-action="import-text"]`)
      await page.fill('[data-action="import-text"]', '原有的文字')
      await page.waitForSelector(`${dialog} [data-panel="import-preview"]`)
      const stateBefore = await dialogState(page)
      const longest = await watchLongTasks(page)
      await page.setInputFiles(fileInput, onDisk(file.name, file.make))
      const progress = page.locator('[data-status="import-progress"]')
      await progress.waitFor()
      expect(await progress.textContent()).toMatch(/^正在读取文件…（\d+(\.\d)? (KB|MB)）$/)
      await expect.poll(() => held !== undefined).toBe(true)
      expect(await page.getAttribute('[data-action="import-text"]', 'readonly')).not.toBeNull()

      await page.click('[data-action="cancel-import"]')
      await progress.waitFor({ state: 'detached' })
      expect(await dialogState(page)).toEqual(stateBefore)
      expect(await page.getAttribute('[data-action="import-text"]', 'readonly')).toBeNull()
      expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe(
        'import-report-file',
      )
      // The held start belonged to the terminated worker; a new pick starts a new one and reads.
      await held!.continue().catch(() => {})
      await page.setInputFiles(fileInput, onDisk(file.name, file.make))
      const refusal = page.locator(`${dialog} .import-dialog__error`)
      await refusal.waitFor({ timeout: 60_000 })
      expect(await refusal.textContent()).toMatch(file.why)
      expect(await page.inputValue('[data-action="import-text"]')).toBe('原有的文字')
      expect(await longest()).toBeLessThan(200)

      await page.click('[data-action="import-cancel"]')
      await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' })
      expect(await page.inputValue(cell('table3.newReceived.natural'))).toBe(before)
      expect(errors).toEqual([])
    },
  )

  it('both in the workspace: each refused with why, no main-thread gap over 200 ms', async () => {
    const { page } = await openApp()
    await page.click('[data-action="open-workspace"]')
    await page.waitForSelector('[data-view="workspace"]')
    const longest = await watchLongTasks(page)
    await page.setInputFiles(
      '[data-action="workspace-files"]',
      FILES.map((file) => onDisk(file.name, file.make)),
    )
    for (const file of FILES) {
      await expect
        .poll(() => page.textContent('[data-view="workspace"]'), { timeout: 60_000 })
        .toMatch(file.why)
    }
    expect(await longest()).toBeLessThan(200)
  })
})

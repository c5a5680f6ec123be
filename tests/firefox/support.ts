// The core paths in Firefox ESR (puppeteer-core over WebDriver BiDi): opening the built app on
// its own server, typing, clicking header actions (menus too) and reading downloads back. A
// download is captured in the page — the blob a download link points at — so the bytes the app
// made are read whatever the engine does with downloads.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as XLSX from '@e965/xlsx'
import type { Browser, ElementHandle, Page } from 'puppeteer-core'
import { onTestFinished } from 'vitest'
import { launchFirefox } from '../e2e/support/browser.mjs'
import { DEPLOY_CSP, startStaticServer } from '../e2e/support/static-server.mjs'
import { draftDocument, type GeneratedDraft } from '../e2e/support/workspaceDrafts'

export const dist = process.env.APP_DIST ?? fileURLToPath(new URL('../../dist/', import.meta.url))
export const tmp = mkdtempSync(join(tmpdir(), 'firefox-e2e-'))
export const field = (key: string) => `[data-field="${key}"]`
export const cell = (key: string) => `[data-cell="${key}"]`

type Server = Awaited<ReturnType<typeof startStaticServer>>

let browser: Promise<Browser> | undefined

/** Closes the shared Firefox (afterAll). */
export async function closeFirefox(): Promise<void> {
  const pending = browser
  browser = undefined
  if (pending) await (await pending).close()
}

/** Records every blob a download link offers as { name, base64 } in window.__downloads. */
function captureDownloads() {
  const w = window as unknown as { __downloads: { name: string; base64: string }[] }
  w.__downloads = []
  const click = HTMLAnchorElement.prototype.click
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (this.download && this.href.startsWith('blob:')) {
      const name = this.download
      void fetch(this.href)
        .then((response) => response.arrayBuffer())
        .then((buffer) => {
          let binary = ''
          const bytes = new Uint8Array(buffer)
          for (let i = 0; i < bytes.length; i += 0x8000)
            binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
          w.__downloads.push({ name, base64: btoa(binary) })
        })
      return
    }
    click.call(this)
  }
}

/** The app in a fresh Firefox page on its own server (whose network can be cut or throttled). */
export async function openFirefoxApp(
  options: { throttle?: { bitsPerSecond: number; latencyMs: number } } = {},
): Promise<{ server: Server; page: Page }> {
  const server = await startStaticServer({
    root: dist,
    caching: true,
    headers: { 'Content-Security-Policy': DEPLOY_CSP },
    throttle: options.throttle,
  })
  browser ??= launchFirefox()
  const context = await (await browser).createBrowserContext()
  const page = await context.newPage()
  await page.setViewport({ width: 1366, height: 900 })
  await page.evaluateOnNewDocument(captureDownloads)
  onTestFinished(async () => {
    await context.close()
    await server.close()
  })
  await page.goto(server.url)
  await page.waitForSelector(field('meta.agencyName'))
  return { server, page }
}

/** Sets an input's or textarea's value as typing would (one input event). */
export async function fill(page: Page, selector: string, value: string): Promise<void> {
  await page.waitForSelector(selector)
  await page.$eval(
    selector,
    (element, text) => {
      const input = element as HTMLInputElement | HTMLTextAreaElement
      const proto = Object.getPrototypeOf(input) as object
      Object.getOwnPropertyDescriptor(proto, 'value')?.set?.call(input, text)
      input.dispatchEvent(new Event('input', { bubbles: true }))
      input.dispatchEvent(new Event('change', { bubbles: true }))
    },
    value,
  )
}

/** Types every value into its cell (one input event each), in one round trip. */
export async function fillCells(page: Page, values: Map<string, string>): Promise<void> {
  await page.evaluate(
    (entries) => {
      for (const [key, value] of entries) {
        const input = document.querySelector<HTMLInputElement>(`[data-cell="${key}"]`)
        if (!input) throw new Error(`no cell ${key}`)
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(
          input,
          value,
        )
        input.dispatchEvent(new Event('input', { bubbles: true }))
      }
    },
    [...values],
  )
}

/** Waits until the service worker is active (the app shell precached). */
export async function serviceWorkerActive(page: Page): Promise<void> {
  await page.waitForFunction(
    async () => (await navigator.serviceWorker.getRegistration())?.active?.state === 'activated',
    { timeout: 120_000 },
  )
}

/** Clicks a header action, opening the [data-menu] that holds it when it is folded away. */
export async function clickAction(page: Page, name: string): Promise<void> {
  const selector = `[data-action="${name}"]`
  // A closed menu keeps its actions in the page, hidden (not display:none): ask puppeteer, which
  // checks visibility and a box, not offsetParent.
  const visible = async () => (await (await page.$(selector))?.isVisible()) ?? false
  if (!(await visible())) {
    for (const opener of await page.$$('[data-menu]')) {
      if (!(await opener.isVisible())) continue
      await opener.click()
      if (await visible()) break
      await page.keyboard.press('Escape')
    }
  }
  await page.click(selector)
}

/** Waits for the page's next download after `action`; resolves with its name and bytes. */
export async function nextDownload(
  page: Page,
  action: () => Promise<void>,
  timeout = 120_000,
): Promise<{ name: string; bytes: Buffer; path: string }> {
  const count = await page.evaluate(
    () => (window as unknown as { __downloads: unknown[] }).__downloads.length,
  )
  await action()
  await page.waitForFunction(
    (n) => (window as unknown as { __downloads: unknown[] }).__downloads.length > n,
    { timeout },
    count,
  )
  const got = (await page.evaluate(
    (n) => (window as unknown as { __downloads: unknown[] }).__downloads[n],
    count,
  )) as { name: string; base64: string }
  const { name, base64 } = got
  const bytes = Buffer.from(base64, 'base64')
  const path = join(tmp, name)
  writeFileSync(path, bytes)
  return { name, bytes, path }
}

/** Waits until the draft saved in localStorage holds `text`. */
export async function savedWith(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (wanted) => Object.values(localStorage).some((value) => value.includes(wanted)),
    {},
    text,
  )
}

/** A published report's file in tests/fixtures/published. */
export const fixture = (name: string) =>
  fileURLToPath(new URL(`../fixtures/published/${name}`, import.meta.url))

/** Opens a published report's file in the import dialog; resolves once its preview shows. */
export async function openInDialog(page: Page, name: string): Promise<void> {
  const dialog = '[data-dialog="import"]'
  if (!(await page.$(`${dialog}[open]`))) await clickAction(page, 'import')
  await page.waitForSelector(`${dialog}[open] [data-action="import-text"]`)
  const input = (await page.waitForSelector(
    'input[data-action="import-report-file"]',
  )) as ElementHandle<HTMLInputElement> | null
  await input?.uploadFile(fixture(name))
  await page.waitForSelector(`${dialog} [data-panel="import-preview"]`, { timeout: 120_000 })
}

/**
 * Opens the workspace, picks the drafts as files from disk, waits for their rows and exports the
 * review: resolves with the .xlsx's first sheet as rows.
 */
export async function workspaceReviewRows(
  page: Page,
  appUrl: string,
  drafts: readonly GeneratedDraft[],
): Promise<Record<string, unknown>[]> {
  await page.goto(`${appUrl}#/workspace`)
  await page.waitForSelector('[data-view="workspace"]')
  const paths = drafts.map((draft, i) => {
    const path = join(mkdtempSync(join(tmp, 'workspace-')), draft.fileName)
    writeFileSync(path, JSON.stringify(draftDocument(draft, i)))
    return path
  })
  const input = (await page.waitForSelector(
    'input[data-action="workspace-files"]',
  )) as ElementHandle<HTMLInputElement> | null
  await input?.uploadFile(...paths)
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-report-row]').length >= n,
    { timeout: 120_000 },
    drafts.length,
  )
  const xlsx = await nextDownload(page, () => clickAction(page, 'export-review'))
  const book = XLSX.read(xlsx.bytes)
  return XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets[book.SheetNames[0] ?? '']!)
}

// Opening the built app in Chromium, one fresh context and page per test.
// The page fails its test if it requests anything from another host than the local server, or
// (unless allowed) if it logs a console error or throws an uncaught error.
import type { Browser, Page } from 'playwright-core'
import { expect, inject, onTestFinished } from 'vitest'
import { isLocalUrl, launchChromium } from './browser.mjs'

export { clickAction } from './browser.mjs'

export interface AppPage {
  page: Page
  /** The URL the app was opened at (a sub-path of the local server). */
  url: string
  /** Console errors and uncaught page errors, in order. */
  errors: string[]
  /** Requests to any other host than the local server (they are aborted). */
  foreignRequests: string[]
  /** Every request the page made. */
  requests: string[]
}

export interface OpenOptions {
  /** Do not fail the test on console errors or page errors (they are still collected). */
  allowErrors?: boolean
  /**
   * No service worker: routes then see every request. Playwright's `route()` does not see what
   * a service worker answers from its cache, so a test that breaks a script on the wire needs it.
   */
  blockServiceWorkers?: boolean
}

let browser: Promise<Browser> | undefined

export async function closeBrowser(): Promise<void> {
  const pending = browser
  browser = undefined
  if (pending) await (await pending).close()
}

/** Open the app in a fresh browser context; call it inside a test. */
export async function openApp(options: OpenOptions = {}): Promise<AppPage> {
  const origin = inject('appOrigin')
  const url = inject('appUrl')
  browser ??= launchChromium()
  const context = await (
    await browser
  ).newContext({
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    serviceWorkers: options.blockServiceWorkers ? 'block' : 'allow',
  })
  const app: AppPage = {
    page: await context.newPage(),
    url,
    errors: [],
    foreignRequests: [],
    requests: [],
  }

  await context.route('**/*', (route) => {
    const requestUrl = route.request().url()
    app.requests.push(requestUrl)
    if (isLocalUrl(requestUrl, origin)) return route.continue()
    app.foreignRequests.push(requestUrl)
    return route.abort('blockedbyclient')
  })
  app.page.on('websocket', (socket) => {
    if (!isLocalUrl(socket.url().replace(/^ws/, 'http'), origin))
      app.foreignRequests.push(socket.url())
  })
  app.page.on('console', (message) => {
    if (message.type() === 'error') app.errors.push(`console: ${message.text()}`)
  })
  app.page.on('pageerror', (error) => app.errors.push(`pageerror: ${error.message}`))

  onTestFinished(async () => {
    await context.close()
    expect(app.foreignRequests, 'requests to another host than the local server').toEqual([])
    if (!options.allowErrors) expect(app.errors, 'console errors / page errors').toEqual([])
  })

  await app.page.goto(url, { waitUntil: 'load' })
  return app
}

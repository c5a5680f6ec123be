// Launching Debian's Chromium through playwright-core, shared by the e2e tests and the bench.
// No browser download is possible on these machines; see docs/engineering-notes.md.
import { chromium } from 'playwright-core'

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
]

/** @returns {Promise<import('playwright-core').Browser>} */
export function launchChromium() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
}

/**
 * True for a URL the page may load: the local server, or a scheme that never reaches the network.
 * data:, blob: and about: are in-page; chrome: and chrome-extension: are Chromium's own resources
 * (its built-in PDF viewer loads from chrome-extension://… when a PDF is previewed in an iframe).
 * Any http(s) or ws(s) URL of another origin is foreign.
 * @param {string} url
 * @param {string} origin
 */
export function isLocalUrl(url, origin) {
  if (/^(data|blob|about|chrome|chrome-extension):/.test(url)) return true
  try {
    return new URL(url).origin === origin
  } catch {
    return false
  }
}

/**
 * Launching Debian's Firefox ESR through puppeteer-core over WebDriver BiDi (Playwright cannot
 * drive a stock Firefox): the second engine of the core paths (tests/firefox/).
 * @returns {Promise<import('puppeteer-core').Browser>}
 */
export async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core')
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    protocol: 'webDriverBiDi',
    // Downloads are captured in the page (see tests/firefox/support.ts), never saved by Firefox.
    extraPrefsFirefox: {
      'browser.download.useDownloadDir': true,
      'dom.serviceWorkers.enabled': true,
    },
  })
}

/**
 * Click the element carrying `data-action="<name>"`; when it is not visible, open each visible
 * `[data-menu]` opener in turn (spec §7: an action may sit in a menu) until it shows. Tests and
 * benches click header actions through this, so they hold however the header groups them.
 * @param {import('playwright-core').Page} page
 * @param {string} name
 * @returns {Promise<void>}
 */
export async function clickAction(page, name) {
  const target = page.locator(`[data-action="${name}"]`).first()
  const shows = (/** @type {number} */ timeout) =>
    target.waitFor({ state: 'visible', timeout }).then(
      () => true,
      () => false,
    )
  if (await shows(200)) return target.click()
  const openers = page.locator('[data-menu]')
  for (let i = 0; i < (await openers.count()); i++) {
    const opener = openers.nth(i)
    if (!(await opener.isVisible())) continue
    await opener.click()
    if (await shows(2_000)) return target.click()
    await page.keyboard.press('Escape')
  }
  throw new Error(`data-action="${name}" is neither visible nor inside any [data-menu]`)
}

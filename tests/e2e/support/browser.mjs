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

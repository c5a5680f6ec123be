// Word (.docx) and web page (.html) export (issue 14): the app's own time from the button's click
// to handing the file to the browser (first = docx package loaded on first use; later = median
// of the following ones, each after a small edit), and the file sizes, for the seed report and for
// ten times its prose. In the same run, the PDF of the same draft as the baseline (the path users
// had before). EXPORT_BENCH_GENERATIONS (default 5) makes per page and format.
import { readFileSync, statSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clickAction } from '../../tests/e2e/support/browser.mjs'

const GENERATIONS = Math.max(2, Number(process.env.EXPORT_BENCH_GENERATIONS ?? 5))
const TARGET_MS = 500
const seedModule = readFileSync(
  new URL('../../tests/unit/pdf/fixtures/seed.ts', import.meta.url),
  'utf8',
)
/** @type {{ meta: Record<string, string | number>, narrative: { overview: Record<string, string>, problems: string, otherMatters: string } }} */
const SEED = new Function(
  `return ${seedModule.slice(seedModule.indexOf('{'), seedModule.lastIndexOf('as const'))}`,
)()
const dir = mkdtempSync(join(tmpdir(), 'bench-export-'))

/** @param {import('playwright-core').Page} page @param {number} times */
async function fill(page, times) {
  const field = (/** @type {string} */ key) => `[data-field="${key}"]`
  await page.waitForSelector(field('meta.agencyName'))
  await page.fill(field('meta.agencyName'), String(SEED.meta.agencyName))
  await page.selectOption(field('meta.year'), String(SEED.meta.year))
  const repeat = (/** @type {string} */ text) => Array(times).fill(text).join('\n')
  for (const [key, text] of Object.entries(SEED.narrative.overview)) {
    await page.fill(field(`narrative.overview.${key}`), repeat(text))
  }
  await page.fill(field('narrative.problems'), repeat(SEED.narrative.problems))
  await page.fill(field('narrative.otherMatters'), repeat(SEED.narrative.otherMatters))
  await page.click('[data-action="fill-zero"]')
}

/** Records the click on an export button and the download link's click, in the page. */
async function watchHandOff(/** @type {import('playwright-core').Page} */ page) {
  await page.evaluate(() => {
    const w = /** @type {any} */ (window)
    document.addEventListener(
      'click',
      (event) => {
        const target = /** @type {Element} */ (event.target)
        if (target.closest?.('[data-action^="download-"]')) w.__clickAt = performance.now()
      },
      true,
    )
    const click = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) w.__handOffAt = performance.now()
      return click.call(this)
    }
  })
}

/** @param {import('playwright-core').Page} page @param {string} action @param {string} name */
async function timeDownload(page, action, name) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    clickAction(page, action), // the export actions sit in the 下载与发布 menu
  ])
  const ms = await page.evaluate(() => {
    const w = /** @type {any} */ (window)
    return w.__handOffAt - w.__clickAt
  })
  const file = join(dir, name)
  await download.saveAs(file)
  return { ms, bytes: statSync(file).size }
}

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b)
  return s.length % 2
    ? (s[(s.length - 1) / 2] ?? 0)
    : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2
}

/** @type {import('../types.mjs').Section} */
export default {
  name: 'export',
  title: 'Word and web page export: click → file handed to the browser (ms), file size',
  async run({ newPage, url }) {
    const rows = []
    const notes = []
    for (const [label, times] of /** @type {const} */ ([
      ['seed', 1],
      ['prose ×10', 10],
    ])) {
      const page = await newPage()
      await page.goto(url)
      await fill(page, times)
      await watchHandOff(page)
      for (const [format, action] of /** @type {const} */ ([
        ['docx', 'download-docx'],
        ['html', 'download-html'],
        ['pdf (baseline)', 'download-pdf'],
      ])) {
        /** @type {number[]} */ const ms = []
        let bytes = 0
        const generations = format.startsWith('pdf') ? 2 : GENERATIONS
        for (let g = 0; g < generations; g += 1) {
          if (g > 0) {
            // A small edit between downloads, then the autosave is waited out so it is not timed.
            await page.fill(
              '[data-field="narrative.problems"]',
              `${SEED.narrative.problems}（第${g}次修改）`,
            )
            await page.waitForTimeout(800)
          }
          const made = await timeDownload(page, action, `${label}-${g}.${format.slice(0, 4)}`)
          ms.push(made.ms)
          bytes = made.bytes
        }
        const later = median(ms.slice(1))
        rows.push([
          label,
          format,
          (ms[0] ?? 0).toFixed(0),
          later.toFixed(0),
          (bytes / 1000).toFixed(1),
        ])
        if (label === 'seed' && !format.startsWith('pdf')) {
          notes.push(
            `${format} of the seed after the first: ${later.toFixed(0)} ms (target ≤ ${TARGET_MS} ms: ${later <= TARGET_MS ? 'met' : 'NOT met'})`,
          )
        }
      }
    }
    return { head: ['report', 'format', 'first ms', 'later ms (median)', 'size kB'], rows, notes }
  },
}

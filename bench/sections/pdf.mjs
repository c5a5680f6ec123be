// PDF generation (issue 4): click-to-download time of the first and the later generations (each
// later one after a small edit of the prose, see `edit`), PDF size, peak JS heap and the worker's
// stage timings, for the seed and for ten times its prose; and,
// in the same run, the naive baseline of handing the full npm fonts straight to jsPDF
// (`?pdf-fonts=full`: the page fetches fonts/full/, which only this bench serves, and skips cuts).
// PDF_BENCH_PAGES fresh pages per row (default 3), each generating PDF_BENCH_GENERATIONS times
// (default 3: one first, the rest "later"); times are medians. PDF_BENCH_BASELINE=0 skips the
// baseline rows (quick runs while optimising).
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { FONT_SOURCES, readSourceFont } from '../../scripts/subset-fonts.mjs'
import { withPeakHeap } from '../lib/heap.mjs'
import { clickAction } from '../../tests/e2e/support/browser.mjs'

const PAGES = Number(process.env.PDF_BENCH_PAGES ?? 3)
const GENERATIONS = Math.max(2, Number(process.env.PDF_BENCH_GENERATIONS ?? 3))
const MODES =
  process.env.PDF_BENCH_BASELINE === '0'
    ? ['subset + run-time cut']
    : ['subset + run-time cut', 'baseline: full fonts']
const STAGES = ['check', 'fetch', 'cut', 'addFont', 'layout', 'draw', 'output']

const seedModule = readFileSync(
  new URL('../../tests/unit/pdf/fixtures/seed.ts', import.meta.url),
  'utf8',
)
/** @type {{ meta: Record<string, string | number>, preamble: string, narrative: { overview: Record<string, string>, problems: string, otherMatters: string } }} */
const SEED = new Function(
  `return ${seedModule.slice(seedModule.indexOf('{'), seedModule.lastIndexOf('as const'))}`,
)()
const dir = mkdtempSync(join(tmpdir(), 'bench-pdf-'))

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

/**
 * A small edit before each later generation, as a user fixing a typo between two downloads: a
 * few characters added to the first paragraph of 五、存在的主要问题, different each time, so the
 * draft (and its fingerprint, printed on every page) always changes and that paragraph, with all
 * that follows it, is laid out again. Then waits out the autosave so that it is not timed.
 * @param {import('playwright-core').Page} page @param {number} times @param {number} generation
 */
async function edit(page, times, generation) {
  const [first = '', ...rest] = Array(times).fill(SEED.narrative.problems).join('\n').split('\n')
  const edited = [`${first}（第${generation}次修改）`, ...rest].join('\n')
  await page.fill('[data-field="narrative.problems"]', edited)
  await page.waitForTimeout(800)
}

/**
 * Records, in the page, when the download button is clicked and when the app hands the file to
 * the browser (the download link's click), so the app's own time can be told from Playwright's
 * click and download-event overhead.
 * @param {import('playwright-core').Page} page
 */
async function watchHandOff(page) {
  await page.evaluate(() => {
    const w = /** @type {any} */ (window)
    document.addEventListener(
      'click',
      (event) => {
        const target = /** @type {Element} */ (event.target)
        if (target.closest?.('[data-action="download-pdf"]')) w.__pdfClickAt = performance.now()
      },
      true,
    )
    const click = HTMLAnchorElement.prototype.click
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) w.__pdfHandOffAt = performance.now()
      return click.call(this)
    }
  })
}

/** @param {import('playwright-core').Page} page @param {string} name */
async function timeDownload(page, name) {
  const started = Date.now()
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    clickAction(page, 'download-pdf'),
  ])
  const ms = Date.now() - started
  const inPage = await page.evaluate(() => {
    const w = /** @type {any} */ (window)
    return w.__pdfHandOffAt - w.__pdfClickAt
  })
  const file = join(dir, name)
  await download.saveAs(file)
  return { ms, inPage, bytes: statSync(file).size }
}

/** The worker's `pdf:<stage>` User Timing measures of the last generation, in ms. */
async function stageTimings(/** @type {import('playwright-core').Page} */ page) {
  const worker = page.workers().find((w) => w.url().includes('pdf.worker'))
  if (!worker) return {}
  const entries = await worker.evaluate(() =>
    performance.getEntriesByType('measure').map((e) => [e.name, e.duration]),
  )
  return Object.fromEntries(entries.map(([name, ms]) => [String(name).slice(4), Number(ms)]))
}

/** Serves fonts/full/ from the untouched npm fonts (LXGW's WOFF unpacked to TTF). */
async function routeFullFonts(
  /** @type {import('playwright-core').Page} */ page,
  /** @type {string} */ distDir,
) {
  const manifest = JSON.parse(readFileSync(join(distDir, 'fonts/manifest.json'), 'utf8'))
  /** @type {Record<string, Uint8Array>} */
  const full = {}
  for (const [face, source] of Object.entries(FONT_SOURCES))
    full[face] = readSourceFont(source.path)
  full.fallback = /** @type {Uint8Array} */ (full.serif)
  await page.route('**/fonts/full/**', (route) => {
    const name = new URL(route.request().url()).pathname.split('/').pop() ?? ''
    if (name === 'manifest.json') return route.fulfill({ json: manifest })
    const body = full[name.replace(/\.ttf$/, '')]
    return body ? route.fulfill({ body: Buffer.from(body) }) : route.abort()
  })
}

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
const mb = (/** @type {number} */ bytes) => (bytes / 1048576).toFixed(0)
/** @param {Record<string, number>[]} runs */
const stageLine = (runs) =>
  STAGES.map((stage) => `${stage} ${median(runs.map((r) => r[stage] ?? 0)).toFixed(0)}`).join(', ')

/** @type {import('../types.mjs').Section} */
export default {
  name: 'pdf',
  title: 'PDF generation: click → download (ms, median), PDF size, peak JS heap',
  async run({ browser, newPage, url, distDir }) {
    const rows = []
    const notes = []
    /** @type {Record<string, { first: number, later: number, kb: number }>} */
    const summary = {}
    // The baseline needs the bench-only hook (?pdf-fonts=full), compiled in only with BENCH_HOOKS=1.
    const hooked = readdirSync(join(distDir, 'assets')).some(
      (name) =>
        name.endsWith('.js') &&
        readFileSync(join(distDir, 'assets', name), 'utf8').includes('fonts/full/'),
    )
    if (!hooked)
      notes.push('baseline skipped: this build has no bench hooks (BENCH_HOOKS=1 npm run build)')
    for (const [label, times] of /** @type {const} */ ([
      ['seed', 1],
      ['prose ×10', 10],
    ])) {
      for (const mode of MODES.filter((m) => hooked || !m.startsWith('baseline'))) {
        const baseline = mode.startsWith('baseline')
        /** @type {number[]} */ const firsts = []
        /** @type {number[]} */ const seconds = []
        /** @type {number[]} */ const secondsInPage = []
        /** @type {number[]} */ const laters = []
        /** @type {number[]} */ const firstsInPage = []
        /** @type {number[]} */ const latersInPage = []
        /** @type {Record<string, number>[]} */ const firstStages = []
        /** @type {Record<string, number>[]} */ const secondStages = []
        /** @type {Record<string, number>[]} */ const laterStages = []
        let kb = 0
        let pagePeak = 0
        let workerPeak = 0
        // PAGES timed pages, then one more under the heap sampler: sampling over CDP every 20 ms
        // interrupts the worker and competes for the two cores, so its times are not used.
        for (let p = 0; p <= PAGES; p += 1) {
          const heapPass = p === PAGES
          const page = await newPage()
          if (baseline) await routeFullFonts(page, distDir)
          await page.goto(baseline ? `${url}?pdf-fonts=full` : url)
          await fill(page, times)
          await watchHandOff(page)
          const generate = async () => {
            for (let g = 0; g < GENERATIONS; g += 1) {
              if (g > 0) await edit(page, times, g)
              const { ms, inPage, bytes } = await timeDownload(
                page,
                `${label}-${baseline}-${p}-${g}.pdf`,
              )
              kb = bytes / 1024
              if (heapPass) continue
              ;(g === 0 ? firsts : laters).push(ms)
              ;(g === 0 ? firstsInPage : latersInPage).push(inPage)
              if (g === 1) {
                seconds.push(ms)
                secondsInPage.push(inPage)
              }
              const stages = await stageTimings(page)
              ;(g === 0 ? firstStages : laterStages).push(stages)
              if (g === 1) secondStages.push(stages)
            }
          }
          if (heapPass) {
            const measured = await withPeakHeap(browser, page, generate)
            pagePeak = measured.pagePeak
            workerPeak = measured.workerPeak
          } else {
            await generate()
          }
          await page.close()
        }
        const row = `${label}, ${mode}`
        summary[row] = { first: median(firsts), later: median(seconds), kb }
        rows.push([
          row,
          median(firsts),
          median(seconds),
          median(laters),
          median(firstsInPage).toFixed(0),
          median(secondsInPage).toFixed(0),
          median(latersInPage).toFixed(0),
          kb.toFixed(0),
          mb(pagePeak),
          mb(workerPeak),
        ])
        notes.push(`${row} — worker stages (ms, median), 1st: ${stageLine(firstStages)}`)
        notes.push(`${row} — worker stages (ms, median), 2nd: ${stageLine(secondStages)}`)
        notes.push(`${row} — worker stages (ms, median), later: ${stageLine(laterStages)}`)
      }
      const cut = summary[`${label}, subset + run-time cut`]
      const full = summary[`${label}, baseline: full fonts`]
      if (cut && full) {
        notes.push(
          `${label}: baseline ÷ cut — 1st ${(full.first / cut.first).toFixed(1)}×, 2nd ${(full.later / cut.later).toFixed(1)}×, size ${(full.kb / cut.kb).toFixed(1)}×`,
        )
      }
    }
    notes.push(
      '1st/2nd/later ms: Playwright click → download event; later = median of the 2nd and every ' +
        'following generation. In-page: the click event → the app ' +
        'clicking the download link (no Playwright or download-manager overhead).',
      `${PAGES} fresh page(s) per row × ${GENERATIONS} generations (1 first, ${GENERATIONS - 1} later); ` +
        'peak heap from one more page, sampled while it generates as many times (not timed).',
      'Peak heap: sampled every 20 ms over CDP — page: Performance.getMetrics JSHeapUsedSize; ' +
        'worker: its own Runtime.getHeapUsage usedSize. V8 heap only (ArrayBuffers of font and ' +
        'PDF bytes are outside it).',
      'Targets: 2nd ≤ 400 ms, 1st ≤ 1500 ms, seed PDF ≤ 250 KB; ≥3× faster, ≥2× smaller than baseline.',
    )
    return {
      head: [
        'report, fonts',
        '1st ms',
        '2nd ms',
        'later ms',
        'in-page 1st',
        'in-page 2nd',
        'in-page later',
        'PDF KB',
        'page heap MB',
        'worker heap MB',
      ],
      rows,
      notes,
    }
  },
}

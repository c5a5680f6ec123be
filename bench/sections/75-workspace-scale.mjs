// A province's scale (issue 20): 5,000 draft files in the workspace, three repeats, each in a
// fresh browser context: listed (read in the worker, stored in IndexedDB, reviewed, rendered),
// a sort and a filter (click → the next frame painted), the storage the page shows, and the page's
// JS heap. Targets on a 2-core machine: listed ≤ 15 s, sort and filter ≤ 200 ms.
// `BENCH_SCALE=<n>` lists n files instead (a quick look on a busy machine).
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { withPeakHeap } from '../lib/heap.mjs'
import { draftDocument } from './70-workspace.mjs'

const COUNT = Number(process.env.BENCH_SCALE ?? 5000)
const REPEATS = 3
const TARGETS = { listMs: 15_000, interactionMs: 200 }

const files = (/** @type {number} */ count) =>
  Array.from({ length: count }, (_, i) => {
    const doc = draftDocument(i)
    // Some resubmissions (versions) and a few broken ones, as a real batch has.
    if (i % 50 === 49) doc.meta.agencyName = `第${i - 1}号县直部门`
    const newReceived = doc.table3.newReceived
    if (i % 97 === 0 && newReceived) newReceived.natural = (newReceived.natural ?? 0) + 1
    return {
      name: `${String(i + 1).padStart(4, '0')}.json`,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(doc)),
    }
  })

/** Clicks (or selects) in the page and resolves once the frame after it is painted. */
const timeToPaint = (
  /** @type {import('playwright-core').Page} */ page,
  /** @type {string} */ selector,
  /** @type {string | null} */ option,
) =>
  page.evaluate(
    (/** @type {{ sel: string, value: string | null }} */ { sel, value }) =>
      new Promise((resolve) => {
        const element = /** @type {HTMLElement} */ (document.querySelector(sel))
        const start = performance.now()
        if (value === null) element.click()
        else {
          const select = /** @type {HTMLSelectElement} */ (element)
          select.value = value
          select.dispatchEvent(new Event('change', { bubbles: true }))
        }
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - start), 0))
      }),
    { sel: selector, value: option },
  )

const verdict = (/** @type {number} */ ms, /** @type {number} */ target) =>
  `${ms.toFixed(0)}${ms <= target ? '' : ' MISSED'}`

/** @type {import('../types.mjs').Section} */
export default {
  name: 'workspace-scale',
  title: `Workspace at a province's scale: ${COUNT} draft files, ${REPEATS} repeats`,
  async run({ newPage, url, browser }) {
    const input = files(COUNT)
    const rows = []
    let stored = ''
    for (let repeat = 1; repeat <= REPEATS; repeat += 1) {
      const page = await newPage()
      await page.goto(`${url}#/workspace`)
      await page.waitForSelector('[data-status="workspace-usage"]:has-text("工作台共有")')
      const { result: listMs, pagePeak } = await withPeakHeap(browser, page, async () => {
        const start = Date.now()
        await page.setInputFiles('[data-action="workspace-files"]', input, { timeout: 600_000 })
        // Every report read, stored and reviewed (the usage line counts them), its rows drawn.
        await page.waitForFunction(
          (n) =>
            (document.querySelector('[data-status="workspace-usage"]')?.textContent ?? '').includes(
              `共有 ${n} 份`,
            ) && document.querySelectorAll('[data-report-row]').length > 0,
          COUNT,
          { timeout: 600_000, polling: 200 },
        )
        return Date.now() - start
      })
      // Where the listing's time went, from the app's own performance measures.
      const phases = await page.evaluate(() => {
        const total = (/** @type {string} */ name) =>
          performance.getEntriesByName(name).reduce((sum, entry) => sum + entry.duration, 0)
        return { add: total('workspace:add'), rows: total('workspace:rows') }
      })
      const sortMs = await timeToPaint(page, '[data-sort="agency"]', null)
      const sortAgainMs = await timeToPaint(page, '[data-sort="errors"]', null)
      const filterMs = await timeToPaint(page, '[data-filter="rule"]', 'R1')
      const unfilterMs = await timeToPaint(page, '[data-filter="rule"]', '')
      const heap = await page.evaluate(
        () => /** @type {any} */ (performance).memory?.usedJSHeapSize ?? 0,
      )
      stored = ((await page.textContent('[data-status="workspace-usage"]')) ?? '').trim()
      rows.push([
        repeat,
        verdict(listMs, TARGETS.listMs),
        phases.add.toFixed(0),
        phases.rows.toFixed(0),
        verdict(Math.max(sortMs, sortAgainMs), TARGETS.interactionMs),
        verdict(Math.max(filterMs, unfilterMs), TARGETS.interactionMs),
        (pagePeak / 1e6).toFixed(0),
        (heap / 1e6).toFixed(0),
      ])
      await page.context().close()
    }
    const cpu = cpus()
    return {
      head: [
        'repeat',
        'listed ms',
        'app read+store ms',
        'rows+reviews ms',
        'sort ms',
        'filter ms',
        'heap peak MB',
        'heap after MB',
      ],
      rows,
      notes: [
        `machine: ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GB (free ${(freemem() / 2 ** 30).toFixed(1)} GB), load average ${loadavg()
          .map((l) => l.toFixed(1))
          .join(' ')}`,
        `storage shown: ${stored}`,
        'listed ms counts from setInputFiles (the harness sending the files to the page) to the rows drawn; app read+store is the page reading, storing them (workspace:add); rows+reviews the main thread building rows and reviewing (workspace:rows).',
        `targets: listed ≤ ${TARGETS.listMs} ms, sort and filter ≤ ${TARGETS.interactionMs} ms (click → next frame painted).`,
      ],
    }
  },
}

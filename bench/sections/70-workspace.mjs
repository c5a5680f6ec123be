// The reviewer's workspace: time to list N draft files (read in the worker, stored in IndexedDB,
// reviewed and rendered as rows), with 1 file as the baseline of the same run; the page's JS heap
// with the reports listed; and the time to sum the selected reports into a new draft (本级汇总).
// Targets (issue 15, on a 2-core machine): 60 files ≤ 3 s, 400 files ≤ 10 s.
import { TABLE3_COLUMNS, TABLE3_RESULT_ROWS } from '../../tests/e2e/support/cellKeys.mjs'
import { withPeakHeap } from '../lib/heap.mjs'

const TARGETS = /** @type {Record<number, number>} */ ({ 60: 3000, 400: 10000 })
const T4_GROUPS = ['reconsideration', 'litigationDirect', 'litigationAfterReconsideration']

/** A balanced §6 draft document, different for every `i`, with ~1,500 characters of text. */
export function draftDocument(/** @type {number} */ i) {
  /** @type {Record<string, Record<string, number>>} */
  const table3 = {}
  const row3 = (/** @type {string} */ key) => (table3[key] ??= {})
  TABLE3_COLUMNS.forEach((col, c) => {
    let results = 0
    TABLE3_RESULT_ROWS.forEach((row, r) => {
      const value = (i * 7 + r * 3 + c) % 11
      row3(row)[col] = value
      results += value
    })
    row3('carriedOver')[col] = (i + c) % 4
    row3('carriedForward')[col] = (i + c) % 3
    row3('newReceived')[col] = results + ((i + c) % 3) - ((i + c) % 4)
  })
  /** @type {Record<string, Record<string, number>>} */
  const table4 = {}
  for (const [g, group] of T4_GROUPS.entries())
    table4[group] = { upheld: (i + g) % 3, corrected: i % 2, other: 0, pending: g }
  const text = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续推进政务公开。'.repeat(8)
  return {
    kind: 'zfxxgk-annual-report',
    format: '2021',
    schemaVersion: 2,
    meta: {
      agencyName: `第${i}号县直部门`,
      year: 2026,
      level: '县级',
      websiteName: '',
      websiteUrl: '',
      address: '',
      phone: '',
      issuedOn: null,
    },
    preamble: null,
    narrative: {
      overview: {
        intro: text,
        proactive: text,
        onRequest: text,
        management: '',
        platform: '',
        oversight: '',
      },
      problems: `一是${text}二是解读形式较为单一。下一步将加强培训。`,
      otherMatters: '无。',
    },
    table2: {
      regulations: { issued: 0, repealed: 0, inForce: 0 },
      normativeDocuments: { issued: i % 5, repealed: 0, inForce: 10 + (i % 5) },
      licensing: { decisions: i },
      punishment: { decisions: i % 13 },
      coercion: { decisions: 0 },
      fees: { amountWan: `${i % 7}.${String(i % 1000).padStart(3, '0')}` },
    },
    table3,
    table4,
  }
}

const files = (/** @type {number} */ count) =>
  Array.from({ length: count }, (_, i) => ({
    name: `${String(i + 1).padStart(3, '0')}.json`,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(draftDocument(i))),
  }))

/** @type {import('../types.mjs').Section} */
export default {
  name: 'workspace',
  title: 'Workspace: list N draft files, heap, 本级汇总 (baseline: 1 file)',
  async run({ newPage, url, browser }) {
    const rows = []
    const notes = []
    for (const count of [1, 60, 400]) {
      const page = await newPage()
      await page.goto(`${url}#/workspace`)
      await page.waitForSelector('[data-status="workspace-usage"]:has-text("工作台共有")')
      const input = files(count)
      const {
        result: listMs,
        pagePeak,
        workerPeak,
      } = await withPeakHeap(browser, page, async () => {
        const start = Date.now()
        await page.setInputFiles('[data-action="workspace-files"]', input)
        // The list draws 100 rows at a time: every file is listed when the count says so.
        await page.waitForFunction(
          (n) =>
            document
              .querySelector('[data-status="workspace-usage"]')
              ?.textContent?.includes(`工作台共有 ${n} 份报告`) &&
            document.querySelectorAll('[data-report-row]').length === Math.min(n, 100),
          count,
          { timeout: 120_000, polling: 50 },
        )
        return Date.now() - start
      })
      const heap = await page.evaluate(() => {
        const memory = /** @type {any} */ (performance).memory
        return memory ? memory.usedJSHeapSize : 0
      })
      const stored = (await page.textContent('[data-status="workspace-usage"]')) ?? ''
      const startAggregate = Date.now()
      await page.click('[data-action="aggregate"]')
      await page.fill('[data-field="aggregate.agencyName"]', '某县人民政府')
      await page.click('[data-action="aggregate-confirm"]')
      await page.waitForSelector('[data-status="summed-from"]')
      const aggregateMs = Date.now() - startAggregate
      const target = TARGETS[count]
      rows.push([
        count,
        listMs,
        target ? `${target} (${listMs <= target ? 'met' : 'MISSED'})` : 'baseline',
        (pagePeak / 1e6).toFixed(1),
        (heap / 1e6).toFixed(1),
        (workerPeak / 1e6).toFixed(1),
        aggregateMs,
      ])
      notes.push(`${count} files: ${stored.trim()}`)
    }
    return {
      head: [
        'files',
        'listed ms',
        'target ms',
        'page heap peak MB',
        'page heap after MB',
        'worker heap peak MB',
        'aggregate ms',
      ],
      rows,
      notes: [
        ...notes,
        'listed: setInputFiles → every file counted and the first 100 rows drawn (read in the worker, fingerprinted, stored in IndexedDB, reviewed).',
        'aggregate: click 汇总 → dialog → confirm → the summed draft open in the editor (includes opening the dialog and saving the draft).',
      ],
    }
  },
}

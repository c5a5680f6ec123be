// Ledger (issue 23, spec §6c): a 5,000-row .xlsx ledger read with SheetJS, its header and columns
// found, its wordings placed and table 3 counted — the whole path behind 从台账统计 — in Node,
// loaded from TypeScript through Vite's SSR loader. Median and p95 of 10 runs after 2 warm-ups.
// Target: ≤ 2,000 ms. Runs inside `npm run bench` or alone: `node bench/sections/ledger.mjs`.
import { pathToFileURL } from 'node:url'
import { stats, withTsModules } from '../support/node-stats.mjs'

const ROWS = 5000
const WARMUP = 2
const RUNS = 10
const TARGET_MS = 2000

async function measure() {
  return withTsModules(async (load) => {
    const { readLedgerWorkbook } = await load('/src/ledgerFiles/readLedgerWorkbook.ts')
    const { countLedger, findLedgerLayout } = await load('/src/report/ledger/index.ts')
    const { largeLedger } = await load('/tests/fixtures/ledgers/ledgerFixtures.ts')
    const bytes = largeLedger(ROWS)
    const once = async () => {
      const sheets = await readLedgerWorkbook('台账.xlsx', bytes)
      const layout = findLedgerLayout('applications', sheets)
      const counted = countLedger({
        kind: 'applications',
        sheet: sheets[layout.sheet],
        headerRow: layout.headerRow,
        columns: layout.columns,
        year: 2025,
        answers: {},
      })
      if (counted.rowsRead !== ROWS) throw new Error(`read ${counted.rowsRead} rows of ${ROWS}`)
      return counted
    }
    for (let i = 0; i < WARMUP; i += 1) await once()
    const times = []
    for (let i = 0; i < RUNS; i += 1) {
      const t0 = performance.now()
      await once()
      times.push(performance.now() - t0)
    }
    const { median, p95 } = stats(times)
    return {
      head: ['ledger', 'bytes', 'median ms', 'p95 ms'],
      rows: [[`${ROWS} rows .xlsx`, bytes.length, median.toFixed(1), p95.toFixed(1)]],
      notes: [
        `read + layout + placing + counting; target ≤ ${TARGET_MS} ms: ` +
          (p95 <= TARGET_MS ? 'met' : 'MISSED'),
      ],
    }
  })
}

/** @type {import('../types.mjs').Section} */
export default {
  name: 'ledger',
  title: 'Ledger: 5,000-row .xlsx read, mapped and counted in Node (median / p95)',
  run: () => measure(),
}

/** Runs the section on its own, printing its table. */
export async function run({ log = console.log } = {}) {
  const { head, rows, notes } = await measure()
  log(head.join('\t'))
  for (const row of rows) log(row.join('\t'))
  for (const note of notes) log(note)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run()

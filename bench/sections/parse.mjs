// Import parsing speed: parseReportText (src/report/import) in Node, loaded from TypeScript through
// Vite's SSR loader. Median and p95 of ≥30 runs after warm-up, for the seed, a text ten times the
// seed's length, and the HTML and collapsed-digits fixtures. Target: seed ≤ 50 ms.
// Runs inside `npm run bench` (needs no browser) or alone: `node bench/sections/parse.mjs`.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { time as timeRuns, withTsModules } from '../support/node-stats.mjs'

const WARMUP = 5
const RUNS = 30
const TARGET_MS = 50

const read = (/** @type {string} */ path) =>
  readFileSync(new URL(path, new URL('../../', import.meta.url)), 'utf8')

/**
 * The seed with its narrative repeated until the text is ten times as long.
 * @param {string} seed
 */
function tenTimesSeed(seed) {
  const lines = seed.split('\n')
  const start = lines.findIndex((line) => line.trim() === '一、总体情况') + 1
  const end = lines.findIndex((line) => line.trim() === '（一）主动公开情况')
  const intro = lines.slice(start, end)
  const extra = []
  while (seed.length + extra.join('\n').length < seed.length * 10) extra.push(...intro)
  return [...lines.slice(0, end), ...extra, ...lines.slice(end)].join('\n')
}

/**
 * Times `parse(input)` RUNS times after WARMUP runs.
 * @param {(input: string) => unknown} parse
 * @param {string} input
 */
function time(parse, input) {
  return timeRuns(() => parse(input), { warmup: WARMUP, runs: RUNS })
}

async function measure() {
  return withTsModules(async (load) => {
    const { parseReportText } = await load('/src/report/import/index.ts')
    const seed = read('tests/fixtures/seed-report-2021.txt')
    const long = tenTimesSeed(seed)
    const collapsed = read('tests/fixtures/import/report.collapsed.txt')
    const html = read('tests/fixtures/import/report.html.txt')
    const text = (/** @type {string} */ input) => parseReportText(input)
    /** @type {[string, string, (input: string) => unknown][]} */
    const cases = [
      ['seed (one cell per line)', seed, text],
      ['seed ×10 length', long, text],
      ['fixture: collapsed digits', collapsed, text],
      [
        'fixture: HTML tables',
        html,
        (/** @type {string} */ input) => parseReportText('', { html: input }),
      ],
    ]
    const rows = cases.map(([label, input, parse]) => {
      const { median, p95 } = time(parse, input)
      return [label, input.length, median.toFixed(2), p95.toFixed(2)]
    })
    const seedMedian = Number(rows[0]?.[2])
    return {
      head: ['input', 'chars', 'median ms', 'p95 ms'],
      rows,
      notes: [
        `${RUNS} runs each after ${WARMUP} warm-up runs; seed target ≤ ${TARGET_MS} ms: ` +
          (seedMedian <= TARGET_MS ? 'met' : 'MISSED'),
      ],
    }
  })
}

/** @type {import('../types.mjs').Section} */
export default {
  name: 'import-parse',
  title: 'Import: parseReportText in Node (median / p95)',
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

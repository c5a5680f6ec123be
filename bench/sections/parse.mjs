// Import parsing speed: parseReportText (src/report/import) in Node, loaded from TypeScript through
// Vite's SSR loader. Median and p95 of ≥30 runs after warm-up, for the seed, a text ten times the
// seed's length, and the HTML and collapsed-digits fixtures. Target: seed ≤ 50 ms.
// Runs inside `npm run bench` (needs no browser) or alone: `node bench/sections/parse.mjs`.
import { readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { createServer } from 'vite'

const root = fileURLToPath(new URL('../../', import.meta.url))
const WARMUP = 5
const RUNS = 30
const TARGET_MS = 50

const read = (path) => readFileSync(new URL(path, new URL('../../', import.meta.url)), 'utf8')

/** The seed with its narrative repeated until the text is ten times as long. */
function tenTimesSeed(seed) {
  const lines = seed.split('\n')
  const start = lines.findIndex((line) => line.trim() === '一、总体情况') + 1
  const end = lines.findIndex((line) => line.trim() === '（一）主动公开情况')
  const intro = lines.slice(start, end)
  const extra = []
  while (seed.length + extra.join('\n').length < seed.length * 10) extra.push(...intro)
  return [...lines.slice(0, end), ...extra, ...lines.slice(end)].join('\n')
}

function stats(times) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
  return { median: at(0.5), p95: at(0.95) }
}

/** Times `parse(input)` RUNS times after WARMUP runs. */
function time(parse, input) {
  for (let i = 0; i < WARMUP; i += 1) parse(input)
  const times = []
  for (let i = 0; i < RUNS; i += 1) {
    const t0 = performance.now()
    parse(input)
    times.push(performance.now() - t0)
  }
  return stats(times)
}

async function measure() {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    const { parseReportText } = await server.ssrLoadModule('/src/report/import/index.ts')
    const seed = read('tests/fixtures/seed-report-2021.txt')
    const long = tenTimesSeed(seed)
    const collapsed = read('tests/fixtures/import/report.collapsed.txt')
    const html = read('tests/fixtures/import/report.html.txt')
    const text = (input) => parseReportText(input)
    const cases = [
      ['seed (one cell per line)', seed, text],
      ['seed ×10 length', long, text],
      ['fixture: collapsed digits', collapsed, text],
      ['fixture: HTML tables', html, (input) => parseReportText('', { html: input })],
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
  } finally {
    await server.close()
  }
}

/** @type {import('./types.mjs').Section} */
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

// Benchmarks of the built app in Chromium:
//   `npm run bench [-- <section-name-filter>] [--json] [--repeats=N]`.
// It prints the machine first and runs each section N times (3 by default): a number that
// varies between runs is shown as `min / median`, since one run on a shared machine says little.
// Builds dist/ if it is missing, serves it like the e2e tests do, then runs every section module
// in bench/sections/*.mjs (in file-name order). A section exports default (types in bench/types.mjs)
//   { name: string, title: string, run(ctx) => Promise<{ head: string[], rows: unknown[][], notes?: string[] }> }
// where ctx = { browser, url, origin, distDir, newPage() } and newPage() opens the app in a fresh
// context (closed at the end of the section).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import { cpus, freemem, loadavg, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { launchChromium } from '../tests/e2e/support/browser.mjs'
import { startStaticServer } from '../tests/e2e/support/static-server.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
// APP_DIST benchmarks another build (e.g. a stub app to check the harness itself).
const distDir = process.env.APP_DIST ?? fileURLToPath(new URL('../dist/', import.meta.url))
const sectionsDir = fileURLToPath(new URL('./sections/', import.meta.url))
const args = process.argv.slice(2)
const asJson = args.includes('--json')
const filters = args.filter((arg) => !arg.startsWith('--'))
const repeatsArg = args.find((arg) => arg.startsWith('--repeats='))
const repeats = Math.max(1, Number(repeatsArg?.slice('--repeats='.length) ?? 3) || 1)

if (!existsSync(join(distDir, 'index.html'))) {
  console.log('dist/ is missing: building it (with the bench hooks, BENCH_HOOKS=1)')
  const build = spawnSync('npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, BENCH_HOOKS: '1' },
  })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const files = readdirSync(sectionsDir)
  .filter((name) => name.endsWith('.mjs'))
  .sort()
/** @type {import('./types.mjs').Section[]} */
const sections = []
for (const name of files) {
  const section = (await import(pathToFileURL(sectionsDir + name).href)).default
  if (typeof section?.run !== 'function')
    throw new Error(`bench/sections/${name}: no default section`)
  if (!filters.length || filters.some((filter) => section.name.includes(filter)))
    sections.push(section)
}

// Cross-origin isolation gives performance.now() a 5 µs resolution instead of 100 µs.
const server = await startStaticServer({
  root: distDir,
  headers: {
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
  },
})
const browser = await launchChromium()
const machine = describeMachine(browser.version())
if (!asJson)
  console.log(`# Machine\n${machine}\nRepeats: ${repeats} (varying numbers: min / median)`)
const results = []
let failed = false
try {
  for (const section of sections) {
    /** @type {import('playwright-core').BrowserContext[]} */
    const contexts = []
    const ctx = {
      browser,
      url: server.url,
      origin: server.origin,
      distDir,
      newPage: async () => {
        const context = await browser.newContext({ locale: 'zh-CN' })
        contexts.push(context)
        return context.newPage()
      },
    }
    try {
      const runs = []
      for (let i = 0; i < repeats; i += 1) runs.push(await section.run(ctx))
      const result = combineRuns(runs)
      results.push({ name: section.name, repeats, ...result, runs })
      if (!asJson) print(section.title, result)
    } catch (error) {
      failed = true
      results.push({ name: section.name, error: String(error) })
      console.error(
        `\n## ${section.title}: FAILED\n${error instanceof Error ? error.stack : error}`,
      )
    } finally {
      await Promise.all(contexts.map((context) => context.close()))
    }
  }
} finally {
  await browser.close()
  await server.close()
}
if (asJson) console.log(JSON.stringify({ machine, repeats, results }, null, 2))
process.exit(failed ? 1 : 0)

/** @param {string} title @param {import('./types.mjs').SectionResult} result */
function print(title, { head, rows, notes = [] }) {
  const table = [head, ...rows].map((row) => row.map((value) => String(value)))
  const widths = head.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)))
  const line = (/** @type {string[]} */ row) =>
    row
      .map((value, i) => (i === 0 ? value.padEnd(widths[i] ?? 0) : value.padStart(widths[i] ?? 0)))
      .join('  ')
  console.log(`\n## ${title}`)
  console.log(line(table[0] ?? []))
  console.log(widths.map((width) => '-'.repeat(width)).join('  '))
  for (const row of table.slice(1)) console.log(line(row))
  for (const note of notes) console.log(note)
}

/** The machine the numbers come from: CPU, cores, load, memory, Node and Chromium. */
function describeMachine(/** @type {string} */ chromium) {
  const cpu = cpus()
  const gib = (/** @type {number} */ bytes) => (bytes / 2 ** 30).toFixed(1)
  return [
    `CPU: ${cpu[0]?.model ?? 'unknown'} × ${cpu.length}`,
    `Load average (1/5/15 min): ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' / ')}`,
    `Memory: ${gib(freemem())} GiB free of ${gib(totalmem())} GiB`,
    `Node ${process.version}, Chromium ${chromium}`,
  ].join('\n')
}

/**
 * One table from repeated runs of a section: each cell that is a number (with the same unit
 * text after it) in every run and not the same every time becomes `min / median`.
 * @param {import('./types.mjs').SectionResult[]} runs
 * @returns {import('./types.mjs').SectionResult}
 */
function combineRuns(runs) {
  // Declared here, not at module level: sections run before the module's last lines do.
  const NUMBER = /^(-?\d+(?:\.\d+)?)(.*)$/s
  const [first, ...rest] = runs
  if (!first || rest.length === 0) return /** @type {any} */ (first)
  const rows = first.rows.map((row, i) =>
    row.map((value, j) => {
      const texts = runs.map((run) => String(run.rows[i]?.[j] ?? ''))
      const parsed = texts.map((text) => NUMBER.exec(text.trim()))
      if (parsed.some((m) => !m) || new Set(texts).size === 1) return value
      const unit = parsed[0]?.[2] ?? ''
      if (parsed.some((m) => m?.[2] !== unit)) return value
      const decimals = Math.max(...parsed.map((m) => (m?.[1]?.split('.')[1] ?? '').length))
      const numbers = parsed.map((m) => Number(m?.[1])).sort((a, b) => a - b)
      const mid = numbers.length >> 1
      const median =
        numbers.length % 2
          ? (numbers[mid] ?? 0)
          : ((numbers[mid - 1] ?? 0) + (numbers[mid] ?? 0)) / 2
      const format = (/** @type {number} */ n) => `${n.toFixed(decimals)}${unit}`
      return `${format(numbers[0] ?? 0)} / ${format(median)}`
    }),
  )
  return { ...first, rows, notes: [...(first.notes ?? []), `(${runs.length} runs: min / median)`] }
}

// Benchmarks of the built app in Chromium: `npm run bench [-- <section-name-filter>] [--json]`.
// Builds dist/ if it is missing, serves it like the e2e tests do, then runs every section module
// in bench/sections/*.mjs (in file-name order). A section exports default (types in bench/types.mjs)
//   { name: string, title: string, run(ctx) => Promise<{ head: string[], rows: unknown[][], notes?: string[] }> }
// where ctx = { browser, url, origin, distDir, newPage() } and newPage() opens the app in a fresh
// context (closed at the end of the section).
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
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
      const result = await section.run(ctx)
      results.push({ name: section.name, ...result })
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
if (asJson) console.log(JSON.stringify(results, null, 2))
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

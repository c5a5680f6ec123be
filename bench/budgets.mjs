// Size budgets of a build (issue 21): `npm run budgets [-- --dist DIR] [--no-pdf] [--json]`.
// Measures dist/ — the first load, the PDF worker, the precache (all gzip -9, from the files
// themselves) and the bytes a first PDF of the seed fetches (gzip as sent, in Chromium) — prints
// them beside the budgets and the last release's figures (bench/last-release.json), and exits
// non-zero when one is over its budget, so CI fails on a regression. `npm run bench` prints the
// same table (bench/sections/00-budgets.mjs).
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { measureBudgets, budgetTable } from './lib/budgets.mjs'

const args = process.argv.slice(2)
const at = args.indexOf('--dist')
const distDir = at >= 0 ? String(args[at + 1]) : fileURLToPath(new URL('../dist/', import.meta.url))
const figures = await measureBudgets(distDir, { pdf: !args.includes('--no-pdf') })
if (args.includes('--json')) {
  console.log(JSON.stringify(figures, null, 2))
  process.exit(0)
}
const last = JSON.parse(readFileSync(new URL('./last-release.json', import.meta.url), 'utf8'))
const { lines, over } = budgetTable(figures, last)
console.log(lines.join('\n'))
if (over.length) {
  console.error(`over budget: ${over.join(', ')}`)
  process.exit(1)
}

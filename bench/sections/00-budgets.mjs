// The size budgets of issue 21 (bench/lib/budgets.mjs, as `npm run budgets` checks them in CI):
// this build's figures beside the budgets and the last release's (bench/last-release.json).
import { readFileSync } from 'node:fs'
import { BUDGETS, LABELS, measureBudgets } from '../lib/budgets.mjs'

const kb = (/** @type {number | null | undefined} */ bytes) =>
  bytes === null || bytes === undefined ? '—' : (bytes / 1000).toFixed(1)

/** @type {import('../types.mjs').Section} */
export default {
  name: 'budgets',
  title: 'Size budgets (KB = 1000 B; gzip -9 of the files, first PDF as sent)',
  async run({ distDir }) {
    const figures = await measureBudgets(distDir)
    const last = JSON.parse(readFileSync(new URL('../last-release.json', import.meta.url), 'utf8'))
    const rows = Object.entries(BUDGETS).map(([key, budget]) => {
      const value = figures[/** @type {keyof typeof BUDGETS} */ (key)]
      return [
        LABELS[/** @type {keyof typeof LABELS} */ (key)],
        kb(budget),
        kb(value),
        kb(last[key]),
        value !== null && value > budget ? 'OVER' : 'ok',
      ]
    })
    return {
      head: ['figure', 'budget KB', 'this build KB', 'last release KB', ''],
      rows,
      notes: [`last release: ${last.release}`],
    }
  },
}

// Edit latency: time from setting a table 3 input's value and dispatching `input` to the row total
// (<output data-cell="table3.<row>.total">) changing its text, seen by a MutationObserver.
// Baseline: the same dispatch on a detached plain input whose listener sets a span's text.
const WARMUP = 10
const MEASURED = 100
const CELLS = [
  ['newReceived', 'natural'],
  ['carriedOver', 'commercial'],
  ['disclosed', 'research'],
  ['withheldQuery', 'publicInterest'],
  ['rejectedRepeated', 'legal'],
  ['otherOther', 'otherOrg'],
  ['carriedForward', 'natural'],
]

/** @type {import('../types.mjs').Section} */
export default {
  name: 'edit-latency',
  title: `Edit latency, table 3 (${MEASURED} edits after ${WARMUP} warm-up, ms)`,
  async run({ newPage, url }) {
    const page = await newPage()
    await page.goto(url)
    await page.waitForSelector('[data-cell="table3.newReceived.total"]', { state: 'attached' })
    const result = await page.evaluate(measure, {
      cells: CELLS,
      warmup: WARMUP,
      measured: MEASURED,
    })
    const stats = (/** @type {number[]} */ xs) => {
      const sorted = [...xs].sort((a, b) => a - b)
      const at = (/** @type {number} */ q) =>
        sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
      return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? NaN }
    }
    const app = stats(result.app)
    const base = stats(result.baseline)
    const f = (/** @type {number} */ ms) => ms.toFixed(3)
    const ratio = (/** @type {number} */ a, /** @type {number} */ b) =>
      b > 0 ? (a / b).toFixed(1) + '×' : 'n/a'
    return {
      head: ['', 'median', 'p95', 'max'],
      rows: [
        ['app (input → row total)', f(app.median), f(app.p95), f(app.max)],
        ['baseline (plain listener)', f(base.median), f(base.p95), f(base.max)],
        [
          'ratio app / baseline',
          ratio(app.median, base.median),
          ratio(app.p95, base.p95),
          ratio(app.max, base.max),
        ],
      ],
      notes: [
        `crossOriginIsolated=${result.isolated} (timer resolution ${result.isolated ? '5 µs' : '100 µs'})`,
      ],
    }
  },
}

/**
 * Runs in the page.
 * @param {{ cells: string[][], warmup: number, measured: number }} options
 */
async function measure({ cells, warmup, measured }) {
  const gap = () => new Promise((resolve) => setTimeout(resolve, 16))
  /** @param {HTMLInputElement} input @param {Node} target @param {string} value */
  const edit = async (input, target, value) => {
    const before = target.textContent
    /** @type {(t: number) => void} */
    let seen = () => {}
    const changed = new Promise((resolve) => (seen = resolve))
    const observer = new MutationObserver(() => {
      if (target.textContent !== before) seen(performance.now())
    })
    observer.observe(target, { childList: true, characterData: true, subtree: true })
    const timeout = setTimeout(() => seen(NaN), 2000)
    const start = performance.now()
    input.value = value
    input.dispatchEvent(new Event('input', { bubbles: true }))
    const end = /** @type {number} */ (await changed)
    clearTimeout(timeout)
    observer.disconnect()
    if (Number.isNaN(end))
      throw new Error(`no change of ${target.nodeName} within 2 s after input "${value}"`)
    return end - start
  }

  const app = []
  for (let i = 0; i < warmup + measured; i++) {
    const [row, col] = cells[i % cells.length] ?? []
    const input = document.querySelector(`input[data-cell="table3.${row}.${col}"]`)
    const total = document.querySelector(`[data-cell="table3.${row}.total"]`)
    if (!(input instanceof HTMLInputElement) || !total)
      throw new Error(`cell table3.${row}.${col} not found`)
    const ms = await edit(input, total, String(100 + i))
    if (i >= warmup) app.push(ms)
    await gap()
  }

  const input = document.createElement('input')
  const span = document.createElement('span')
  input.addEventListener('input', () => (span.textContent = input.value))
  const baseline = []
  for (let i = 0; i < warmup + measured; i++) {
    const ms = await edit(input, span, String(100 + i))
    if (i >= warmup) baseline.push(ms)
    await gap()
  }
  return { app, baseline, isolated: globalThis.crossOriginIsolated === true }
}

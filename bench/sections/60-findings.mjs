// Findings speed (issue 6): everything the review panel lists — M1, V1, R1, V2, W1/W2 against last
// year's draft, and W3–W10 — for a full report with 10,000 characters of narrative, in Node. The
// baseline in the same run is the issue-2 rules alone (M1, V1, R1, V2). Target: ≤ 5 ms median, so
// that it can run on every keystroke.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { time, withTsModules } from '../support/node-stats.mjs'

const TARGET_MS = 5
const RUNS = 200
const seedText = readFileSync(
  new URL('../../tests/fixtures/seed-report-2021.txt', import.meta.url),
  'utf8',
)

/**
 * Real-looking prose: the seed's sentences, repeated until `length` characters.
 * @param {number} length
 * @param {number} offset
 */
function prose(length, offset) {
  const sentences = seedText.split('。').filter((s) => s.length > 10)
  let text = ''
  for (let i = offset; text.length < length; i += 1) text += `${sentences[i % sentences.length]}。`
  return text.slice(0, length)
}

async function measure() {
  return withTsModules(async (load) => {
    const report = await load('/src/report/index.ts')
    const draft = report.createEmptyDraft(2022)
    draft.meta.agencyName = '市知识产权事业发展中心'
    draft.meta.level = '设区的市级'
    report.INPUT_CELLS.forEach(
      (/** @type {{ key: string }} */ cell, /** @type {number} */ i) =>
        (draft.cells[cell.key] = String((i * 7) % 13)),
    )
    const paths = ['intro', 'proactive', 'onRequest', 'management', 'platform', 'oversight']
    paths.forEach((key, i) => (draft.narrative.overview[key] = prose(1250, i * 3)))
    draft.narrative.problems = prose(1250, 40) + '共收到政府信息公开申请75件。'
    draft.narrative.otherMatters = prose(1250, 50)
    const previous = structuredClone(draft)
    previous.meta.year = 2021
    const chars = JSON.stringify(draft.narrative).length
    const values = report.computeDraftValues(draft)
    const previousValues = report.computeDraftValues(previous)
    const today = new Date('2023-01-20T00:00:00')

    const all = () => [
      ...report.computeFindings(draft, values),
      ...report.checkPreviousYear(values, previousValues),
      ...report.computeWarnings(draft, values, { today, previous }),
    ]
    const base = () => report.computeFindings(draft, values)
    const withValues = () => {
      const v = report.computeDraftValues(draft)
      return report.computeWarnings(draft, v, { today, previous })
    }
    // A pathological text beside the normal one (issue 10): 10,000 Chinese numerals in one field,
    // which a quadratic W3 scan took seconds over on every keystroke.
    const pathological = structuredClone(draft)
    pathological.narrative.otherMatters = '〇'.repeat(10_000)
    pathological.narrative.overview.oversight = `行政复议${'一'.repeat(10_000)}`
    const pathologicalValues = report.computeDraftValues(pathological)
    const allPathological = () => [
      ...report.computeFindings(pathological, pathologicalValues),
      ...report.checkPreviousYear(pathologicalValues, previousValues),
      ...report.computeWarnings(pathological, pathologicalValues, { today, previous }),
    ]
    /** @type {[string, () => unknown][]} */
    const cases = [
      ['issue-2 rules only (baseline)', base],
      ['all findings (W1–W10 included)', all],
      ['parse cells + totals + W3–W10', withValues],
      ['all findings, + 20,000 numerals in two fields', allPathological],
    ]
    const medians = cases.map(([, fn]) => time(fn, { runs: RUNS }))
    const rows = cases.map(([label], i) => [
      label,
      (medians[i]?.median ?? NaN).toFixed(3),
      (medians[i]?.p95 ?? NaN).toFixed(3),
    ])
    const allMedian = medians[1]?.median ?? NaN
    const baseMedian = medians[0]?.median ?? NaN
    return {
      head: ['what', 'median ms', 'p95 ms'],
      rows,
      notes: [
        `${chars} characters of narrative (JSON), ${all().length} findings, ${RUNS} runs after warm-up`,
        `ratio all/baseline: ${(allMedian / baseMedian).toFixed(1)}×; target ≤ ${TARGET_MS} ms median: ${allMedian <= TARGET_MS ? 'met' : 'MISSED'}`,
        `pathological text (10,000 〇 + 行政复议 and 10,000 一): ${(medians[3]?.median ?? NaN).toFixed(3)} ms median, ${((medians[3]?.median ?? NaN) / allMedian).toFixed(1)}× the normal report; target ≤ ${TARGET_MS} ms: ${(medians[3]?.median ?? NaN) <= TARGET_MS ? 'met' : 'MISSED'}`,
      ],
    }
  })
}

/** @type {import('../types.mjs').Section} */
export default {
  name: 'findings',
  title: 'Findings: all rules and warnings for a full report, in Node (median / p95)',
  run: () => measure(),
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { head, rows, notes } = await measure()
  console.log(head.join('\t'))
  for (const row of rows) console.log(row.join('\t'))
  for (const note of notes) console.log(note)
}

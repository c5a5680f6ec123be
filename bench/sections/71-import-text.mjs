// Import text fidelity (issue 19), beside the cell figure: for each report of
// tests/fixtures/import-text (PDF-viewer copies, converter Markdown, a saved page; seven
// agencies), against values written by hand — metadata fields right, text parts right, the
// source's characters kept (sentences of the expected text found anywhere in the draft's text),
// converter markup left. Targets (issue 19): metadata and parts ≥ 95 %, characters ≥ 95 %, no
// markup. Runs inside `npm run bench` (no browser) or alone: `node bench/sections/71-import-text.mjs`.
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { withTsModules } from '../support/node-stats.mjs'

const dir = new URL('../../tests/fixtures/import-text/', import.meta.url)
const published = new URL('../../tests/fixtures/published/', import.meta.url)
const MARKUP = /[#|]|\*\*|__|^>|===/m
const squash = (/** @type {string} */ text) => text.replace(/\s+/g, '')
const pct = (/** @type {number} */ n, /** @type {number} */ d) =>
  d === 0 ? '—' : `${((n / d) * 100).toFixed(1)} %`

async function measure() {
  return withTsModules(async (load) => {
    const { parseReportText } = await load('/src/report/import/index.ts')
    const { FIXTURES } = await load('/tests/fixtures/import-text/expected.ts')
    // Reports written for earlier issues (not tuned on here), with their own expected values.
    const earlier = ['county.one-line.txt', 'district.collapsed.txt', 'city.converter.md'].map(
      (file) => {
        const expected = `${file.split('.')[0]}.expected.json`
        const want = JSON.parse(readFileSync(new URL(expected, published), 'utf8'))
        const { agencyName, year, phone, websiteUrl } = want.meta
        return {
          file: `../published/${file}`,
          text: { preamble: want.preamble, ...want.narrative },
          meta: { agencyName, year, phone, websiteUrl },
        }
      },
    )
    const totals = { meta: 0, metaOf: 0, parts: 0, partsOf: 0, kept: 0, chars: 0, markup: 0 }
    const rows = [...FIXTURES, ...earlier].map(
      (
        /** @type {{ file: string, text: Record<string, string | null>, meta: Record<string, unknown> }} */ f,
      ) => {
        const source = readFileSync(new URL(f.file, dir), 'utf8')
        const result = f.file.endsWith('.html')
          ? parseReportText('', { html: source })
          : parseReportText(source)
        const { draft } = result
        const got = {
          preamble: draft.preamble,
          ...draft.narrative.overview,
          problems: draft.narrative.problems,
          otherMatters: draft.narrative.otherMatters,
        }
        const metaRight = Object.entries(f.meta).filter(([k, v]) => draft.meta[k] === v).length
        const keys = Object.keys(f.text)
        const partsRight = keys.filter((k) => (got[k] ?? null) === f.text[k]).length
        const all = squash(Object.values(got).filter(Boolean).join(''))
        let chars = 0
        let kept = 0
        for (const k of keys) {
          for (const sentence of squash(f.text[k] ?? '').split(/(?<=[。；])/)) {
            chars += sentence.length
            if (sentence !== '' && all.includes(sentence)) kept += sentence.length
          }
        }
        const markup = Object.values(got).filter((t) => t && MARKUP.test(t)).length
        totals.meta += metaRight
        totals.metaOf += Object.keys(f.meta).length
        totals.parts += partsRight
        totals.partsOf += keys.length
        totals.kept += kept
        totals.chars += chars
        totals.markup += markup
        return [
          f.file,
          `${metaRight}/${Object.keys(f.meta).length}`,
          `${partsRight}/${keys.length}`,
          pct(kept, chars),
          String(markup),
        ]
      },
    )
    rows.push([
      'all',
      pct(totals.meta, totals.metaOf),
      pct(totals.parts, totals.partsOf),
      pct(totals.kept, totals.chars),
      String(totals.markup),
    ])
    return {
      head: [
        'report',
        'metadata right',
        'text parts right',
        'characters kept',
        'fields with markup',
      ],
      rows,
      notes: [
        'Expected values written by hand (tests/fixtures/import-text/expected.ts); the cell figure is in import-files.',
      ],
    }
  })
}

/** @type {import('../types.mjs').Section} */
export default {
  name: 'import-text',
  title: 'Import: text fidelity (metadata, parts, characters kept, markup left)',
  run: () => measure(),
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { head, rows, notes } = await measure()
  console.log(head.join('\t'))
  for (const row of rows) console.log(row.join('\t'))
  for (const note of notes) console.log(note)
}

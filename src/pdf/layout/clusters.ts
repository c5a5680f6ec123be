/**
 * Chinese line-breaking units. Text is cut into clusters that a line may never break inside:
 * one hanzi with the punctuation that must stay with it (避头尾), or a whole digit/Latin run such as
 * a phone number, a URL, a decimal or a document number like 〔2021〕30号.
 */

/** Characters that must not start a line (避头): closing punctuation and marks. */
export const NO_LINE_START = new Set([
  ...'，。、；：？！）》」』】〕〗〙〉”’…·％‰℃°′″・々〃ー',
  ...',.;:?!)]}%',
])

/** Characters that must not end a line (避尾): opening brackets and quotes. */
export const NO_LINE_END = new Set([...'（《「『【〔〖〘〈“‘', ...'([{'])

// Order matters: the first alternative that matches at a position wins.
const ATOM = new RegExp(
  [
    // Document numbers: 国办公开办函〔2021〕30号 keeps 〔2021〕30号 whole.
    String.raw`[〔\[［(（]\d{4}[〕\]］)）]\d+号`,
    // URLs and e-mail addresses.
    String.raw`(?:https?:\/\/|www\.)[\x21-\x7e]*[A-Za-z0-9\/]`,
    String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`,
    // Digit and Latin runs: phone numbers, decimals, percentages, dates like 2021-12-31.
    String.raw`[A-Za-z0-9０-９](?:[A-Za-z0-9０-９.\-\/:_%@#~+=&．]*[A-Za-z0-9０-９%])?`,
    // Doubled marks that are one symbol: …… and ——.
    '……',
    '——',
    // Anything else: one code point.
    String.raw`[\s\S]`,
  ].join('|'),
  'gu',
)

/** Splits text into atoms: runs kept whole, or single code points. */
export function splitAtoms(text: string): string[] {
  return text.match(ATOM) ?? []
}

function startsWithNoLineStart(atom: string): boolean {
  return NO_LINE_START.has(atom[0] ?? '')
}

function endsWithNoLineEnd(atom: string): boolean {
  return NO_LINE_END.has(atom[atom.length - 1] ?? '')
}

/**
 * Groups atoms into unbreakable clusters: “会议。”” → [“会”, “议。””]; “（一）” stays one
 * cluster; “电话：0537-2272086，” → [“电”, “话：”, “0537-2272086，”].
 */
export function splitClusters(text: string): string[] {
  const clusters: string[] = []
  let opening = ''
  for (const atom of splitAtoms(text)) {
    if (opening === '' && clusters.length > 0 && startsWithNoLineStart(atom)) {
      clusters[clusters.length - 1] += atom
    } else if (endsWithNoLineEnd(atom)) {
      opening += atom
    } else {
      clusters.push(opening + atom)
      opening = ''
    }
  }
  if (opening) clusters.push(opening)
  return clusters
}

/** True for a cluster made only of white space. */
export function isSpace(cluster: string): boolean {
  return /^\s+$/u.test(cluster)
}

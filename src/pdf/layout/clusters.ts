/**
 * Chinese line-breaking units. Text is cut into clusters that a line may never break inside:
 * one hanzi with the punctuation that must stay with it (避头尾), or a whole digit/Latin run such as
 * a phone number, a URL, a decimal, 〔2021〕 or 30号 (a document number may break between them).
 */

/** Characters that must not start a line (避头): closing punctuation and marks. */
export const NO_LINE_START = new Set([
  ...'，。、；：？！）》」』】〕〗〙〉”’…·％‰℃°′″・々〃ー',
  ...',.;:?!)]}%',
])

/** Characters that must not end a line (避尾): opening brackets and quotes. */
export const NO_LINE_END = new Set([...'（《「『【〔〖〘〈“‘', ...'([{'])

/**
 * What a line never breaks inside, besides single code points; the first alternative that matches
 * at a position wins. Exported for the tests' plain reference of the clustering.
 */
export const ATOM_PATTERN = [
  // A number with 号 stays whole (30号). A document number 〔2021〕30号 may break after 〕: kept
  // whole, it left its line short by six characters, stretched letter by letter when justified.
  String.raw`[0-9０-９]+号`,
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
].join('|')

// Read at one position at a time by `atomEnd`.
const ATOM_AT = new RegExp(ATOM_PATTERN, 'uy')

const NO_LINE_START_CODES = new Set([...NO_LINE_START].map((char) => char.charCodeAt(0)))
const NO_LINE_END_CODES = new Set([...NO_LINE_END].map((char) => char.charCodeAt(0)))

/**
 * True where an atom may be more than one code point (or a pattern must decide): ASCII, and the
 * full-width brackets, digits and doubled marks that open a run. Anything else — almost every
 * hanzi and mark of a report — is an atom of its own, with no pattern to run.
 */
function mayOpenRun(code: number): boolean {
  return (
    code < 0x80 ||
    code === 0x3014 || // 〔
    code === 0xff3b || // ［
    code === 0xff08 || // （
    (code >= 0xff10 && code <= 0xff19) || // ０–９
    code === 0x2026 || // …
    code === 0x2014 // —
  )
}

/** Where the atom starting at `start` ends (exclusive). */
function atomEnd(text: string, start: number): number {
  const code = text.charCodeAt(start)
  if (mayOpenRun(code)) {
    ATOM_AT.lastIndex = start
    ATOM_AT.exec(text)
    return ATOM_AT.lastIndex
  }
  const isPair = code >= 0xd800 && code <= 0xdbff && start + 1 < text.length
  const next = isPair ? text.charCodeAt(start + 1) : 0
  return next >= 0xdc00 && next <= 0xdfff ? start + 2 : start + 1
}

/**
 * Cuts text into unbreakable clusters, returned as the offset (UTF-16 units) where each ends: atoms
 * (single code points, or the runs of ATOM_PATTERN) with closing marks joined to the atom before
 * and opening marks to the atom after. “会议。”” → 会 | 议。”; “（一）” stays whole; “电话：
 * 0537-2272086，” → 电 | 话： | 0537-2272086，. Offsets, not strings: line breaking reads the text
 * in place, with no string made per atom or cluster.
 */
export function clusterEnds(text: string): number[] {
  const ends: number[] = []
  // Set while opening marks (（《“) wait for the atom they must stay with.
  let opening = false
  for (let start = 0; start < text.length;) {
    const end = atomEnd(text, start)
    if (!opening && ends.length > 0 && NO_LINE_START_CODES.has(text.charCodeAt(start))) {
      ends[ends.length - 1] = end
    } else if (NO_LINE_END_CODES.has(text.charCodeAt(end - 1))) {
      opening = true
    } else {
      ends.push(end)
      opening = false
    }
    start = end
  }
  if (opening) ends.push(text.length)
  return ends
}

/** White space as `\s` matches it (ASCII, NBSP, U+3000 ideographic space, …). */
export function isSpaceCode(code: number): boolean {
  return (
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x20 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  )
}

/**
 * Text normalisation for matching what a published report says against the format's labels:
 * full- and half-width forms, stray spaces, quote styles and numbering punctuation all compare equal.
 */

/** Longest line treated as a possible heading or title; longer lines are body text. */
export const MAX_HEADING_LENGTH = 200

const SPACES = /[\s\u00a0\u3000\u200b\ufeff]+/g
const QUOTES = /[“”"'‘’「」『』]/g
const MARKUP = /[*#`_~]/g

/**
 * A comparison key for labels: NFKC (（一） → (一), １２ → 12), no whitespace or markdown emphasis,
 * one quote style, and “1、”/“1．” numbering read as “1.”.
 * e.g. labelKey('三、本年度办 理结果') === labelKey('三、本年度办理结果').
 */
export function labelKey(text: string): string {
  return text
    .normalize('NFKC')
    .replace(SPACES, '')
    .replace(MARKUP, '')
    .replace(QUOTES, '"')
    .replace(/(^|\D)(\d{1,2})[、,](?=\D)/g, '$1$2.')
}

/** Trims every kind of space, including the full-width indent of Chinese paragraphs. */
export function trimText(text: string): string {
  return text.replace(/^[\s\u00a0\u3000\u200b\ufeff]+|[\s\u00a0\u3000\u200b\ufeff]+$/g, '')
}

/** Splits text into lines on any newline convention. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n|\u2028|\u2029/)
}

/** Splits a cell's text on whitespace of every kind, dropping empty pieces. */
export function splitWords(text: string): string[] {
  return text.split(SPACES).filter((piece) => piece !== '')
}

/**
 * The index in `raw` just after its first `keyLength` characters of {@link labelKey} output, so a
 * heading matched on the key can be cut from the raw line. e.g. ('（一） 主动公开情况。正文', 8) → 12.
 */
export function rawIndexAfterKey(raw: string, keyLength: number): number {
  let counted = 0
  let index = 0
  for (const char of raw) {
    if (counted >= keyLength) break
    counted += labelKey(char).length
    index += char.length
  }
  return index
}

/** Joins trimmed, non-empty lines with '\n': the form narrative parts are stored in. */
export function joinParagraphs(lines: readonly string[]): string {
  return lines
    .map(trimText)
    .filter((line) => line !== '')
    .join('\n')
}

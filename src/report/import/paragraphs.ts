/**
 * Paragraphs rebuilt from the lines a source broke them into: converter markup taken off
 * (Markdown headings, bold, quote marks, table pipes), lines wrapped inside a sentence joined —
 * a PDF viewer's copy breaks at every printed line — and a PDF's “2024 年” spacing closed up.
 */
import { trimText } from './text'

/** A line's end that closes a sentence (closing quotes and brackets may follow). */
const SENTENCE_END = /[。！？!?；;：:…]["'”’」』)）\]】]*$/
/** Numbering that opens a heading or a list item: （一） 一、 1. （1） ① 第一， */
const NUMBERED =
  /^(?:[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、.．]|\d{1,2}[、.．](?!\d)|[①-⑳]|第[一二三四五六七八九十]+[，、])/
const CJK = '\\u3400-\\u9fff\\u3000-\\u303f\\uff01-\\uff60'
/** Spaces a PDF puts between CJK characters, and between them and digits: not the text's. */
const LOOSE_SPACE = new RegExp(
  `(?<=[${CJK}])[ \\t\\u00a0]+(?=[${CJK}\\d])|(?<=\\d)[ \\t\\u00a0]+(?=[${CJK}])`,
  'g',
)

/** A line of a Markdown table's rule (`|---|:--:|`), which carries no text. */
const TABLE_RULE = /^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$|^(={3,}|-{3,}|\*{3,})$/

/** The line without converter markup; '' for a line that was only markup. */
export function stripMarkup(line: string): string {
  const text = trimText(line)
  if (TABLE_RULE.test(text)) return ''
  let out = text
    .replace(/^#{1,6}[ \t]*/, '')
    .replace(/^>[ \t]*/, '')
    .replace(/\*\*([^*]+)\*\*/g, '$1')
    .replace(/__([^_]+)__/g, '$1')
    .replace(/\*\*|__/g, '')
  if (out.startsWith('|') || out.endsWith('|')) {
    out = out
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split('|')
      .map(trimText)
      .filter((cell) => cell !== '')
      .join(' ')
  }
  return trimText(out)
}

/** A short numbered line without a full stop: a heading, which never runs on into the next. */
function isHeading(line: string): boolean {
  return NUMBERED.test(line) && line.length <= 40 && !line.includes('。')
}

/** True when a line stops inside a sentence, so the next line continues it. */
function endsInside(line: string): boolean {
  return !SENTENCE_END.test(line) && !isHeading(line)
}

/**
 * True when the lines look hard-wrapped (a PDF copy): at least two, and a quarter, of the lines
 * that are no heading stop inside a sentence. A web page's paragraphs end with their
 * punctuation and stay as they are.
 */
export function looksWrapped(lines: readonly string[]): boolean {
  const long = lines.map(stripMarkup).filter((line) => line !== '' && !isHeading(line))
  const inside = long.filter(endsInside).length
  return inside >= 2 && inside * 4 >= long.length
}

/** Closes up the spaces a PDF leaves between CJK characters and digits (“2024 年” → “2024年”). */
export function closeSpacing(text: string): string {
  return text.replace(LOOSE_SPACE, '')
}

/**
 * Joins lines into paragraphs ('\n' between them): markup off, and when `wrapped`, a line that
 * ends inside a sentence runs on into the next (unless that one is a heading).
 * e.g. rebuildParagraphs(['根据', '《条例》规定。'], true) === '根据《条例》规定。'.
 */
export function rebuildParagraphs(lines: readonly string[], wrapped: boolean): string {
  const paragraphs: string[] = []
  let open = false
  for (const raw of lines) {
    const line = closeSpacing(stripMarkup(raw))
    // A blank line (or a page's furniture taken out) between wrapped lines does not end a sentence.
    if (line === '') continue
    const last = paragraphs.length - 1
    if (wrapped && open && last >= 0 && !isHeading(line)) {
      const before = paragraphs[last] ?? ''
      const space = /[A-Za-z]$/.test(before) && /^[A-Za-z]/.test(line) ? ' ' : ''
      paragraphs[last] = before + space + line
    } else paragraphs.push(line)
    open = endsInside(paragraphs[paragraphs.length - 1] ?? '')
  }
  return paragraphs.join('\n')
}

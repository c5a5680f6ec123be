/**
 * Line breaking and justification: a pure function of text, width and a measure function.
 * Breaks only between clusters (see clusters.ts); justifies every line but a paragraph's last
 * by spreading the slack evenly over the gaps between its characters, so that a line is drawn
 * with one call per face and a uniform `charSpace`.
 */
import { clusterEnds, isSpaceCode } from './clusters'
import type { FaceId, MeasureChar, MeasuredChar } from './faces'

/** A run of text drawn with one call: same face, uniform extra spacing after each character. */
export interface TextRun {
  readonly text: string
  readonly face: FaceId
  readonly x: number
  readonly charSpace: number
}

/**
 * One laid-out line: its characters from `indent` on, each followed by `charSpace`. `width` is
 * the distance from the line start to the last character's end.
 */
export interface LineBox {
  readonly indent: number
  readonly chars: readonly MeasuredChar[]
  readonly width: number
  /** Space (mm) added after every character: the justification, 0 for a ragged line. */
  readonly charSpace: number
  readonly justified: boolean
}

/** How to break a paragraph. */
export interface BreakOptions {
  /** The line width in mm. */
  readonly width: number
  /** The first line's indent in mm (two characters for body text). */
  readonly firstIndent?: number
  /** Justify every line but the last (true for body text). */
  readonly justify?: boolean
  /** Do not stretch gaps beyond this many mm (a line cut short by a long URL stays ragged). */
  readonly maxGap?: number
}

const EPSILON = 1e-6

/** Cuts characters wider than a whole line into pieces that fit (the only forced split). */
function splitOversized(chars: readonly MeasuredChar[], width: number): MeasuredChar[][] {
  const pieces: MeasuredChar[][] = []
  let piece: MeasuredChar[] = []
  let used = 0
  for (const char of chars) {
    if (piece.length && used + char.width > width + EPSILON) {
      pieces.push(piece)
      piece = []
      used = 0
    }
    piece.push(char)
    used += char.width
  }
  if (piece.length) pieces.push(piece)
  return pieces
}

function place(
  chars: readonly MeasuredChar[],
  indent: number,
  available: number,
  justify: boolean,
  maxGap: number,
): LineBox {
  let natural = 0
  for (const char of chars) natural += char.width
  const gaps = chars.length - 1
  const slack = available - indent - natural
  const charSpace = justify && gaps > 0 && slack > 0 && slack / gaps <= maxGap ? slack / gaps : 0
  const width = indent + natural + Math.max(gaps, 0) * charSpace
  return { indent, chars, width, charSpace, justified: charSpace > 0 }
}

/** Measured characters of each measure function, by UTF-16 code (BMP) or code point (beyond). */
const measuredBy = new WeakMap<
  MeasureChar,
  { bmp: MeasuredChar[]; astral: Map<number, MeasuredChar> }
>()

/** The measured character at `at`, from `memo` (no string is made once a character is known). */
function measuredAt(
  text: string,
  at: number,
  measure: MeasureChar,
  memo: { bmp: MeasuredChar[]; astral: Map<number, MeasuredChar> },
): MeasuredChar {
  const code = text.charCodeAt(at)
  if (code < 0xd800 || code > 0xdbff) {
    return (memo.bmp[code] ??= measure(text[at] as string))
  }
  const point = text.codePointAt(at) as number
  let measured = memo.astral.get(point)
  if (!measured) memo.astral.set(point, (measured = measure(String.fromCodePoint(point))))
  return measured
}

/**
 * Breaks `text` into lines of at most `width` mm. No line starts with ，。）” etc. or ends with
 * （《“; digit runs, URLs, 〔2021〕 and 30号 are never split unless longer than a whole line.
 */
export function breakLines(text: string, measure: MeasureChar, options: BreakOptions): LineBox[] {
  const { width, firstIndent = 0, justify = false, maxGap = Infinity } = options
  let memo = measuredBy.get(measure)
  if (!memo) measuredBy.set(measure, (memo = { bmp: [], astral: new Map() }))
  const lines: { chars: MeasuredChar[]; indent: number }[] = []
  let current: MeasuredChar[] = []
  // Where the line's last cluster that is not white space ends: the line is cut there.
  let end = 0
  let used = firstIndent
  let indent = firstIndent
  const flush = () => {
    current.length = end
    lines.push({ chars: current, indent })
    current = []
    end = 0
    indent = 0
    used = 0
  }
  const cluster: MeasuredChar[] = []
  let start = 0
  for (const clusterEnd of clusterEnds(text)) {
    cluster.length = 0
    let w = 0
    let blank = true
    for (let at = start; at < clusterEnd;) {
      const measured = measuredAt(text, at, measure, memo)
      const code = text.charCodeAt(at)
      if (blank && !isSpaceCode(code)) blank = false
      at += code >= 0xd800 && code <= 0xdbff && (text.codePointAt(at) as number) > 0xffff ? 2 : 1
      cluster.push(measured)
      w += measured.width
    }
    start = clusterEnd
    if (current.length === 0 && blank) continue
    if (used + w <= width + EPSILON) {
      for (let i = 0; i < cluster.length; i += 1) current.push(cluster[i] as MeasuredChar)
      if (!blank) end = current.length
      used += w
      continue
    }
    if (blank) {
      flush()
      continue
    }
    if (current.length > 0) flush()
    if (w > width - indent + EPSILON) {
      const pieces = splitOversized(cluster, width - indent)
      pieces.slice(0, -1).forEach((part) => {
        current = part
        end = part.length
        flush()
      })
      current = pieces[pieces.length - 1] ?? []
      end = current.length
      used = indent + current.reduce((sum, char) => sum + char.width, 0)
    } else {
      current.push(...cluster)
      end = current.length
      used = indent + w
    }
  }
  if (current.length > 0 || lines.length === 0) flush()
  return lines.map((line, i) =>
    place(line.chars, line.indent, width, justify && i < lines.length - 1, maxGap),
  )
}

/** The text of a line, for tests and the text layer. */
export function lineText(line: LineBox): string {
  let text = ''
  for (const char of line.chars) text += char.text
  return text
}

/**
 * Turns a line into draw calls: one per run of characters of one face (normally the whole line),
 * each with the line's `charSpace`, so a justified line is drawn in one call, not per cluster.
 */
export function lineRuns(line: LineBox): TextRun[] {
  const runs: TextRun[] = []
  const { charSpace } = line
  // Collected and joined once: `+=` per character leaves a rope for the text writer to flatten.
  const text: string[] = []
  let face: FaceId | undefined
  let start = 0
  let x = line.indent
  for (const char of line.chars) {
    if (char.face !== face) {
      if (face !== undefined) runs.push({ text: text.join(''), face, x: start, charSpace })
      text.length = 0
      face = char.face
      start = x
    }
    text.push(char.text)
    x += char.width + charSpace
  }
  if (face !== undefined) runs.push({ text: text.join(''), face, x: start, charSpace })
  return runs
}

/**
 * Line breaking and justification: a pure function of text, width and a measure function.
 * Breaks only between clusters (see clusters.ts); justifies every line but a paragraph's last
 * by spreading the slack evenly over the gaps between clusters.
 */
import { isSpace, splitClusters } from './clusters'
import type { FaceId, MeasureChar, MeasuredChar } from './faces'

/** A cluster placed on a line: its characters and its left edge relative to the line start. */
export interface PlacedCluster {
  readonly chars: readonly MeasuredChar[]
  readonly x: number
  readonly width: number
}

/** A run of text drawn with one call: same face, uniform extra spacing after each character. */
export interface TextRun {
  readonly text: string
  readonly face: FaceId
  readonly x: number
  readonly charSpace: number
}

/** One laid-out line. `width` is the distance from the line start to the last cluster's end. */
export interface LineBox {
  readonly indent: number
  readonly clusters: readonly PlacedCluster[]
  readonly width: number
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

function measureCluster(text: string, measure: MeasureChar): MeasuredChar[] {
  return Array.from(text, (char) => measure(char))
}

function sumWidth(chars: readonly MeasuredChar[]): number {
  return chars.reduce((sum, c) => sum + c.width, 0)
}

/** Cuts a cluster wider than a whole line into pieces that fit (the only forced split). */
function splitOversized(chars: MeasuredChar[], width: number): MeasuredChar[][] {
  const pieces: MeasuredChar[][] = []
  let piece: MeasuredChar[] = []
  for (const char of chars) {
    if (piece.length && sumWidth(piece) + char.width > width + EPSILON) {
      pieces.push(piece)
      piece = []
    }
    piece.push(char)
  }
  if (piece.length) pieces.push(piece)
  return pieces
}

function trimSpaces(line: MeasuredChar[][]): MeasuredChar[][] {
  const isBlank = (chars: MeasuredChar[]) => chars.every((c) => isSpace(c.text))
  let start = 0
  let end = line.length
  while (start < end && isBlank(line[start] ?? [])) start += 1
  while (end > start && isBlank(line[end - 1] ?? [])) end -= 1
  return line.slice(start, end)
}

function place(
  line: MeasuredChar[][],
  indent: number,
  available: number,
  justify: boolean,
  maxGap: number,
): LineBox {
  const natural = line.reduce((sum, chars) => sum + sumWidth(chars), 0)
  const gaps = line.length - 1
  const slack = available - indent - natural
  const gap = justify && gaps > 0 && slack > 0 && slack / gaps <= maxGap ? slack / gaps : 0
  let x = indent
  const clusters = line.map((chars) => {
    const width = sumWidth(chars)
    const placed = { chars, x, width }
    x += width + gap
    return placed
  })
  return { indent, clusters, width: x - gap, justified: gap > 0 }
}

/**
 * Breaks `text` into lines of at most `width` mm. No line starts with ，。）” etc. or ends with
 * （《“; digit runs, URLs and 〔2021〕30号 are never split unless longer than a whole line.
 */
export function breakLines(text: string, measure: MeasureChar, options: BreakOptions): LineBox[] {
  const { width, firstIndent = 0, justify = false, maxGap = Infinity } = options
  const lines: { clusters: MeasuredChar[][]; indent: number }[] = []
  let current: MeasuredChar[][] = []
  let used = firstIndent
  let indent = firstIndent
  const flush = () => {
    lines.push({ clusters: trimSpaces(current), indent })
    current = []
    indent = 0
    used = 0
  }
  for (const cluster of splitClusters(text)) {
    const chars = measureCluster(cluster, measure)
    const w = sumWidth(chars)
    if (current.length === 0 && isSpace(cluster)) continue
    if (used + w <= width + EPSILON) {
      current.push(chars)
      used += w
      continue
    }
    if (isSpace(cluster)) {
      flush()
      continue
    }
    if (current.length > 0) flush()
    if (w > width - indent + EPSILON) {
      const pieces = splitOversized(chars, width - indent)
      pieces.slice(0, -1).forEach((piece) => {
        current.push(piece)
        flush()
      })
      const last = pieces[pieces.length - 1] ?? []
      current.push(last)
      used = indent + sumWidth(last)
    } else {
      current.push(chars)
      used = indent + w
    }
  }
  if (current.length > 0 || lines.length === 0) flush()
  return lines.map((line, i) =>
    place(line.clusters, line.indent, width, justify && i < lines.length - 1, maxGap),
  )
}

/** The text of a line, for tests and the text layer: its clusters' characters joined. */
export function lineText(line: LineBox): string {
  return line.clusters.map((cluster) => cluster.chars.map((c) => c.text).join('')).join('')
}

/**
 * Turns a line into draw calls: runs of single-character clusters of one face share one call
 * with `charSpace` = the justification gap; multi-character clusters (digit runs, punctuation
 * pairs) are drawn tight in their own call.
 */
export function lineRuns(line: LineBox): TextRun[] {
  const runs: TextRun[] = []
  const clusters = line.clusters
  let i = 0
  while (i < clusters.length) {
    const cluster = clusters[i] as PlacedCluster
    const next = clusters[i + 1]
    const gap = next ? next.x - cluster.x - cluster.width : 0
    if (cluster.chars.length === 1 && gap >= 0) {
      const face = cluster.chars[0]?.face ?? 'serif'
      let text = cluster.chars[0]?.text ?? ''
      let j = i + 1
      while (j < clusters.length) {
        const candidate = clusters[j] as PlacedCluster
        const after = clusters[j + 1]
        const sameGap = !after || Math.abs(after.x - candidate.x - candidate.width - gap) < 1e-6
        if (candidate.chars.length !== 1 || candidate.chars[0]?.face !== face || !sameGap) break
        text += candidate.chars[0]?.text ?? ''
        j += 1
      }
      runs.push({ text, face, x: cluster.x, charSpace: j - i > 1 ? gap : 0 })
      i = j
      continue
    }
    let x = cluster.x
    let start = 0
    cluster.chars.forEach((char, k) => {
      const nextChar = cluster.chars[k + 1]
      if (!nextChar || nextChar.face !== char.face) {
        const part = cluster.chars.slice(start, k + 1)
        runs.push({ text: part.map((c) => c.text).join(''), face: char.face, x, charSpace: 0 })
        x += sumWidth(part)
        start = k + 1
      }
    })
    i += 1
  }
  return runs
}

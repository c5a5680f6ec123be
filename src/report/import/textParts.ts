/**
 * What the import did with the source's words, for the preview: each text part's first words and
 * length, and the characters kept of the source's running text — so a part that went missing or
 * was poured into another shows before the draft is made.
 */
import type { FieldPath, ReportDraft } from '../draft'
import { OVERVIEW_SECTION_HEADINGS, OVERVIEW_SECTION_KEYS, PART_HEADINGS } from '../format'
import { isFurniture, isInlineFurniture, readSignatureDate } from './furniture'
import type { NarrativeRead } from './narrative'
import type { Outline } from './outline'
import { stripMarkup } from './paragraphs'

/** One text part of the draft as imported. */
export interface TextPartSummary {
  readonly field: FieldPath
  readonly label: string
  /** Its first characters (up to {@link HEAD_LENGTH}); '' when the part is empty. */
  readonly head: string
  /** Its length in characters, spaces and line breaks not counted. */
  readonly length: number
  /** The characters the source prints under this part's heading (tables and furniture not counted). */
  readonly source?: number
}

/** Characters of running text kept, against those the source has outside its tables. */
export interface TextTally {
  readonly kept: number
  readonly source: number
}

const HEAD_LENGTH = 16

/** Characters that count: no whitespace. */
export function countChars(text: string): number {
  return text.replace(/[\s\u00a0\u3000\u200b\ufeff]/g, '').length
}

function summary(field: FieldPath, label: string, text: string): TextPartSummary {
  const flat = text.replace(/\s+/g, '')
  return { field, label, head: [...flat].slice(0, HEAD_LENGTH).join(''), length: countChars(text) }
}

/** Source lengths by field, as {@link sourcePartLengths} gives them. */
export type SourceLengths = Partial<Record<string, number>>

/** The draft's text parts in printed order, with the preamble as the source printed it. */
export function summarizeTextParts(
  draft: ReportDraft,
  sourcePreamble: string | null,
  sourceLengths: SourceLengths = {},
): TextPartSummary[] {
  const { overview } = draft.narrative
  const parts = [
    summary('preamble', '前言', sourcePreamble ?? ''),
    summary('narrative.overview.intro', PART_HEADINGS.overview, overview.intro),
    ...OVERVIEW_SECTION_KEYS.map((key) =>
      summary(`narrative.overview.${key}`, OVERVIEW_SECTION_HEADINGS[key], overview[key]),
    ),
    summary('narrative.problems', PART_HEADINGS.problems, draft.narrative.problems),
    summary('narrative.otherMatters', PART_HEADINGS.otherMatters, draft.narrative.otherMatters),
  ]
  return parts.map((part) => {
    const source = sourceLengths[part.field]
    return source === undefined ? part : { ...part, source }
  })
}

/**
 * Characters of each source line that count as running text (0 for furniture, the 落款, table
 * lines other than prose moved out of them); a heading line counts the text after its heading.
 */
function sourceLineChars(
  lines: readonly string[],
  outline: Outline,
  narrative: NarrativeRead,
): { chars: number[]; inTable: Set<number> } {
  const inTable = new Set<number>()
  for (const range of Object.values(narrative.tableRanges)) {
    for (let i = range[0]; i < range[1]; i += 1) inTable.add(i)
  }
  const headings = new Map<number, string>()
  for (const at of [...Object.values(outline.parts), ...Object.values(outline.sections)]) {
    headings.set(at.line, at.rest)
  }
  const moved = narrative.orphans.map((orphan) => orphan.text)
  const chars = lines.map(() => 0)
  for (let i = outline.title ? outline.title.line + 1 : 0; i < lines.length; i += 1) {
    const line = stripMarkup(lines[i] ?? '')
    if (line === '' || isFurniture(line) || isInlineFurniture(line)) continue
    if (readSignatureDate(line) || line === narrative.signer) continue
    const heading = headings.get(i)
    if (heading !== undefined) chars[i] = countChars(stripMarkup(heading))
    else if (!inTable.has(i) || moved.some((text) => text.includes(line))) {
      chars[i] = countChars(line)
    }
  }
  return { chars, inTable }
}

/**
 * The source's running text after the title, in characters: lines outside the tables (a table
 * part's sentences count), without furniture, heading words or the 落款 (kept as metadata).
 */
export function sourceTextLength(
  lines: readonly string[],
  outline: Outline,
  narrative: NarrativeRead,
): number {
  return sourceLineChars(lines, outline, narrative).chars.reduce((a, b) => a + b, 0)
}

/**
 * The characters the source prints under each text part's heading (from the heading to the next
 * one), so the preview can set each part's placed length beside its source's. Table lines and
 * prose moved out of a table part are not counted under any part.
 */
export function sourcePartLengths(
  lines: readonly string[],
  outline: Outline,
  narrative: NarrativeRead,
): SourceLengths {
  const { chars, inTable } = sourceLineChars(lines, outline, narrative)
  const starts: { line: number; field: string | null }[] = [
    { line: outline.title ? outline.title.line + 1 : 0, field: 'preamble' },
  ]
  const { parts, sections } = outline
  if (parts.overview) starts.push({ line: parts.overview.line, field: 'narrative.overview.intro' })
  for (const [key, at] of Object.entries(sections)) {
    starts.push({ line: at.line, field: `narrative.overview.${key}` })
  }
  for (const table of ['table2', 'table3', 'table4'] as const) {
    const at = parts[table]
    if (at) starts.push({ line: at.line, field: null })
  }
  if (parts.problems) starts.push({ line: parts.problems.line, field: 'narrative.problems' })
  if (parts.otherMatters) {
    starts.push({ line: parts.otherMatters.line, field: 'narrative.otherMatters' })
  }
  // A heading shared by 一 and its first sub-part (no 总体情况 printed) belongs to the sub-part.
  starts.sort((a, b) => a.line - b.line)
  const lengths: SourceLengths = {}
  for (const start of starts) if (start.field) lengths[start.field] = 0
  starts.forEach((start, s) => {
    const end = starts[s + 1]?.line ?? lines.length
    if (!start.field || (end === start.line && s + 1 < starts.length)) return
    for (let i = start.line; i < end; i += 1) {
      if (!inTable.has(i)) lengths[start.field] = (lengths[start.field] ?? 0) + (chars[i] ?? 0)
    }
  })
  return lengths
}

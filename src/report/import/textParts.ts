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

/** The draft's text parts in printed order, with the preamble as the source printed it. */
export function summarizeTextParts(
  draft: ReportDraft,
  sourcePreamble: string | null,
): TextPartSummary[] {
  const { overview } = draft.narrative
  return [
    summary('preamble', '前言', sourcePreamble ?? ''),
    summary('narrative.overview.intro', PART_HEADINGS.overview, overview.intro),
    ...OVERVIEW_SECTION_KEYS.map((key) =>
      summary(`narrative.overview.${key}`, OVERVIEW_SECTION_HEADINGS[key], overview[key]),
    ),
    summary('narrative.problems', PART_HEADINGS.problems, draft.narrative.problems),
    summary('narrative.otherMatters', PART_HEADINGS.otherMatters, draft.narrative.otherMatters),
  ]
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
  const tableLines = new Set<number>()
  for (const range of Object.values(narrative.tableRanges)) {
    for (let i = range[0]; i < range[1]; i += 1) tableLines.add(i)
  }
  const headings = new Map<number, string>()
  for (const at of [...Object.values(outline.parts), ...Object.values(outline.sections)]) {
    headings.set(at.line, at.rest)
  }
  const moved = new Set(narrative.orphans.map((orphan) => orphan.text))
  let total = 0
  for (let i = outline.title ? outline.title.line + 1 : 0; i < lines.length; i += 1) {
    const line = stripMarkup(lines[i] ?? '')
    if (line === '' || isFurniture(line) || isInlineFurniture(line)) continue
    if (readSignatureDate(line) || line === narrative.signer) continue
    const heading = headings.get(i)
    if (heading !== undefined) total += countChars(stripMarkup(heading))
    else if (!tableLines.has(i) || [...moved].some((text) => text.includes(line))) {
      total += countChars(line)
    }
  }
  return total
}

/**
 * The free text of a pasted report cut by its outline: preamble, 一's introduction and five
 * sub-parts, 五 and 六 — furniture dropped, the closing signature (agency, date) taken off 六.
 */
import { OVERVIEW_SECTION_KEYS, type OverviewSectionKey } from '../format'
import { isFurniture, isInlineFurniture, isPageEnd, readSignatureDate } from './furniture'
import { PART_KEYS, type HeadingAt, type Outline, type PartKey } from './outline'
import { looksWrapped, rebuildParagraphs, stripMarkup } from './paragraphs'
import { labelKey, trimText } from './text'

/** Sentences found among a table's lines, and the text field they were put in. */
export interface Orphan {
  readonly from: 'table2' | 'table3' | 'table4'
  readonly to: 'overview' | 'problems' | 'otherMatters'
  readonly text: string
}

/** The narrative as cut from the source; null where the part or sub-part was not found. */
export interface NarrativeRead {
  readonly preamble: string | null
  readonly intro: string | null
  readonly sections: Partial<Record<OverviewSectionKey, string>>
  readonly problems: string | null
  readonly otherMatters: string | null
  readonly issuedOn: string | null
  /** The signer line of the 落款, as printed; null when none was found. */
  readonly signer: string | null
  /** Text found inside a table part that is no table (a part without its heading, a note). */
  readonly orphans: readonly Orphan[]
  /** Line ranges [from, to) of the three table parts' bodies. */
  readonly tableRanges: Partial<Record<'table2' | 'table3' | 'table4', [number, number]>>
}

const SIGNER =
  /^[^，,。；;：:！!？?]{2,40}(局|委|办|中心|政府|办公室|委员会|厅|部|院|署|所|站|处|队|会|公司)$/

/** Where the content ends: the first page-end line after the last heading, else the text's end. */
function contentEnd(lines: readonly string[], from: number): number {
  for (let i = from; i < lines.length; i += 1) if (isPageEnd(lines[i] ?? '')) return i
  return lines.length
}

function body(lines: readonly string[], heading: HeadingAt, end: number): string[] {
  return [heading.rest, ...lines.slice(heading.line + 1, end)].filter(
    (line) => !isInlineFurniture(line),
  )
}

/** Takes the signature (agency line, date line, furniture) off the end of the last part. */
function dropSignature(
  parts: string[],
  agencyName: string,
): { lines: string[]; issuedOn: string | null; signer: string | null } {
  const lines = parts.map(trimText)
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  let issuedOn: string | null = null
  let signer: string | null = null
  for (let step = 0; step < 4 && lines.length > 0; step += 1) {
    const last = lines[lines.length - 1] ?? ''
    const date = readSignatureDate(last)
    const key = labelKey(last)
    const signs =
      key !== '' && (key === labelKey(agencyName) || (issuedOn !== null && SIGNER.test(key)))
    if (date) issuedOn = date
    else if (signs) signer ??= stripMarkup(last)
    else if (!isFurniture(last) && last !== '') break
    lines.pop()
  }
  return { lines, issuedOn, signer }
}

/** The format's own notes inside table 3, which are no prose of the report. */
const TABLE_NOTE = /勾稽关系|本列数据|单位[:：]/

/** A line of prose: clauses with few digits, no table note; `sentence` also needs a full stop. */
function isProse(line: string, sentence: boolean): boolean {
  const text = stripMarkup(line)
  if (text === '' || text.length > 400 || TABLE_NOTE.test(text)) return false
  if (sentence && (text.length < 12 || !/[。；]/.test(text))) return false
  const digits = text.replace(/[^0-9０-９]/g, '').length
  return digits * 4 < text.length
}

/** The prose lines of a table part: sentences, with the lines wrapped before and after them. */
function proseLines(lines: readonly string[]): string[] {
  const prose: string[] = []
  let continues = false
  lines.forEach((line, i) => {
    const text = stripMarkup(line)
    const wrappedBefore =
      text.length >= 12 &&
      /[，：]$/.test(text) &&
      isProse(line, false) &&
      isProse(lines[i + 1] ?? '', false) &&
      /[。；]$/.test(stripMarkup(lines[i + 1] ?? ''))
    if (
      wrappedBefore ||
      isProse(line, true) ||
      (continues && text.length <= 60 && isProse(line, false))
    ) {
      prose.push(line)
      continues = !/[。！？；]["”」）)]*$/.test(text)
    } else continues = false
  })
  return prose
}

/** The text field nearest to a table part: 五 after table 4 (its heading may be missing), else 一. */
function orphanTarget(table: Orphan['from'], overviewFound: boolean): Orphan['to'] {
  return table === 'table4' || !overviewFound ? 'problems' : 'overview'
}

/** Cuts the narrative out of the lines along the outline. */
export function readNarrative(
  lines: readonly string[],
  outline: Outline,
  agencyName: string,
): NarrativeRead {
  const found = PART_KEYS.filter((part) => outline.parts[part]).map((part) => ({
    part,
    heading: outline.parts[part] as HeadingAt,
  }))
  const lastLine = found[found.length - 1]?.heading.line ?? 0
  const end = contentEnd(lines, lastLine + 1)
  const rangeEnd = (i: number) => found[i + 1]?.heading.line ?? end

  const texts: Partial<Record<PartKey, string[]>> = {}
  const tableRanges: NarrativeRead['tableRanges'] = {}
  const orphanLines: { from: 'table2' | 'table3' | 'table4'; lines: string[] }[] = []
  found.forEach(({ part, heading }, i) => {
    if (part === 'table2' || part === 'table3' || part === 'table4') {
      tableRanges[part] = [heading.line + 1, rangeEnd(i)]
      const sentences = proseLines(lines.slice(heading.line + 1, rangeEnd(i)))
      if (sentences.length > 0) orphanLines.push({ from: part, lines: sentences })
    } else texts[part] = body(lines, heading, rangeEnd(i))
  })

  const orphans: Orphan[] = []
  const toOverview: string[] = []
  for (const { from, lines: moved } of orphanLines) {
    const to = orphanTarget(from, outline.parts.overview !== undefined)
    // Text before 五's heading belongs at its start; text after 一 at its end.
    if (to === 'overview') toOverview.push(...moved)
    else texts[to] = [...moved, ...(texts[to] ?? [])]
    orphans.push({ from, to, text: moved.map(stripMarkup).join('') })
  }

  let issuedOn: string | null = null
  let signer: string | null = null
  const lastPart = PART_KEYS.filter((part) => texts[part]).pop()
  const lastFound = found[found.length - 1]?.part
  if (lastPart && (lastPart === lastFound || lastFound === 'table4')) {
    const signed = dropSignature(texts[lastPart] ?? [], agencyName)
    texts[lastPart] = signed.lines
    issuedOn = signed.issuedOn
    signer = signed.signer
  }

  const wrapped = looksWrapped([...preambleLines(lines, outline), ...Object.values(texts).flat()])
  const paragraphs = (part: string[]) => rebuildParagraphs(part, wrapped)
  const sections: Partial<Record<OverviewSectionKey, string>> = {}
  let intro: string | null = null
  const overview = outline.parts.overview
  if (overview) {
    const overviewEnd = found.find((f) => f.heading.line > overview.line)?.heading.line ?? end
    const starts = OVERVIEW_SECTION_KEYS.flatMap((key) => {
      const at = outline.sections[key]
      return at ? [{ key, at }] : []
    }).sort((a, b) => a.at.line - b.at.line)
    intro = paragraphs(body(lines, overview, starts[0]?.at.line ?? overviewEnd))
    starts.forEach(({ key, at }, i) => {
      sections[key] = paragraphs(body(lines, at, starts[i + 1]?.at.line ?? overviewEnd))
    })
    if (toOverview.length > 0) {
      const lastKey = starts[starts.length - 1]?.key
      const extra = paragraphs(toOverview)
      if (lastKey) sections[lastKey] = [sections[lastKey], extra].filter(Boolean).join('\n')
      else intro = [intro, extra].filter(Boolean).join('\n')
    }
  }

  return {
    preamble: readPreamble(lines, outline, wrapped),
    intro,
    sections,
    problems: texts.problems ? paragraphs(texts.problems) : null,
    otherMatters: texts.otherMatters ? paragraphs(texts.otherMatters) : null,
    issuedOn,
    signer,
    orphans,
    tableRanges,
  }
}

/** The preamble's lines: between title and the first heading, furniture dropped; null: no heading. */
function preambleLines(lines: readonly string[], outline: Outline): string[] {
  const firstHeading = PART_KEYS.map((part) => outline.parts[part]?.line).find(
    (l) => l !== undefined,
  )
  if (firstHeading === undefined) return []
  const from = outline.title ? outline.title.line + 1 : 0
  const candidate = lines.slice(from, firstHeading).filter((line) => !isFurniture(line))
  if (outline.title) return candidate
  const start = candidate.findIndex((line) => /报告|条例/.test(line))
  return start < 0 ? [] : candidate.slice(start)
}

/** The preamble as paragraphs; null when there is none. */
function readPreamble(lines: readonly string[], outline: Outline, wrapped: boolean): string | null {
  const text = rebuildParagraphs(preambleLines(lines, outline), wrapped)
  return text === '' ? null : text
}

/**
 * The report's title line in every form it is published in — “{机关}{年度}年（度）政府信息公开（工作）
 * 年度报告”, the year first, the year in brackets after it, behind a `标题:` label, a breadcrumb
 * trail or an archive's numbered file name — read into the agency's name and the year, as printed.
 */

/** Agency and year as a title states them. */
export interface TitleRead {
  readonly agencyName: string
  readonly year: number
}

// Matched on a compact form: no spaces, markup or book-title marks; NFKC digits and brackets.
const REPORT = '(?:政府)?信息公开(?:工作)?(?:年度报告|年报)'
const AGENCY_FIRST = new RegExp(`^(.*?)(\\d{4})年度?的?${REPORT}$`)
const TAIL = '信息公开(?:工作)?(?:年度报告|年报)'
const YEAR_FIRST = new RegExp(`^(\\d{4})年度?(.+)${TAIL}$`)
const YEAR_AFTER = new RegExp(`^(.+)${TAIL}\\((\\d{4})年?度?\\)$`)
const LABEL = /^(?:标题|题名|文件名称|文件名|名称|题目)[:]/
const FILE_NUMBER = /^\d+[_-]/
const FILE_EXTENSION = /\.(?:txt|html?|mhtml|pdf|docx?|wps|md)$/i
const BREADCRUMB = /[>›»/|＞]/
/** What an agency's name ends with when 政府 after it belongs to “政府信息公开”. */
const AGENCY_END =
  /(局|委|委员会|办|办公室|厅|院|会|中心|室|处|所|站|部|署|队|馆|公司|集团|管委会|政府)$/
/** A name holding sentence punctuation or a verb of the preamble is a phrase, not a name. */
const PHRASE =
  /[，,。；;、:：！!？?“”"《》]|现将|现向|现予|公布|编制|根据|按照|依据|本机关|本单位|本报告/

/** The compact comparison form of a title line. */
function compact(line: string): string {
  return line.normalize('NFKC').replace(/[\s\u00a0\u3000\u200b\ufeff*#`《》]+/g, '')
}

/** The agency as printed before “政府信息公开”: a trailing 政府 is the report's word unless the name needs it. */
function agencyBefore(text: string): string {
  if (/政府政府$/.test(text)) return text.slice(0, -2)
  if (/人民政府$/.test(text)) return text
  if (text.endsWith('政府') && AGENCY_END.test(text.slice(0, -2))) return text.slice(0, -2)
  return text
}

/** The name cleaned of what precedes or follows it in a title line (关于, a file's number). */
function cleanName(text: string): string {
  const trail = text.split(BREADCRUMB)
  return (trail[trail.length - 1] ?? '')
    .replace(FILE_NUMBER, '')
    .replace(/^关于/, '')
    .replace(/关于$/, '')
    .replace(/^[(（【[]+|[)）】\]]+$/g, '')
}

/**
 * Reads a title line; null when the line is not one. The name is as printed (a typo stays).
 * e.g. readTitleLine('2024年上海市科委政府信息公开工作年度报告') → { agencyName: '上海市科委', year: 2024 }.
 */
export function readTitleLine(line: string): TitleRead | null {
  const key = compact(line).replace(LABEL, '').replace(FILE_EXTENSION, '').replace(FILE_NUMBER, '')
  if (key.length > 120) return null
  const first = AGENCY_FIRST.exec(key)
  if (first) return { agencyName: cleanName(first[1] ?? ''), year: Number(first[2]) }
  const yearFirst = YEAR_FIRST.exec(key)
  if (yearFirst) {
    return { agencyName: cleanName(agencyBefore(yearFirst[2] ?? '')), year: Number(yearFirst[1]) }
  }
  const after = YEAR_AFTER.exec(key)
  if (after) return { agencyName: cleanName(agencyBefore(after[1] ?? '')), year: Number(after[2]) }
  return null
}

/** True when `name` reads as an agency's name rather than a phrase cut from a sentence. */
export function isAgencyName(name: string): boolean {
  return name.length >= 2 && name.length <= 40 && !PHRASE.test(name)
}

/** A short line that could be the first half of a title wrapped before its year. */
function isNameLine(line: string): boolean {
  const key = compact(line)
  return isAgencyName(key) && AGENCY_END.test(key.replace(/关于$/, ''))
}

/** The last line before `end` repeating the title found (a breadcrumb names it above the title). */
function lastRepeat(
  lines: readonly string[],
  end: number,
  title: TitleRead & { line: number },
): TitleRead & { line: number } {
  let line = title.line
  for (let i = title.line + 1; i < end; i += 1) {
    const again = readTitleLine(lines[i] ?? '')
    if (again && again.agencyName === title.agencyName && again.year === title.year) line = i
  }
  return { ...title, line }
}

/** How much a title line is trusted: a `标题:` label, a plain line, a file's name. */
function rank(line: string): number {
  const key = compact(line)
  if (LABEL.test(key)) return 0
  return FILE_EXTENSION.test(key) || FILE_NUMBER.test(key) ? 2 : 1
}

/**
 * The report's title among `lines[0..end)`: a title line that is a name and no sentence (a page's
 * `<title>`, a breadcrumb, the heading itself — the preamble's “现将…年度报告” is not), a
 * `标题:` label first and an archive's file name last; its name taken from the line above when
 * the title was wrapped before its year. Repeats of it (breadcrumb, then heading) end on the last.
 */
export function findTitle(
  lines: readonly string[],
  end: number,
): (TitleRead & { line: number }) | null {
  let best: (TitleRead & { line: number; rank: number }) | null = null
  let fallback: (TitleRead & { line: number }) | null = null
  for (let i = 0; i < end; i += 1) {
    const raw = lines[i] ?? ''
    if (raw.length > 200) continue
    const found = readTitleLine(raw)
    if (!found) continue
    let title: TitleRead = found
    if (found.agencyName === '') {
      const above = (lines[i - 1] ?? '').trim()
      if (above !== '' && isNameLine(above))
        title = { ...found, agencyName: cleanName(compact(above)) }
    }
    if (!isAgencyName(title.agencyName)) {
      fallback ??= { ...title, agencyName: '', line: i }
      continue
    }
    const r = rank(raw)
    if (!best || r < best.rank) best = { ...title, line: i, rank: r }
  }
  if (!best) return fallback
  return lastRepeat(lines, end, { agencyName: best.agencyName, year: best.year, line: best.line })
}

/**
 * The outline of a pasted report: where its title, six part headings and the five sub-part
 * headings of 一、总体情况 are, tolerating the heading variants agencies use, stray spaces and
 * half-width brackets. Works on lines; never throws.
 */
import { ownValue } from '../ownKey'
import { OVERVIEW_SECTION_KEYS, type OverviewSectionKey } from '../format'
import { PART_KEYS, type PartKey } from './partKeys'
import { labelKey, MAX_HEADING_LENGTH, rawIndexAfterKey } from './text'
import { findTitle } from './title'

export { PART_KEYS, type PartKey } from './partKeys'

// Matched on the labelKey form (NFKC, no spaces): “（一）” is “(一)”, “：” is “:”.
const NUMBERING = '[、.,:]?'
/** Another numeral than the printed one (local numbering of the parts), with its punctuation. */
const LOCAL_NUMBERING =
  '(?:[一二三四五六七八九十]{1,2}[、.]|\\([一二三四五六七八九十]{1,2}\\)|\\d{1,2}\\.)'
const PART_NUMERALS: Record<PartKey, string> = {
  overview: '一',
  table2: '二',
  table3: '三',
  table4: '四',
  problems: '五',
  otherMatters: '六',
}
/** What each part heading says after its numbering (variants agencies use). */
export const PART_TITLES: Record<PartKey, string> = {
  overview: '(总体情况|概述|总体概况)',
  table2: '主动公开政府信息(的)?情况',
  table3: '收到和处理政府信息公开申请(的)?情况',
  table4: '[^。;\\d]{0,24}?(行政复议|行政诉讼)[^。;]{0,24}?情况',
  problems: '[^。;\\d]{0,24}?(问题|不足)(及|和|与|以及)?(其?改进|整改)?(的)?(情况|措施|方向|计划)?',
  otherMatters: '其他需(要)?报告的?事项',
}
/**
 * A part heading's numbering and title, unanchored (the stream search anchors it itself); with
 * `local` false only its printed numeral (tried first: “（一）主动公开政府信息情况” inside 一 is a
 * sub-part, not table 2's heading).
 */
export function partHeadingSource(part: PartKey, local = true): string {
  const numbering = local
    ? `(?:${PART_NUMERALS[part]}${NUMBERING}|${LOCAL_NUMBERING})`
    : `${PART_NUMERALS[part]}${NUMBERING}`
  return `${numbering}${PART_TITLES[part]}`
}
/** A part heading without numbering, as a whole line (Word's automatic numbering is not text). */
const BARE_PART_PATTERNS = Object.fromEntries(
  PART_KEYS.map((part) => [part, new RegExp(`^${PART_TITLES[part]}[:。]?$`)]),
) as Record<PartKey, RegExp>
const PART_PATTERNS = Object.fromEntries(
  PART_KEYS.map((part) => [part, new RegExp(`^${partHeadingSource(part)}`)]),
) as Record<PartKey, RegExp>
const PRINTED_PART_PATTERNS = Object.fromEntries(
  PART_KEYS.map((part) => [part, new RegExp(`^${partHeadingSource(part, false)}`)]),
) as Record<PartKey, RegExp>

/** A heading found on a line, and any text that follows it on the same line. */
export interface HeadingAt {
  readonly line: number
  readonly rest: string
}

/** The located outline: line numbers of the title and headings, and sub-part headings of 一. */
export interface Outline {
  readonly title: { line: number; agencyName: string; year: number } | null
  readonly parts: Partial<Record<PartKey, HeadingAt>>
  readonly sections: Partial<Record<OverviewSectionKey, HeadingAt>>
}

function matchHeading(raw: string, key: string, pattern: RegExp): HeadingAt | null {
  const match = pattern.exec(key)
  if (!match) return null
  const rest = raw.slice(rawIndexAfterKey(raw, match[0].length))
  return { line: -1, rest: rest.replace(/^[\s\u3000。:：，,、]+/, '') }
}

/** A report title's year (and, year first, its name), unanchored. */
export const TITLE_SOURCE =
  /([0-9０-９]{4})年度?([^\s，,。；;:：、《》"]{0,30}?)(政府)?信息公开(工作)?(年度报告|年报)/.source

/** A sub-part heading of 一 (numbering required), unanchored. */
export const SECTION_SOURCE =
  /(\(([一二三四五])\)|([一二三四五六])[、.]|\(?[1-5][.)])(主动公开|依申请公开|政府信息管理|信息管理|政府信息公开平台建设|政府信息平台建设|公开平台建设|平台建设|监督保障)(政府信息)?(公开)?(工作)?(的)?(情况)?/
    .source
const SECTION = new RegExp(`^${SECTION_SOURCE}`)
/** A sub-part heading without numbering, as a whole line. */
const BARE_SECTION =
  /^(主动公开|依申请公开|政府信息管理|信息管理|政府信息公开平台建设|政府信息平台建设|公开平台建设|平台建设|监督保障)(政府信息)?(公开)?(工作)?(的)?情况[:。]?$/

/** Sub-part names as reports write them, by sub-part. */
export const SECTION_KEYS: Readonly<Record<string, OverviewSectionKey>> = {
  主动公开: 'proactive',
  依申请公开: 'onRequest',
  政府信息管理: 'management',
  信息管理: 'management',
  政府信息公开平台建设: 'platform',
  政府信息平台建设: 'platform',
  公开平台建设: 'platform',
  平台建设: 'platform',
  监督保障: 'oversight',
}

/** A numbered heading inside 一 worded freely: “（三）完善公开制度规范，加强政府信息管理”. */
const NUMBERED_SECTION = /^\(([一二三四五六七八九])\)([^。;]{2,40}?)(?:[。;]|$)/
const NUMERALS = '一二三四五六七八九'
/** What a freely worded sub-part heading speaks of, in the order it is tried. */
const SECTION_MEANINGS: readonly [OverviewSectionKey, RegExp][] = [
  ['onRequest', /依申请|申请公开|公开申请/],
  ['proactive', /主动公开/],
  ['platform', /平台|网站|新媒体|公开专栏|公开栏|载体|渠道|阵地/],
  ['oversight', /监督|保障|考核|培训|问责|评议|组织领导|机制建设/],
  ['management', /管理|制度|规范|审查|解读|清单/],
]

/** The sub-part a freely worded numbered heading is: by its words, else by its number. */
function sectionByMeaning(
  numeral: number,
  words: string,
  taken: Partial<Record<OverviewSectionKey, HeadingAt>>,
): OverviewSectionKey | undefined {
  const meant = SECTION_MEANINGS.find(([key, pattern]) => !taken[key] && pattern.test(words))
  if (meant) return meant[0]
  const byNumber = OVERVIEW_SECTION_KEYS[numeral - 1]
  return byNumber && !taken[byNumber] ? byNumber : undefined
}

/**
 * Finds the sub-part headings of 一、总体情况 between two lines: by their usual words, else — a
 * heading numbered （一）…（五） in rising order — by what its words speak of, else its number.
 */
function findSections(lines: readonly string[], from: number, to: number): Outline['sections'] {
  const sections: Partial<Record<OverviewSectionKey, HeadingAt>> = {}
  let lastNumeral = 0
  for (let i = from; i < to; i += 1) {
    const raw = lines[i] ?? ''
    const key = labelKey(
      raw.length > MAX_HEADING_LENGTH * 4 ? raw.slice(0, MAX_HEADING_LENGTH) : raw,
    )
    const bare = BARE_SECTION.exec(key)
    const heading = matchHeading(raw, key, SECTION) ?? (bare ? { line: i, rest: '' } : null)
    const name = SECTION.exec(key)?.[4] ?? bare?.[1]
    const section = name ? ownValue(SECTION_KEYS, name) : undefined
    const numeral = NUMERALS.indexOf(/^\(([一二三四五六七八九])\)/.exec(key)?.[1] ?? '?') + 1
    if (heading && section && !sections[section]) {
      sections[section] = { ...heading, line: i }
      if (numeral > 0) lastNumeral = numeral
      continue
    }
    const loose = NUMBERED_SECTION.exec(key)
    if (!loose || numeral <= lastNumeral || numeral > 5) continue
    const free = sectionByMeaning(numeral, loose[2] ?? '', sections)
    if (!free) continue
    const freeHeading = matchHeading(raw, key, /^\([一二三四五六七八九]\)[^。;]{2,40}?(?:[。;]|$)/)
    sections[free] = { rest: freeHeading?.rest ?? '', line: i }
    lastNumeral = numeral
  }
  return sections
}

/** Sub-part headings that stand for 一 when its own heading is not printed. */
const MIN_SUBPARTS_WITHOUT_HEADING = 3

/**
 * Locates title and headings. Parts are searched in order, each after the previous one found; the
 * title is the last title-shaped line before 一 (breadcrumbs repeat it above the real one).
 */
export function findOutline(lines: readonly string[]): Outline {
  const parts: Partial<Record<PartKey, HeadingAt>> = {}
  let from = 0
  const headingAt = (i: number, patterns: Record<PartKey, RegExp>, part: PartKey) => {
    const raw = lines[i] ?? ''
    // Only the line's start can be a heading: a long line (a part run on after its heading,
    // as anchorText leaves a one-line page) is keyed by its first characters.
    const head = raw.length > MAX_HEADING_LENGTH * 4 ? raw.slice(0, MAX_HEADING_LENGTH) : raw
    const key = labelKey(head)
    return (
      matchHeading(raw, key, patterns[part]) ??
      (BARE_PART_PATTERNS[part].test(key) ? { line: i, rest: '' } : null)
    )
  }
  for (const part of PART_KEYS) {
    // The printed numeral first, anywhere after the previous part; local numbering only then.
    for (const patterns of [PRINTED_PART_PATTERNS, PART_PATTERNS]) {
      let heading: HeadingAt | null = null
      let i = from
      for (; i < lines.length && !heading; i += 1) heading = headingAt(i, patterns, part)
      if (heading) {
        parts[part] = { ...heading, line: i - 1 }
        from = i
        break
      }
    }
  }
  const firstPart = PART_KEYS.map((part) => parts[part]?.line).find((line) => line !== undefined)
  const title = findTitle(lines, firstPart ?? Math.min(lines.length, 200))
  const overview = parts.overview
  const next = PART_KEYS.slice(1)
    .map((part) => parts[part]?.line)
    .find((line) => line !== undefined)
  if (overview) {
    return { title, parts, sections: findSections(lines, overview.line + 1, next ?? lines.length) }
  }
  // No 总体情况 heading, its sub-parts printed as the first sections (“一、主动公开情况 …
  // 五、监督保障情况”, then 二、主动公开政府信息情况): 一 starts at its first sub-part.
  const start = title && title.line >= 0 ? title.line + 1 : 0
  const sections = findSections(lines, start, next ?? lines.length)
  const first = Object.values(sections).sort((a, b) => a.line - b.line)[0]
  if (!first || Object.keys(sections).length < MIN_SUBPARTS_WITHOUT_HEADING) {
    return { title, parts, sections: {} }
  }
  return { title, parts: { ...parts, overview: { line: first.line, rest: '' } }, sections }
}

/** The sub-part keys of 一 in printed order (re-exported for callers of the outline). */
export const SECTION_ORDER: readonly OverviewSectionKey[] = OVERVIEW_SECTION_KEYS

/**
 * Label anchoring: a page whose text arrives as one long line (or whose headings run on within a
 * paragraph) is given line breaks at the labels found anywhere in its character stream — the
 * title, the six part headings in their order, the sub-part headings of 一, page furniture and the
 * closing signature — so the outline and the narrative cut it as they cut a well-broken page.
 * Table rows need no breaks: their labels and numbers are told apart by the tokenizer.
 */
import { PART_KEYS, partHeadingSource, SECTION_SOURCE, TITLE_SOURCE, type PartKey } from './outline'
import { streamKey, type StreamKey } from './streamKey'
import { isAgencyName } from './title'

/** Longest text anchored (a published report is well under 300,000 characters). */
export const MAX_ANCHORED_CHARS = 1_000_000

/** Key characters a real heading's numbering cannot follow (“十一、” is not “一、”). */
const NUMERAL_BEFORE = /[一二三四五六七八九十第]/

const FIELD =
  /(发布时间|发布日期|成文日期|生成日期|公开日期|信息来源|文章来源|来源|索引号|发文机关|发布机构|责任编辑|浏览次数|阅读次数|点击数)[:]/g
const FIELD_VALUE = /^[:]?\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\d{1,2}:\d{2}(:\d{2})?)?/
const TOOLS =
  /(【字体:[大中小]*】|【字号:[大中小]*】|字体:[大中小]+|打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]|返回顶部|分享到:|扫一扫|我要纠错|上一篇|下一篇|附件下载|附件:|当前位置:|您当前的位置:|您的位置:)/g
const DATE =
  /([\d〇零O一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日/g

function search(key: string, source: string, from: number, to = key.length) {
  const pattern = new RegExp(source, 'g')
  pattern.lastIndex = from
  for (let match = pattern.exec(key); match; match = pattern.exec(key)) {
    if (match.index >= to) return null
    const before = key[match.index - 1] ?? ''
    if (!NUMERAL_BEFORE.test(before))
      return { start: match.index, end: match.index + match[0].length }
    pattern.lastIndex = match.index + 1
  }
  return null
}

/** Where the parts start and end in the key: each searched after the previous one found. */
function findParts(stream: StreamKey): Partial<Record<PartKey, { start: number; end: number }>> {
  const found: Partial<Record<PartKey, { start: number; end: number }>> = {}
  let from = 0
  for (const part of PART_KEYS) {
    const at =
      search(stream.key, partHeadingSource(part, false), from) ??
      search(stream.key, partHeadingSource(part), from)
    if (at) {
      found[part] = at
      from = at.end
    }
  }
  return found
}

/**
 * The breaks of the title: after it, and before its agency name (walking back to a boundary). The
 * title is the first match that stands as a name, not the preamble's “现将…年度报告予以公布”.
 */
function titleBreaks(
  raw: string,
  stream: StreamKey,
  end: number,
  breaks: Set<number>,
  joins: Set<number>,
): { agency: string; keyEnd: number } {
  const pattern = new RegExp(TITLE_SOURCE, 'g')
  for (let m = pattern.exec(stream.key); m && m.index < end; m = pattern.exec(stream.key)) {
    const rawEnd = stream.rawAt[m.index + m[0].length] ?? raw.length
    let start = stream.rawAt[m.index] ?? 0
    let steps = 0
    while (start > 0 && steps < 40 && !/[\s>›»/|＞:：，,。]/.test(raw[start - 1] ?? '')) {
      start -= 1
      steps += 1
    }
    const name = raw.slice(start, stream.rawAt[m.index] ?? start).replace(/\s+/g, '')
    const inner = m[2] ?? ''
    if (
      steps >= 40 ||
      (name !== '' && !isAgencyName(name)) ||
      (inner !== '' && !isAgencyName(inner))
    )
      continue
    breaks.add(start)
    breaks.add(rawEnd)
    // A title wrapped over two lines (a PDF's centred title) is one line again.
    for (let i = stream.rawAt[m.index] ?? rawEnd; i < rawEnd; i += 1) {
      if (raw[i] === '\n') joins.add(i)
    }
    return { agency: name, keyEnd: m.index + m[0].length }
  }
  return { agency: '', keyEnd: 0 }
}

/** Where the preamble starts on a one-line page: its usual first words after the title. */
const PREAMBLE_START = /本(年度)?报告(是)?(根据|依据|按照)|根据《中华人民共和国政府信息公开条例》/

function furnitureBreaks(raw: string, stream: StreamKey, agency: string, breaks: Set<number>) {
  const { key, rawAt } = stream
  const agencyKey = agency ? streamKey(agency).key : ''
  for (const match of key.matchAll(FIELD)) {
    breaks.add(rawAt[match.index] ?? 0)
    const end = match.index + match[0].length
    const value = FIELD_VALUE.exec(key.slice(end - 1))
    if (value) breaks.add(rawAt[end - 1 + value[0].length] ?? raw.length)
    // 来源：<the agency> — the source is the agency itself on most sites.
    else if (agencyKey && key.startsWith(agencyKey, end))
      breaks.add(rawAt[end + agencyKey.length] ?? raw.length)
  }
  for (const match of key.matchAll(TOOLS)) {
    const start = /[【[(]/.test(key[match.index - 1] ?? '') ? match.index - 1 : match.index
    breaks.add(rawAt[start] ?? 0)
  }
}

/** The signature after 六: the last date followed by no more than furniture, and the signer. */
function signatureBreaks(stream: StreamKey, from: number, agency: string, breaks: Set<number>) {
  const { key, rawAt } = stream
  let last: RegExpExecArray | null = null
  DATE.lastIndex = from
  for (let m = DATE.exec(key); m; m = DATE.exec(key)) last = m
  if (!last || key.length - (last.index + last[0].length) > 200) return
  const end = last.index + last[0].length
  breaks.add(rawAt[last.index] ?? 0)
  breaks.add(rawAt[end] ?? 0)
  const agencyKey = streamKey(agency).key
  if (agencyKey && key.slice(0, last.index).endsWith(agencyKey)) {
    breaks.add(rawAt[last.index - agencyKey.length] ?? 0)
  }
}

/**
 * The text with a line break before every label found mid-line (and after the title and the
 * table headings, whose tables follow). Lines already broken there are kept as they are.
 * e.g. anchorText('…公开。二、主动公开政府信息情况第二十条…') puts the heading on its own line.
 */
export function anchorText(raw: string): string {
  if (raw.length > MAX_ANCHORED_CHARS) return raw
  const stream = streamKey(raw)
  const parts = findParts(stream)
  const breaks = new Set<number>()
  const firstPart = PART_KEYS.map((part) => parts[part]?.start).find((s) => s !== undefined)
  const joins = new Set<number>()
  const { agency, keyEnd: preambleFrom } = titleBreaks(
    raw,
    stream,
    firstPart ?? Math.min(stream.key.length, 2000),
    breaks,
    joins,
  )
  for (const part of PART_KEYS) {
    const at = parts[part]
    if (!at) continue
    breaks.add(stream.rawAt[at.start] ?? 0)
    if (part === 'table2' || part === 'table3' || part === 'table4') {
      breaks.add(stream.rawAt[at.end] ?? raw.length)
    }
  }
  const overview = parts.overview
  if (overview) {
    const to = PART_KEYS.slice(1)
      .map((p) => parts[p]?.start)
      .find((s) => s !== undefined)
    let from = overview.end
    for (;;) {
      const at = search(stream.key, SECTION_SOURCE, from, to ?? stream.key.length)
      if (!at) break
      breaks.add(stream.rawAt[at.start] ?? 0)
      from = at.end
    }
  }
  furnitureBreaks(raw, stream, agency, breaks)
  const preamble = new RegExp(PREAMBLE_START.source, 'g')
  preamble.lastIndex = preambleFrom
  const start = preamble.exec(stream.key)
  if (start && start.index < (firstPart ?? stream.key.length))
    breaks.add(stream.rawAt[start.index] ?? 0)
  const last = parts.otherMatters ?? parts.problems
  if (last) signatureBreaks(stream, last.end, agency, breaks)

  const cuts = [...new Set([...breaks, ...joins])]
    .filter((i) => i > 0 && i < raw.length)
    .sort((a, b) => a - b)
  let out = ''
  let previous = 0
  for (const cut of cuts) {
    out += raw.slice(previous, cut)
    if (joins.has(cut)) {
      previous = cut + 1 // the newline inside a wrapped title is dropped
      continue
    }
    // No break where the line so far is only indentation or markup (“## ” before a heading).
    const lineSoFar = out.slice(out.lastIndexOf('\n') + 1)
    const restOfLine = /^[\t \u3000\u00a0]*(\r?\n|$)/.test(raw.slice(cut, cut + 200))
    if (!/^[\t \u3000\u00a0#*>]*$/.test(lineSoFar) && !restOfLine) out += '\n'
    previous = cut
  }
  return out + raw.slice(previous)
}

/**
 * W3: numbers the narrative quotes (“共收到政府信息公开申请75件”) checked against the tables.
 * Each claim kind has the phrasings reports use, in Arabic and Chinese numerals.
 */
import type { CellKey } from '../cells'
import type { ParsedCell } from '../numbers'
import type { CellValues } from '../totals'
import { NUMBER_GROUP, readNumber } from './chineseNumerals'

/** What a sentence states and which table figure it must equal. */
export interface ClaimKind {
  readonly id: string
  /** How the table figure is described in a message. */
  readonly tableLabel: string
  /** Cells whose sum is the figure; all must be valid for a comparison. */
  readonly cells: readonly CellKey[]
  readonly patterns: readonly RegExp[]
  /** Phrases that state zero (“未发生行政复议”). */
  readonly zeroPatterns?: readonly RegExp[]
}

const N = NUMBER_GROUP
// A gap inside one clause: no clause punctuation and no digits, so a pattern cannot reach into
// the next figure.
const gap = (max: number) => `[^，。；;,\\d０-９零〇一二两三四五六七八九十百千万]{0,${max}}?`
const UNIT = '\\s*(?:件|起|宗|份|个)'

function re(source: string): RegExp {
  return new RegExp(source, 'g')
}

/** The claim kinds of W3, in the order findings are listed. */
export const CLAIM_KINDS: readonly ClaimKind[] = [
  {
    id: 'newReceived',
    tableLabel: '表三“一、本年新收政府信息公开申请数量”总计',
    cells: ['table3.newReceived.total'],
    patterns: [
      re(`(?:共|累计|全年)?(?:收到|新收|受理|接收|接到)${gap(16)}申请${gap(6)}${N}${UNIT}`),
      re(`申请${gap(4)}(?:共|总计|合计)${N}${UNIT}`),
    ],
  },
  {
    id: 'carriedOver',
    tableLabel: '表三“二、上年结转政府信息公开申请数量”总计',
    cells: ['table3.carriedOver.total'],
    patterns: [re(`上一?年度?结转${gap(12)}${N}${UNIT}`)],
  },
  {
    id: 'results',
    tableLabel: '表三“（七）总计”总计',
    cells: ['table3.resultsTotal.total'],
    patterns: [re(`(?:办结|答复|处理完毕)${gap(10)}${N}${UNIT}`)],
  },
  {
    id: 'carriedForward',
    tableLabel: '表三“四、结转下年度继续办理”总计',
    cells: ['table3.carriedForward.total'],
    patterns: [re(`结转(?:至|到)?下一?年度?${gap(10)}${N}${UNIT}`)],
  },
  {
    id: 'reconsideration',
    tableLabel: '表四“行政复议”总计',
    cells: ['table4.reconsideration.total'],
    patterns: [
      re(`行政复议(?:案件|申请)?${gap(6)}${N}${UNIT}`),
      re(`${N}${UNIT}${gap(4)}行政复议`),
    ],
    zeroPatterns: [re(`(?:未发生|未发现|没有|无)${gap(24)}行政复议`)],
  },
  {
    id: 'litigation',
    tableLabel: '表四“行政诉讼”两组总计之和',
    cells: ['table4.litigationDirect.total', 'table4.litigationAfterReconsideration.total'],
    patterns: [re(`行政诉讼(?:案件)?${gap(6)}${N}${UNIT}`), re(`${N}${UNIT}${gap(4)}行政诉讼`)],
    zeroPatterns: [re(`(?:未发生|未发现|没有|无)${gap(30)}行政诉讼`)],
  },
  {
    id: 'normativeDocuments',
    tableLabel: '表二“行政规范性文件”本年制发件数',
    cells: ['table2.normativeDocuments.issued'],
    patterns: [re(`(?:制发|印发|出台|公开|发布)${gap(10)}规范性文件${gap(4)}${N}${UNIT}`)],
  },
]

/** A number the narrative states, where it stands, and what kind of figure it is. */
export interface Claim {
  readonly kind: ClaimKind
  readonly value: number
  readonly phrase: string
  readonly start: number
  readonly end: number
  /** Where the number itself stands (the whole phrase for a zero phrase): what a fix replaces. */
  readonly numberStart: number
  readonly numberEnd: number
}

/** Finds every claim in a text, e.g. “共收到政府信息公开申请七十五件” → newReceived 75. */
export function findClaims(text: string): Claim[] {
  const claims: Claim[] = []
  const taken: [number, number][] = []
  const overlaps = (s: number, e: number) => taken.some(([a, b]) => s < b && e > a)
  for (const kind of CLAIM_KINDS) {
    for (const pattern of kind.patterns) {
      for (const match of text.matchAll(pattern)) {
        const value = readNumber(match[1] ?? '')
        const start = match.index
        const end = start + match[0].length
        if (value === null || overlaps(start, end)) continue
        taken.push([start, end])
        // The clause gaps admit no numeral, so the number occurs once in the phrase.
        const numberStart = start + match[0].indexOf(match[1] ?? '')
        const numberEnd = numberStart + (match[1] ?? '').length
        claims.push({ kind, value, phrase: match[0], start, end, numberStart, numberEnd })
      }
    }
    for (const pattern of kind.zeroPatterns ?? []) {
      for (const match of text.matchAll(pattern)) {
        const start = match.index
        const end = start + match[0].length
        if (overlaps(start, end)) continue
        claims.push({
          kind,
          value: 0,
          phrase: match[0],
          start,
          end,
          numberStart: start,
          numberEnd: end,
        })
      }
    }
  }
  return claims.sort((a, b) => a.start - b.start)
}

/** The table figure a claim must equal, or null when a cell is blank or invalid. */
export function tableFigure(kind: ClaimKind, values: CellValues): number | null {
  let total = 0
  for (const key of kind.cells) {
    const value: ParsedCell | undefined = values.get(key)
    if (value?.status !== 'valid') return null
    total += value.value
  }
  return total
}

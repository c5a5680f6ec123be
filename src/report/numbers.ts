/**
 * Number parsing for table cells (rule V1). People type counts in many ways: full-width digits
 * (１２), with spaces, with thousands separators. Everything else is kept as typed and reported.
 */
import type { CellKind } from './cells'

/** The result of reading one cell's text. */
export type ParsedCell =
  | { readonly status: 'blank' }
  | { readonly status: 'valid'; readonly value: number; readonly text: string }
  | { readonly status: 'invalid'; readonly reason: string }

/** Most decimals a fee in 万元 may have (real reports use 0–6). */
export const MAX_AMOUNT_DECIMALS = 6

const BLANK: ParsedCell = { status: 'blank' }

// Full-width forms (U+FF01–U+FF5E) map to ASCII by a fixed offset; spaces of every kind go.
function normalise(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u00A0\u3000]+/g, ' ')
    .trim()
}

const PLAIN_DIGITS = /^\d+$/
const GROUPED_DIGITS = /^\d{1,3}(,\d{3})+$/

function readInteger(body: string): string | null {
  if (PLAIN_DIGITS.test(body)) return body
  if (GROUPED_DIGITS.test(body)) return body.replace(/,/g, '')
  return null
}

function explain(normalised: string, kind: CellKind): string {
  if (/^[-−–—]\s*\d/.test(normalised)) return '不能为负数'
  if (/^[/／\\、-]+$|^无$|^—+$|^－+$/.test(normalised))
    return '不能填“' + normalised + '”，没有请填0'
  if (/\d\s*(元|万元|件|个|条|项|次|%)$/.test(normalised)) return '只填数字，不要带单位'
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(normalised)) return '请直接写出数字，不要用科学计数法'
  if (kind === 'count' && /^[\d,]+\.\d+$/.test(normalised)) return '件数须为整数，不能有小数'
  if (kind === 'amount' && /^[\d,]+\.\d+$/.test(normalised)) {
    return `金额最多${MAX_AMOUNT_DECIMALS}位小数`
  }
  if (/^\d[\d ]*\d$/.test(normalised)) return '数字中间不能有空格'
  if (/,/.test(normalised)) return '千分位逗号位置不对'
  return kind === 'count' ? '请填写不小于0的整数' : '请填写不小于0的数字（单位：万元）'
}

/**
 * Reads a cell's text per V1. Counts: “１２” → 12, “1,234” → 1234, “ 7 ” → 7; “-1”, “1.5”, “无”,
 * “12元”, “1e3” are invalid. Amounts (万元) keep their decimals exactly: “4068.208” stays “4068.208”.
 */
export function parseCell(raw: string, kind: CellKind): ParsedCell {
  const normalised = normalise(raw)
  if (normalised === '') return BLANK
  const [integerPart = '', fraction, ...rest] = normalised.split('.')
  const integer = readInteger(integerPart)
  const fractionOk =
    fraction === undefined ||
    (kind === 'amount' && /^\d+$/.test(fraction) && fraction.length <= MAX_AMOUNT_DECIMALS)
  if (integer !== null && rest.length === 0 && fractionOk) {
    const text =
      fraction === undefined
        ? integer.replace(/^0+(?=\d)/, '')
        : `${integer.replace(/^0+(?=\d)/, '')}.${fraction}`
    const value = Number(text)
    if (kind === 'count' && !Number.isSafeInteger(value)) {
      return { status: 'invalid', reason: '数字太大' }
    }
    return { status: 'valid', value, text }
  }
  return { status: 'invalid', reason: explain(normalised, kind) }
}

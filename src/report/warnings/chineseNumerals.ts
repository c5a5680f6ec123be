/** Reading numbers as reports write them: Arabic (also full-width) or Chinese numerals up to 亿. */
import { hasOwnKey, ownValue } from '../ownKey'

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
}
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 }
const BIG_UNITS: Record<string, number> = { 万: 10_000, 亿: 100_000_000 }

/**
 * A number as reports write it: Arabic digits (thousands separators inside only) or Chinese
 * numerals. Used to build patterns; see `NUMBER_GROUP` for a pattern that stays linear.
 */
export const NUMBER_PATTERN =
  '[0-9０-９](?:[0-9０-９,，]*[0-9０-９])?|[零〇一二两三四五六七八九十百千万亿]+'

const NUMBER_CHARS = '0-9０-９零〇一二两三四五六七八九十百千万亿'

/**
 * The number as capture group 1, matched in linear time: it starts only where a run of numeral
 * characters starts (the lookbehind), and the run is taken whole and never given back (an atomic
 * group, written as a lookahead and a back-reference). Without both, a run of n numerals that is
 * not followed by what the pattern wants is tried at n starts and n lengths each: 10,000 〇 cost
 * seconds per keystroke. Only one number group per pattern (it is group 1).
 */
export const NUMBER_GROUP = `(?<![${NUMBER_CHARS},，])(?=(${NUMBER_PATTERN}))\\1`

/**
 * Reads “75”, “７５”, “1,234”, “七十五”, “十二”, “一百零三”, “两千”, “三万五千” → number; null
 * when the text is not a number.
 */
export function readNumber(text: string): number | null {
  const ascii = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
  if (/^\d{1,3}([,，]\d{3})+$|^\d+$/.test(ascii)) return Number(ascii.replace(/[,，]/g, ''))
  return readChinese(text)
}

function readChinese(text: string): number | null {
  if (!/^[零〇一二两三四五六七八九十百千万亿]+$/.test(text)) return null
  // Digit strings like 二〇二一 are years, read digit by digit.
  if (!/[十百千万亿]/.test(text)) {
    return Number([...text].map((ch) => ownValue(DIGITS, ch)).join(''))
  }
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const ch of text) {
    if (hasOwnKey(DIGITS, ch)) {
      digit = ownValue(DIGITS, ch) ?? 0
    } else if (hasOwnKey(UNITS, ch)) {
      section += (digit ?? 1) * (ownValue(UNITS, ch) ?? 1)
      digit = null
    } else if (hasOwnKey(BIG_UNITS, ch)) {
      total += (section + (digit ?? 0)) * (ownValue(BIG_UNITS, ch) ?? 1)
      section = 0
      digit = null
    }
  }
  return total + section + (digit ?? 0)
}

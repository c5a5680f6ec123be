/** Reading numbers as reports write them: Arabic (also full-width) or Chinese numerals up to 亿. */

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

/** The characters a number may be written with; used to build patterns. */
export const NUMBER_PATTERN = '[0-9０-９,，]+|[零〇一二两三四五六七八九十百千万亿]+'

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
    return Number([...text].map((ch) => DIGITS[ch]).join(''))
  }
  let total = 0
  let section = 0
  let digit: number | null = null
  for (const ch of text) {
    if (ch in DIGITS) {
      digit = DIGITS[ch] ?? 0
    } else if (ch in UNITS) {
      section += (digit ?? 1) * (UNITS[ch] ?? 1)
      digit = null
    } else if (ch in BIG_UNITS) {
      total += (section + (digit ?? 0)) * (BIG_UNITS[ch] ?? 1)
      section = 0
      digit = null
    }
  }
  return total + section + (digit ?? 0)
}

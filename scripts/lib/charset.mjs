// The character set the PDF fonts are cut to at build time: GB 2312 plus the punctuation and
// symbols reports use.

/** GB 2312's 682 symbols (rows 1–9) and 6,763 hanzi (rows 16–87), decoded from EUC-CN. */
export function gb2312CodePoints() {
  const decoder = new TextDecoder('gbk')
  /** @type {Set<number>} */
  const codePoints = new Set()
  const rows = [...range(0xa1, 0xa9), ...range(0xb0, 0xf7)]
  for (const row of rows) {
    for (const cell of range(0xa1, 0xfe)) {
      const text = decoder.decode(new Uint8Array([row, cell]))
      const cp = text.codePointAt(0) ?? 0xfffd
      if (text.length === 1 && cp !== 0xfffd && !(cp >= 0xe000 && cp <= 0xf8ff)) codePoints.add(cp)
    }
  }
  return codePoints
}

/** ASCII, CJK and full-width punctuation, and symbols seen in reports beyond GB 2312. */
export function reportSymbolCodePoints() {
  return new Set([
    ...range(0x20, 0x7e),
    0xa0, // no-break space
    0xb7, // ·
    0xb0, // °
    0xd7, // ×
    0xf7, // ÷
    ...range(0x2010, 0x2027), // ‐ – — ‘ ’ “ ” • … etc.
    ...range(0x2030, 0x2033), // ‰ ′ ″
    0x2116, // №
    0x2103, // ℃
    ...range(0x2160, 0x216b), // Ⅰ–Ⅻ
    ...range(0x2460, 0x249b), // ①–⑳ ⑴–⒇ ⒈–⒛
    ...range(0x3000, 0x303f), // CJK symbols and punctuation, 〇 〔 〕 〖 〗
    ...range(0xfe30, 0xfe4f), // CJK compatibility forms
    ...range(0xff01, 0xff5e), // full-width ASCII
    0xffe0,
    0xffe1,
    0xffe5, // ¢ £ ¥ full-width
  ])
}

/** @param {number} from @param {number} to inclusive */
function range(from, to) {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** GB 2312's hanzi by level: level 1 (rows 16–55, the 3,755 commonest), level 2 (rows 56–87). */
export function gb2312Levels() {
  const decoder = new TextDecoder('gbk')
  const level = (/** @type {number} */ from, /** @type {number} */ to) =>
    range(from, to).flatMap((row) =>
      range(0xa1, 0xfe)
        .map((cell) => decoder.decode(new Uint8Array([row, cell])))
        .filter((text) => text.length === 1 && text !== '\ufffd')
        .map((text) => /** @type {number} */ (text.codePointAt(0))),
    )
  return [level(0xb0, 0xd7), level(0xd8, 0xf7)]
}

/** How ledger wordings are compared: width, spaces, brackets, quotes and leading numbering ignored. */

const LEADING_NUMBERING =
  /^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．])\s*/

/** The comparison key of a header or a value, e.g. “（四）无法提供 1.本机关不掌握…” → “无法提供本机关不掌握…”. */
export function wordingKey(text: unknown): string {
  let key = String(text ?? '')
    .normalize('NFKC')
    .replace(/[\s\u3000]+/g, '')
    .replace(/[“”"'‘’「」『』]/g, '')
    // Separators between a group and its row (“不予公开—属于国家秘密”) say nothing.
    .replace(/[-—–_:/·|\\]/g, '')
  // Numbering may prefix each part of a printed label (“（三）不予公开3.危及…”).
  for (let previous = ''; previous !== key;) {
    previous = key
    key = key.replace(LEADING_NUMBERING, '')
  }
  return key.replace(/(?<=[^\d])(?:[（(][一二三四五六七八九十]+[）)]|\d+[.、．])(?=[^\d])/g, '')
}

/** True when a cell holds nothing (null, empty or only spaces). */
export function isBlankCell(value: unknown): boolean {
  return value === null || value === undefined || String(value).trim() === ''
}

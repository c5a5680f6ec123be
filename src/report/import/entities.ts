/** HTML character references: the named ones pasted reports use, and every numeric one. */
import { ownValue } from '../ownKey'

const NAMED: Readonly<Record<string, string>> = {
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  ldquo: '“',
  rdquo: '”',
  lsquo: '‘',
  rsquo: '’',
  mdash: '—',
  ndash: '–',
  hellip: '…',
  middot: '·',
  times: '×',
  divide: '÷',
  yen: '¥',
  copy: '©',
  reg: '®',
  deg: '°',
  bull: '•',
  shy: '',
  zwnj: '',
  zwj: '',
}

const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{1,31}));?/g

function fromCodePoint(code: number, original: string): string {
  if (!Number.isFinite(code) || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
    return original
  }
  return code === 0 ? '\ufffd' : String.fromCodePoint(code)
}

/** Decodes `&nbsp;`, `&amp;`, `&#20013;`, `&#x4E2D;` and friends; unknown names stay as written. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text
  return text.replace(REFERENCE, (match, hex?: string, dec?: string, name?: string) => {
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16), match)
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10), match)
    const named = name === undefined ? undefined : ownValue(NAMED, name.toLowerCase())
    return named ?? match
  })
}

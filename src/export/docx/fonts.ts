/**
 * The fonts a Word file names (spec §7a): GB/T 9704's faces by their East Asian names, each with
 * the fallback Word and WPS use when the agency's PC lacks it. Named only, never embedded.
 */

/** One role's font: the East Asian name, its fallback, and the face for Latin letters and digits. */
export interface WordFont {
  readonly eastAsia: string
  readonly fallback: string
  readonly latin: string
}

/** Role → font: 小标宋 title, 黑体 一、, 楷体 （一）, 仿宋 body and tables, 宋体 page numbers. */
export const WORD_FONTS = {
  title: { eastAsia: '方正小标宋简体', fallback: '宋体', latin: 'Times New Roman' },
  heading: { eastAsia: '黑体', fallback: '黑体', latin: 'Times New Roman' },
  subheading: { eastAsia: '楷体_GB2312', fallback: '楷体', latin: 'Times New Roman' },
  body: { eastAsia: '仿宋_GB2312', fallback: '仿宋', latin: 'Times New Roman' },
  pageNumber: { eastAsia: '宋体', fallback: '宋体', latin: '宋体' },
} as const satisfies Record<string, WordFont>

/** A run's `w:rFonts`: the East Asian name for Chinese, the Latin face for digits and letters. */
export function runFonts(font: WordFont) {
  return { eastAsia: font.eastAsia, ascii: font.latin, hAnsi: font.latin, cs: font.latin }
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** A font's declaration: GB 2312 charset; `w:altName` the name a missing font falls back to. */
function fontEntry(name: string, altName: string | null, family: string, charset = '86'): string {
  const alt = altName && altName !== name ? `<w:altName w:val="${escapeXml(altName)}"/>` : ''
  return (
    `<w:font w:name="${escapeXml(name)}">${alt}<w:charset w:val="${charset}"/>` +
    `<w:family w:val="${family}"/><w:pitch w:val="variable"/></w:font>`
  )
}

/**
 * `word/fontTable.xml` declaring every named font with its fallback (`w:altName`) and no embedded
 * data, replacing the docx package's table (which lists only its defaults).
 */
export function fontTableXml(): string {
  const entries = new Map<string, string>()
  for (const font of Object.values(WORD_FONTS)) {
    const family = font.eastAsia.includes('黑') ? 'swiss' : 'roman'
    entries.set(font.eastAsia, fontEntry(font.eastAsia, font.fallback, family))
    if (!entries.has(font.fallback)) {
      entries.set(font.fallback, fontEntry(font.fallback, null, family))
    }
  }
  entries.set('Times New Roman', fontEntry('Times New Roman', null, 'roman', '00'))
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<w:fonts xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    [...entries.values()].join('') +
    '</w:fonts>'
  )
}

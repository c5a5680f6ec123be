// Reading a .docx back for tests, independently of the code that wrote it: fflate unzips,
// the DOM's XML parser reads WordprocessingML, and tables are resolved from gridSpan/vMerge.
import { strFromU8, unzipSync } from 'fflate'

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'

/** The package's parts by path. */
export function unzipDocx(bytes: Uint8Array): Record<string, string> {
  const files = unzipSync(bytes)
  return Object.fromEntries(Object.entries(files).map(([path, data]) => [path, strFromU8(data)]))
}

/** Parses a part as XML. */
export function xml(text: string): Document {
  return new DOMParser().parseFromString(text, 'application/xml')
}

/** The `w:val`-like attribute `name` of an element (namespaced). */
export function wAttr(el: Element | null | undefined, name: string): string | null {
  return el?.getAttributeNS(W, name) ?? null
}

/** Direct children of `el` named `w:${local}`. */
export function wChildren(el: Element, local: string): Element[] {
  return Array.from(el.children).filter((c) => c.namespaceURI === W && c.localName === local)
}

/** All descendants named `w:${local}`. */
export function wAll(el: Element | Document, local: string): Element[] {
  return Array.from(el.getElementsByTagNameNS(W, local))
}

/** A Word table's text by slot `r,c`, merged cells resolved (a vMerge continuation takes its origin's text). */
export function tableSlots(tbl: Element): Map<string, string> {
  const slots = new Map<string, string>()
  wChildren(tbl, 'tr').forEach((tr, r) => {
    let c = 0
    for (const tc of wChildren(tr, 'tc')) {
      const tcPr = wChildren(tc, 'tcPr')[0]
      const span = Number(wAttr(tcPr && wChildren(tcPr, 'gridSpan')[0], 'val') ?? 1)
      const vMerge = tcPr && wChildren(tcPr, 'vMerge')[0]
      const continued = vMerge !== undefined && wAttr(vMerge, 'val') !== 'restart'
      const text = wAll(tc, 't')
        .map((t) => t.textContent)
        .join('')
      for (let dc = 0; dc < span; dc += 1) {
        slots.set(`${r},${c + dc}`, continued ? (slots.get(`${r - 1},${c + dc}`) ?? '?') : text)
      }
      c += span
    }
  })
  return slots
}

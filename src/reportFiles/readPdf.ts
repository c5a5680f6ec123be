/**
 * A PDF's text layer, read with pdf.js in its own worker (loaded on the first PDF opened): every
 * page's text items put back into lines ({@link layoutPage}, pages joined by {@link joinPages}). Chinese PDFs that use the predefined
 * Adobe CMaps get them from the bundle, one file when first needed.
 */
import { isNetworkFailure } from '@/offline/networkFailure'
import { joinPages, layoutPage, type PageLayout, type PlacedText } from './pdfLayout'

/** What a PDF gave: its lines, page count, and how many characters of text it has. */
export interface PdfText {
  readonly text: string
  readonly pages: number
  readonly characters: number
}

/** Why a PDF could not be read. */
export class PdfReadError extends Error {
  constructor(readonly reason: 'encrypted' | 'broken') {
    super(reason)
  }
}

// Every predefined CMap as a lazily resolved URL: only the map of loaders is in the chunk.
const CMAPS = import.meta.glob('../../node_modules/pdfjs-dist/cmaps/*.bcmap', {
  query: '?url',
  import: 'default',
}) as Record<string, () => Promise<string>>

/** Hands pdf.js the bundled CMaps instead of fetching from a base URL (works in a worker too). */
class BundledCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const entry = Object.entries(CMAPS).find(([path]) => path.endsWith(`/${filename}`))
    if (kind !== 'cMapUrl' || !entry) throw new Error(`no bundled data for ${kind} ${filename}`)
    const response = await fetch(await entry[1]())
    return new Uint8Array(await response.arrayBuffer())
  }
}

type PdfJs = typeof import('pdfjs-dist')
let library: Promise<PdfJs> | undefined

// pdf.js's legacy build: its modern one calls Map#getOrInsertComputed and Promise.try without a
// fallback (Chromium 145, Firefox 144), newer than the oldest browsers of package.json's list.
async function loadPdfjs(): Promise<PdfJs> {
  library ??= Promise.all([
    import('pdfjs-dist/legacy/build/pdf.mjs') as Promise<PdfJs>,
    import('pdfjs-dist/legacy/build/pdf.worker.min.mjs?url'),
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default
    return pdfjs
  })
  return library
}

/**
 * Reads the text layer of a PDF; throws {@link PdfReadError} for a locked or broken file.
 * `onPage(done, total)` hears each page read.
 */
export async function readPdfText(
  bytes: Uint8Array,
  maxPages = Infinity,
  onPage?: (done: number, total: number) => void,
): Promise<PdfText> {
  const pdfjs = await loadPdfjs()
  const task = pdfjs.getDocument({
    data: bytes.slice(),
    cMapPacked: true,
    useWorkerFetch: false,
    isEvalSupported: false,
    BinaryDataFactory: BundledCMaps,
  })
  let doc: Awaited<typeof task.promise>
  try {
    doc = await task.promise
  } catch (error) {
    // pdf.js's own worker could not be fetched (offline): not a broken file.
    if (isNetworkFailure(error)) throw error
    const name = (error as { name?: string } | null)?.name
    throw new PdfReadError(name === 'PasswordException' ? 'encrypted' : 'broken')
  }
  // Over the cap: the page count alone, read before any page (the caller refuses the file).
  if (doc.numPages > maxPages) {
    void doc.destroy()
    return { text: '', pages: doc.numPages, characters: 0 }
  }
  onPage?.(0, doc.numPages)
  try {
    const pages: PageLayout[] = []
    let characters = 0
    for (let n = 1; n <= doc.numPages; n += 1) {
      const page = await doc.getPage(n)
      const content = await page.getTextContent()
      const items: PlacedText[] = []
      for (const item of content.items) {
        if (!('str' in item)) continue
        const [, , , d = 0, e = 0, f = 0] = item.transform as number[]
        items.push({
          str: item.str,
          x: e,
          y: f,
          width: item.width,
          height: item.height || Math.abs(d),
        })
        characters += item.str.replace(/\s/g, '').length
      }
      pages.push(layoutPage(items))
      page.cleanup()
      onPage?.(n, doc.numPages)
    }
    return { text: joinPages(pages).join('\n'), pages: doc.numPages, characters }
  } finally {
    void doc.destroy()
  }
}

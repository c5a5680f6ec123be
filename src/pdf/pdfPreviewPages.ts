/**
 * Draws a PDF's pages onto canvases with pdf.js (loaded on first use). The preview stays in the
 * page's own document instead of the browser's PDF viewer, which keeps the keyboard to itself:
 * Esc closes the dialog and one Tab reaches 关闭预览 wherever focus is (issue 24).
 */

let library: Promise<typeof import('pdfjs-dist')> | undefined

function loadPdfjs(): Promise<typeof import('pdfjs-dist')> {
  library ??= Promise.all([
    import('pdfjs-dist'),
    import('pdfjs-dist/build/pdf.worker.min.mjs?url'),
  ]).then(([pdfjs, worker]) => {
    pdfjs.GlobalWorkerOptions.workerSrc = worker.default
    return pdfjs
  })
  return library
}

/** Whether a caller still wants the pages (the dialog may close while they are drawn). */
export interface RenderTicket {
  cancelled: boolean
}

/**
 * Appends one canvas per page of the PDF at `url` to `into`, each `width` CSS pixels wide and
 * named “第n页”; returns the page count.
 */
export async function renderPdfPages(
  url: string,
  into: HTMLElement,
  width: number,
  ticket: RenderTicket,
): Promise<number> {
  const [pdfjs, bytes] = await Promise.all([
    loadPdfjs(),
    fetch(url).then((response) => response.arrayBuffer()),
  ])
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false })
    .promise
  try {
    const ratio = window.devicePixelRatio || 1
    for (let n = 1; n <= doc.numPages && !ticket.cancelled; n += 1) {
      const page = await doc.getPage(n)
      const unscaled = page.getViewport({ scale: 1 })
      const viewport = page.getViewport({ scale: (width / unscaled.width) * ratio })
      const canvas = document.createElement('canvas')
      canvas.width = Math.floor(viewport.width)
      canvas.height = Math.floor(viewport.height)
      canvas.style.width = `${width}px`
      canvas.setAttribute('role', 'img')
      canvas.setAttribute('aria-label', `第${n}页`)
      canvas.dataset.page = String(n)
      into.append(canvas)
      await page.render({ canvas, viewport }).promise
    }
    return doc.numPages
  } finally {
    void doc.destroy()
  }
}

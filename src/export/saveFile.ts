/** Handing a made file to the browser as a download. */

/** Offers `data` as a download named `fileName` of MIME type `type`. */
export function saveFile(data: Uint8Array | string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([data as BlobPart], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** The MIME type of a .docx. */
export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The MIME type of the web page (UTF-8, as its meta says). */
export const HTML_TYPE = 'text/html;charset=utf-8'

/** Saving what the browser made as a file download (kept apart from making it, which tests inspect). */

/** Offers `blob` as a download named `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked later, not at once: some browsers read the URL after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** Offers `text` as a download named `fileName`. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }))
}

/** Offers `bytes` as a download named `fileName` of MIME type `type`. */
export function downloadBytes(fileName: string, bytes: Uint8Array, type: string): void {
  downloadBlob(fileName, new Blob([bytes as BlobPart], { type }))
}

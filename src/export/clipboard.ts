/** Putting the web page's body on the clipboard as `text/html` with a `text/plain` twin. */

/**
 * Writes both forms. The async Clipboard API first; where it is missing or refused (an older
 * browser, a permission policy), a `copy` event filled by hand, which any page may trigger from a
 * click. Throws when neither worked, so the page can say so.
 */
export async function copyHtml(html: string, text: string): Promise<void> {
  if (typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
    try {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob([text], { type: 'text/plain' }),
        }),
      ])
      return
    } catch {
      // Fall through to the copy event.
    }
  }
  let done = false
  const onCopy = (event: ClipboardEvent) => {
    if (!event.clipboardData) return
    event.clipboardData.setData('text/html', html)
    event.clipboardData.setData('text/plain', text)
    event.preventDefault()
    done = true
  }
  document.addEventListener('copy', onCopy)
  try {
    document.execCommand('copy')
  } finally {
    document.removeEventListener('copy', onCopy)
  }
  if (!done) throw new Error('浏览器不允许写入剪贴板')
}

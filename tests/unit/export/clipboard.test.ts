// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { copyHtml } from '@/export/clipboard'

/** Makes document.execCommand('copy') fire a copy event whose clipboardData records what is set. */
function fakeCopyCommand(written: Record<string, string>, handled = true) {
  document.execCommand = vi.fn(() => {
    const event = new Event('copy', { cancelable: true }) as ClipboardEvent
    const data = { setData: (type: string, value: string) => (written[type] = value) }
    Object.defineProperty(event, 'clipboardData', { value: handled ? data : null })
    document.dispatchEvent(event)
    return true
  })
}

describe('copyHtml', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('writes text/html and text/plain through the Clipboard API when there is one', async () => {
    const items: unknown[] = []
    vi.stubGlobal(
      'ClipboardItem',
      class {
        constructor(readonly data: Record<string, Blob>) {
          items.push(data)
        }
      },
    )
    const write = vi.fn(async () => undefined)
    vi.stubGlobal('navigator', { clipboard: { write } })
    await copyHtml('<p>甲</p>', '甲')
    expect(write).toHaveBeenCalledOnce()
    const data = items[0] as Record<string, Blob>
    expect(Object.keys(data).sort()).toEqual(['text/html', 'text/plain'])
    expect(await data['text/html']?.text()).toBe('<p>甲</p>')
    expect(await data['text/plain']?.text()).toBe('甲')
  })

  it('falls back to a copy event when the Clipboard API refuses', async () => {
    vi.stubGlobal('ClipboardItem', class {})
    vi.stubGlobal('navigator', { clipboard: { write: () => Promise.reject(new Error('denied')) } })
    const written: Record<string, string> = {}
    fakeCopyCommand(written)
    await copyHtml('<table><tr><td>1</td></tr></table>', '1')
    expect(written).toEqual({
      'text/html': '<table><tr><td>1</td></tr></table>',
      'text/plain': '1',
    })
  })

  it('falls back to a copy event where there is no Clipboard API', async () => {
    vi.stubGlobal('ClipboardItem', undefined)
    const written: Record<string, string> = {}
    fakeCopyCommand(written)
    await copyHtml('<p>乙</p>', '乙')
    expect(written['text/plain']).toBe('乙')
  })

  it('throws, saying so, when nothing could write', async () => {
    vi.stubGlobal('ClipboardItem', undefined)
    fakeCopyCommand({}, false)
    await expect(copyHtml('<p>丙</p>', '丙')).rejects.toThrow('浏览器不允许写入剪贴板')
  })
})

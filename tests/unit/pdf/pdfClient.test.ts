// @vitest-environment jsdom
// The PDF client with a fake worker: one that errors, one that never answers, one that throws.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createEmptyDraft } from '@/report'
import { describePdfError, offlineCharsMessage } from '@/pdf/pdfErrors'

type Behaviour = 'error' | 'silent' | 'throws' | 'works'
let behaviour: Behaviour = 'works'
const made: FakeWorker[] = []

class FakeWorker extends EventTarget {
  terminated = false
  constructor() {
    super()
    made.push(this)
  }
  postMessage(request: { id: number }): void {
    queueMicrotask(() => {
      if (behaviour === 'error') this.dispatchEvent(new Event('error', { cancelable: true }))
      if (behaviour === 'throws') {
        const data = { id: request.id, type: 'error', message: 'Invalid wasm magic number' }
        this.dispatchEvent(new MessageEvent('message', { data }))
      }
      if (behaviour === 'works') {
        const data = { id: request.id, type: 'done', bytes: new Uint8Array([1]), isDraft: true }
        this.dispatchEvent(new MessageEvent('message', { data }))
      }
    })
  }
  terminate(): void {
    this.terminated = true
  }
}

beforeEach(() => {
  made.length = 0
  vi.stubGlobal('Worker', FakeWorker)
  vi.resetModules()
})
afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllGlobals()
})

describe('generatePdf', () => {
  it('a worker that fails to load rejects in Chinese, and the next try starts a new worker', async () => {
    const { generatePdf } = await import('@/pdf/pdfClient')
    behaviour = 'error'
    const failed = generatePdf(createEmptyDraft(2025))
    await expect(failed).rejects.toThrow(/后台生成程序无法加载/)
    expect(made[0]?.terminated).toBe(true)
    behaviour = 'works'
    await expect(generatePdf(createEmptyDraft(2025))).resolves.toMatchObject({ isDraft: true })
    expect(made).toHaveLength(2)
  })

  it('a worker that never answers is stopped after the timeout', async () => {
    vi.useFakeTimers()
    const { generatePdf } = await import('@/pdf/pdfClient')
    behaviour = 'silent'
    const pending = generatePdf(createEmptyDraft(2025), { timeoutMs: 5000 })
    const settled = expect(pending).rejects.toThrow(/生成PDF超时/)
    await vi.advanceTimersByTimeAsync(5001)
    await settled
    expect(made[0]?.terminated).toBe(true)
  })

  it('an engine error becomes a Chinese message with a next step', async () => {
    const { generatePdf } = await import('@/pdf/pdfClient')
    behaviour = 'throws'
    const error = await generatePdf(createEmptyDraft(2025)).catch((caught: unknown) => caught)
    const message = describePdfError(error)
    expect(message).toMatch(/^生成PDF失败：字体裁剪组件无法加载。/)
    expect(message).toContain('重试')
  })
})

describe('describePdfError', () => {
  it.each([
    [new Error('下载字体清单失败（404）'), '无法下载字体清单'],
    [new Error('下载字体失败：fonts/a.ttf（500）'), '字体文件无法下载或已损坏'],
    [new Error("Cannot read properties of undefined (reading 'glyf')"), '字体文件无法下载或已损坏'],
    [
      new TypeError('Failed to fetch dynamically imported module'),
      '您已离线：生成PDF所需的程序文件',
    ],
    [new TypeError('error loading dynamically imported module: x.js'), '您已离线：生成PDF所需'],
    [new TypeError('NetworkError when attempting to fetch resource.'), '您已离线：生成PDF所需'],
    [new Error(offlineCharsMessage([0x9955, 0x992e])), '暂时无法打印：餮、饕。'],
    ['boom', '生成PDF失败：boom'],
  ])('%s → %s', (error, text) => {
    expect(describePdfError(error)).toContain(text)
  })

  // A network failure never shows a URL or a file name, nor says a file is damaged.
  it.each([
    new TypeError('Failed to fetch dynamically imported module: http://x/assets/jspdf-1.js'),
    new Error(offlineCharsMessage([0x4e00])),
  ])('offline: %s says it in plain words', (error) => {
    const message = describePdfError(error)
    expect(message).toMatch(/^您已离线：/)
    expect(message).not.toMatch(/https?:|\.js|\.bin|已损坏/)
  })

  it('names at most 20 characters, then how many', () => {
    const message = offlineCharsMessage(Array.from({ length: 25 }, (_, i) => 0x4e00 + i))
    expect(message).toContain('等 25 个字')
    expect(message.split('、')).toHaveLength(20)
  })
})

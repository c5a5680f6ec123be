// Peak JS heap of a page and of its dedicated workers during an action, sampled over CDP.
// Page: Performance.getMetrics JSHeapUsedSize (the main thread's V8 heap). Workers: each worker's
// own Runtime.getHeapUsage usedSize, reached through the browser session (Target.attachToTarget;
// a page session cannot see its workers). Both count V8 heap objects (strings, arrays, objects)
// but not ArrayBuffer contents (font and PDF bytes), which live outside the V8 heap.

const SAMPLE_MS = 20

/**
 * Samples heaps while `action` runs; returns its result with the peaks in bytes.
 * @template T
 * @param {import('playwright-core').Browser} browser
 * @param {import('playwright-core').Page} page
 * @param {() => Promise<T>} action
 * @returns {Promise<{ result: T, pagePeak: number, workerPeak: number }>}
 */
export async function withPeakHeap(browser, page, action) {
  const pageSession = await page.context().newCDPSession(page)
  await pageSession.send('Performance.enable')
  const { targetInfo } = await pageSession.send('Target.getTargetInfo')
  const browserSession = await browser.newBrowserCDPSession()
  /** @type {Map<string, string>} worker targetId → session id */
  const attached = new Map()
  /** @type {Map<number, (value: any) => void>} */
  const pending = new Map()
  let nextId = 1
  browserSession.on('Target.receivedMessageFromTarget', (event) => {
    const message = JSON.parse(event.message)
    pending.get(message.id)?.(message.result)
    pending.delete(message.id)
  })
  /** @param {string} sessionId @param {string} method */
  const call = (sessionId, method) =>
    new Promise((resolve) => {
      const id = nextId++
      pending.set(id, resolve)
      const message = JSON.stringify({ id, method, params: {} })
      browserSession.send('Target.sendMessageToTarget', { sessionId, message }).catch(() => {
        pending.delete(id)
        resolve(undefined)
      })
    })
  const sampleWorkers = async () => {
    const { targetInfos } = await browserSession.send('Target.getTargets')
    for (const info of targetInfos) {
      if (info.type !== 'worker' || info.browserContextId !== targetInfo.browserContextId) continue
      if (attached.has(info.targetId)) continue
      const { sessionId } = await browserSession.send('Target.attachToTarget', {
        targetId: info.targetId,
        flatten: false,
      })
      attached.set(info.targetId, sessionId)
    }
    const used = await Promise.all(
      [...attached.values()].map(async (id) => (await call(id, 'Runtime.getHeapUsage'))?.usedSize),
    )
    return used.reduce((sum, size) => sum + (size ?? 0), 0)
  }
  const samplePage = async () => {
    const { metrics } = await pageSession.send('Performance.getMetrics')
    return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0
  }
  let pagePeak = 0
  let workerPeak = 0
  let running = true
  const sampler = (async () => {
    while (running) {
      const [p, w] = await Promise.all([samplePage(), sampleWorkers()])
      pagePeak = Math.max(pagePeak, p)
      workerPeak = Math.max(workerPeak, w)
      await new Promise((resolve) => setTimeout(resolve, SAMPLE_MS))
    }
  })()
  try {
    const result = await action()
    const [p, w] = await Promise.all([samplePage(), sampleWorkers()])
    return { result, pagePeak: Math.max(pagePeak, p), workerPeak: Math.max(workerPeak, w) }
  } finally {
    running = false
    await sampler.catch(() => undefined)
    await browserSession.detach().catch(() => undefined)
    await pageSession.detach().catch(() => undefined)
  }
}

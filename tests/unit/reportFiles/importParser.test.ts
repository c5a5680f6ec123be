import { describe, expect, it, vi } from 'vitest'
import {
  WORKER_PARSE_THRESHOLD,
  createImportParser,
  type WorkerRequest,
  type WorkerResponse,
} from '../../../src/reportFiles/importParser'
import { REFUSALS } from '../../../src/reportFiles/messages'
import type { ReadResult } from '../../../src/reportFiles/readReportFile'
import type { ImportResult } from '../../../src/report/import/types'

const resultOf = (where: string, text: string) => ({ where, length: text.length }) as never
const readOf = (where: string, name: string) =>
  ({ status: 'read', kind: 'txt', text: name, html: '', result: resultOf(where, name) }) as never

/**
 * How the fake worker answers: a result, an error reply, a load error (an error event before any
 * message), progress then death (an error event after a message), progress then silence (a
 * reading that is still going when cancelled).
 */
type Behaviour = 'result' | 'error' | 'load-error' | 'dies' | 'hangs'

/** A fake worker answering each request as `behaviour` says; `sent` records the requests. */
function fakeWorker(behaviour: Behaviour, error = 'boom') {
  const target = new EventTarget() as EventTarget & Worker & { sent: WorkerRequest[] }
  target.sent = []
  target.terminate = vi.fn()
  const reply = (data: WorkerResponse) =>
    target.dispatchEvent(new MessageEvent('message', { data }))
  target.postMessage = vi.fn((request: WorkerRequest) => {
    target.sent.push(request)
    queueMicrotask(() => {
      const { id } = request
      if (behaviour === 'load-error') return target.dispatchEvent(new Event('error'))
      if (request.type === 'read') {
        reply({ id, type: 'progress', progress: { stage: 'file', bytes: request.file.size } })
        reply({ id, type: 'progress', progress: { stage: 'pdf', done: 1, total: 3 } })
        if (behaviour === 'dies') return target.dispatchEvent(new Event('error'))
        if (behaviour === 'hangs') return
      }
      if (behaviour === 'error') return reply({ id, type: 'error', error })
      if (request.type === 'read') reply({ id, type: 'read', read: readOf('worker', request.name) })
      else reply({ id, type: 'parsed', result: resultOf('worker', request.text) })
    })
  }) as never
  return target
}

function setup(behaviour: Behaviour | 'none', loadReaderFails?: Error, workerError?: string) {
  const parseReportText = vi.fn((text: string) => resultOf('page', text) as ImportResult)
  const readReportBlob = vi.fn(async (_blob: Blob, name: string): Promise<ReadResult> =>
    readOf('page', name),
  )
  const workers: ReturnType<typeof fakeWorker>[] = []
  const createWorker = vi.fn(() => {
    if (behaviour === 'none') return null
    const worker = fakeWorker(behaviour, workerError)
    workers.push(worker)
    return worker
  })
  const parser = createImportParser({
    loadParser: async () => ({ parseReportText }),
    loadReader: async () => {
      if (loadReaderFails) throw loadReaderFails
      return { readReportBlob }
    },
    createWorker,
  })
  return { parser, parseReportText, readReportBlob, createWorker, workers }
}

const large = 'x'.repeat(WORKER_PARSE_THRESHOLD + 1)
const file = new Blob(['一、总体情况'])

describe('createImportParser: parsing text', () => {
  it('parses a small input on the page without starting a worker', async () => {
    const { parser, createWorker } = setup('result')
    expect(await parser.parse('一、总体情况')).toEqual({ where: 'page', length: 6 })
    expect(createWorker).not.toHaveBeenCalled()
  })

  it('parses a large input in the worker, counting the HTML towards the size', async () => {
    const { parser, parseReportText, workers } = setup('result')
    expect(await parser.parse(large)).toEqual({ where: 'worker', length: large.length })
    expect(await parser.parse('a', { html: large })).toEqual({ where: 'worker', length: 1 })
    expect(parseReportText).not.toHaveBeenCalled()
    expect(workers[0]!.sent.map((request) => request.type)).toEqual(['parse', 'parse'])
  })

  it('falls back to the page when the worker throws, and keeps using the worker', async () => {
    const { parser, createWorker } = setup('error')
    expect(await parser.parse(large)).toEqual({ where: 'page', length: large.length })
    await parser.parse(large)
    expect(createWorker).toHaveBeenCalledTimes(1)
  })

  it('falls back to the page when the worker fails to load, and stops trying it', async () => {
    const { parser, createWorker, workers } = setup('load-error')
    expect(await parser.parse(large)).toEqual({ where: 'page', length: large.length })
    expect(workers[0]!.terminate).toHaveBeenCalled()
    expect(await parser.parse(large)).toEqual({ where: 'page', length: large.length })
    expect(createWorker).toHaveBeenCalledTimes(1)
  })

  it('parses on the page where workers are unavailable', async () => {
    const { parser } = setup('none')
    expect(await parser.parse(large)).toEqual({ where: 'page', length: large.length })
  })

  it('stops a parse still running when a newer one starts', async () => {
    const { parser, workers, parseReportText } = setup('result')
    void parser.parse(large)
    const newer = parser.parse(large + 'y')
    expect(workers[0]!.terminate).toHaveBeenCalled()
    expect(await newer).toEqual({ where: 'worker', length: large.length + 1 })
    // The stopped parse is not redone on the page (that would freeze the tab for nothing).
    expect(parseReportText).not.toHaveBeenCalled()
  })
})

describe('createImportParser: reading a file', () => {
  it('reads in the worker, the file sent as it is, each stage reported', async () => {
    const { parser, workers, readReportBlob } = setup('result')
    const progress = vi.fn()
    expect(await parser.read(file, '报告.pdf', progress)).toEqual(readOf('worker', '报告.pdf'))
    expect(workers[0]!.sent).toEqual([{ id: 1, type: 'read', name: '报告.pdf', file }])
    expect(progress.mock.calls).toEqual([
      [{ stage: 'file', bytes: file.size }],
      [{ stage: 'pdf', done: 1, total: 3 }],
    ])
    expect(readReportBlob).not.toHaveBeenCalled()
  })

  it('cancels: the worker is terminated, the read ends as cancelled, no progress after', async () => {
    const { parser, workers } = setup('hangs')
    const progress = vi.fn()
    const reading = parser.read(file, '报告.pdf', progress)
    await vi.waitFor(() => expect(progress).toHaveBeenCalledTimes(2))
    parser.cancelRead()
    expect(await reading).toEqual({ status: 'cancelled' })
    expect(workers[0]!.terminate).toHaveBeenCalled()
    // The next read starts a fresh worker.
    const next = parser.read(file, '第二份.pdf')
    await vi.waitFor(() => expect(workers).toHaveLength(2))
    parser.cancelRead()
    expect(await next).toEqual({ status: 'cancelled' })
    expect(progress).toHaveBeenCalledTimes(2)
  })

  it('a newer read ends an older one as cancelled', async () => {
    const { parser } = setup('result')
    const older = parser.read(file, '旧.txt')
    const newer = parser.read(file, '新.txt')
    expect(await older).toEqual({ status: 'cancelled' })
    expect(await newer).toEqual(readOf('worker', '新.txt'))
  })

  it('cancelling with nothing read is harmless', () => {
    const { parser, createWorker } = setup('result')
    parser.cancelRead()
    expect(createWorker).not.toHaveBeenCalled()
  })

  it('reads on the page when the worker fails to load, and stops trying it', async () => {
    const { parser, readReportBlob, createWorker } = setup('load-error')
    expect(await parser.read(file, 'a.txt')).toEqual(readOf('page', 'a.txt'))
    expect(await parser.read(file, 'b.txt')).toEqual(readOf('page', 'b.txt'))
    expect(readReportBlob).toHaveBeenCalledTimes(2)
    expect(createWorker).toHaveBeenCalledTimes(1)
  })

  it('reads on the page where workers are unavailable', async () => {
    const { parser } = setup('none')
    expect(await parser.read(file, 'a.txt')).toEqual(readOf('page', 'a.txt'))
  })

  it('a worker that dies on the file refuses it, and the page does not retry it', async () => {
    const { parser, readReportBlob } = setup('dies')
    expect(await parser.read(file, '巨大.pdf')).toEqual({
      status: 'refused',
      message: REFUSALS.failed,
    })
    expect(readReportBlob).not.toHaveBeenCalled()
  })

  it.each([
    ['boom', new RegExp(`^${REFUSALS.failed}$`)],
    ['Failed to fetch dynamically imported module: x.js', /^您已离线：打开此类文件/],
  ])('a worker that throws %j refuses the file in plain words', async (error, says) => {
    const { parser } = setup('error', undefined, error)
    const read = await parser.read(file, 'a.docx')
    expect(read.status).toBe('refused')
    expect('message' in read && read.message).toMatch(says)
  })

  it.each([
    [new TypeError('Failed to fetch dynamically imported module: x.js'), /^您已离线：/],
    [new Error('unexpected'), new RegExp(`^${REFUSALS.failed}$`)],
  ])('on the page, readers that cannot load (%s) are said in plain words', async (error, says) => {
    const { parser } = setup('none', error)
    const read = await parser.read(file, 'a.docx')
    expect(read.status).toBe('refused')
    expect('message' in read && read.message).toMatch(says)
  })
})

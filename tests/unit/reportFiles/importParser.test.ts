import { describe, expect, it, vi } from 'vitest'
import {
  WORKER_PARSE_THRESHOLD,
  createImportParser,
  type ParseRequest,
  type ParseResponse,
} from '../../../src/reportFiles/importParser'
import type { ImportResult } from '../../../src/report/import/types'

const resultOf = (where: string, text: string) => ({ where, length: text.length }) as never

/** A fake worker: answers each request as `answer` says (a result, an error reply, a load error). */
function fakeWorker(answer: 'result' | 'error' | 'load-error') {
  const target = new EventTarget() as EventTarget & Worker
  target.terminate = vi.fn()
  target.postMessage = vi.fn((request: ParseRequest) => {
    queueMicrotask(() => {
      if (answer === 'load-error') return target.dispatchEvent(new Event('error'))
      const data: ParseResponse =
        answer === 'result'
          ? { id: request.id, result: resultOf('worker', request.text) }
          : { id: request.id, error: 'boom' }
      target.dispatchEvent(new MessageEvent('message', { data }))
    })
  }) as never
  return target
}

function setup(answer: 'result' | 'error' | 'load-error' | 'none') {
  const parseReportText = vi.fn((text: string) => resultOf('page', text) as ImportResult)
  const workers: Worker[] = []
  const createWorker = vi.fn(() => {
    if (answer === 'none') return null
    const worker = fakeWorker(answer)
    workers.push(worker)
    return worker
  })
  const parser = createImportParser({
    loadParser: async () => ({ parseReportText }),
    createWorker,
  })
  return { parser, parseReportText, createWorker, workers }
}

const large = 'x'.repeat(WORKER_PARSE_THRESHOLD + 1)

describe('createImportParser', () => {
  it('parses a small input on the page without starting a worker', async () => {
    const { parser, createWorker } = setup('result')
    expect(await parser.parse('一、总体情况')).toEqual({ where: 'page', length: 6 })
    expect(createWorker).not.toHaveBeenCalled()
  })

  it('parses a large input in the worker, counting the HTML towards the size', async () => {
    const { parser, parseReportText } = setup('result')
    expect(await parser.parse(large)).toEqual({ where: 'worker', length: large.length })
    expect(await parser.parse('a', { html: large })).toEqual({ where: 'worker', length: 1 })
    expect(parseReportText).not.toHaveBeenCalled()
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
    const { parser, workers } = setup('result')
    void parser.parse(large)
    const newer = parser.parse(large + 'y')
    expect(workers[0]!.terminate).toHaveBeenCalled()
    expect(await newer).toEqual({ where: 'worker', length: large.length + 1 })
  })
})

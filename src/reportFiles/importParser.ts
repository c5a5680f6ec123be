/**
 * Where the import dialog's text is parsed: small inputs on the page (no worker start-up to
 * wait for), large ones in a Web Worker so a 5 MB paste never freezes the tab. A worker that
 * cannot load, fails or throws falls back to parsing on the page: the text is never lost.
 */
import type { ImportOptions, ImportResult } from '@/report/import/types'

/** Inputs longer than this (text plus HTML, in characters) are parsed in a worker. */
export const WORKER_PARSE_THRESHOLD = 100_000

/** A parse request sent to the worker. */
export interface ParseRequest {
  readonly id: number
  readonly text: string
  readonly options: ImportOptions
}

/** The worker's answer: the result, or why the parse threw. */
export type ParseResponse =
  | { readonly id: number; readonly result: ImportResult }
  | { readonly id: number; readonly error: string }

/** What the dispatch needs; tests pass fakes. */
export interface ImportParserDeps {
  /** Loads the parser for the page (a dynamic import, so it is not in the first load). */
  loadParser(): Promise<{ parseReportText(text: string, options?: ImportOptions): ImportResult }>
  /** Starts a worker, or null where workers are unavailable. */
  createWorker(): Worker | null
}

/** A parser that picks the page or a worker by the input's size. */
export function createImportParser(deps: ImportParserDeps) {
  let worker: Worker | null = null
  let busy = false
  let nextId = 1
  /** Set once a worker failed to load: later parses go straight to the page. */
  let workerBroken = false

  async function onPage(text: string, options: ImportOptions): Promise<ImportResult> {
    const { parseReportText } = await deps.loadParser()
    return parseReportText(text, options)
  }

  function inWorker(text: string, options: ImportOptions): Promise<ImportResult> {
    // A parse still running is for an older text: stop it rather than wait behind it. Its
    // promise then never settles, which is right: its result would be discarded anyway.
    if (busy) stop()
    worker ??= deps.createWorker()
    const target = worker
    if (!target) return Promise.reject(new Error('no worker'))
    const id = nextId++
    busy = true
    return new Promise((resolve, reject) => {
      const done = () => {
        target.removeEventListener('message', onMessage)
        target.removeEventListener('error', onError)
        if (worker === target) busy = false
      }
      const onMessage = (event: MessageEvent<ParseResponse>) => {
        if (event.data.id !== id) return
        done()
        if ('result' in event.data) resolve(event.data.result)
        else reject(new Error(event.data.error))
      }
      const onError = (event: Event) => {
        done()
        // A worker that failed to load stays broken; drop it so the page parses from now on.
        workerBroken = true
        stop()
        reject(new Error((event as ErrorEvent).message || 'worker failed'))
      }
      target.addEventListener('message', onMessage)
      target.addEventListener('error', onError)
      target.postMessage({ id, text, options } satisfies ParseRequest)
    })
  }

  function stop(): void {
    worker?.terminate()
    worker = null
    busy = false
  }

  /** Parses `text` (with `options`) where it is cheapest without freezing the page. */
  async function parse(text: string, options: ImportOptions = {}): Promise<ImportResult> {
    const size = text.length + (options.html?.length ?? 0)
    if (size <= WORKER_PARSE_THRESHOLD || workerBroken) return onPage(text, options)
    try {
      return await inWorker(text, options)
    } catch {
      // Slower, but the user's text is parsed all the same.
      return onPage(text, options)
    }
  }

  return { parse, stop }
}

/**
 * Where the import dialog reads files and parses text. Every file is read in a Web Worker (its
 * bytes, the reader for its kind, loaded there on demand, and the parse), with progress and a
 * way to cancel, so no file freezes the tab; pasted text is parsed on the page when small (no
 * worker start-up to wait for), in the worker when large. A worker that cannot load falls back
 * to the page: the user's file or text is never lost.
 */
import { isNetworkFailure, offlineProgramMessage } from '@/offline/networkFailure'
import type { ImportOptions, ImportResult } from '@/report/import/types'
import { REFUSALS } from './messages'
import type { ReadOptions, ReadProgress, ReadResult } from './readReportFile'

/** Inputs longer than this (text plus HTML, in characters) are parsed in a worker. */
export const WORKER_PARSE_THRESHOLD = 100_000

/** A request sent to the worker: parse a text, or read (and parse) a file. */
export type WorkerRequest =
  | {
      readonly id: number
      readonly type: 'parse'
      readonly text: string
      readonly options: ImportOptions
    }
  | { readonly id: number; readonly type: 'read'; readonly name: string; readonly file: Blob }

/** The worker's messages: progress of a read, then its result, or why the request threw. */
export type WorkerResponse =
  | { readonly id: number; readonly type: 'progress'; readonly progress: ReadProgress }
  | { readonly id: number; readonly type: 'parsed'; readonly result: ImportResult }
  | { readonly id: number; readonly type: 'read'; readonly read: ReadResult }
  | { readonly id: number; readonly type: 'error'; readonly error: string }

/** What a file read ends in: the reader's result, or the user's cancel. */
export type ReadOutcome = ReadResult | { readonly status: 'cancelled' }

/** What the dispatch needs; tests pass fakes. */
export interface ImportParserDeps {
  /** Loads the parser for the page (a dynamic import, so it is not in the first load). */
  loadParser(): Promise<{ parseReportText(text: string, options?: ImportOptions): ImportResult }>
  /** Loads the file readers for the page, used only where no worker runs. */
  loadReader(): Promise<{
    readReportBlob(blob: Blob, name: string, options?: ReadOptions): Promise<ReadResult>
  }>
  /** Starts a worker, or null where workers are unavailable. */
  createWorker(): Worker | null
}

/** The action named when the readers cannot be fetched offline (as the readers themselves say). */
const OPEN_FILE = '打开此类文件'

/** A request stopped on purpose (cancelled, or replaced by a newer one). */
class Stopped extends Error {}

/** The worker failed; `heard` when it had answered this request before (it loaded, then died). */
class WorkerFailed extends Error {
  constructor(readonly heard: boolean) {
    super('worker failed')
  }
}

type Answer = Exclude<WorkerResponse, { type: 'progress' }>

/** A parser and file reader that works in a worker where it can. */
export function createImportParser(deps: ImportParserDeps) {
  let worker: Worker | null = null
  let nextId = 1
  /** Set once a worker failed to load: later work goes straight to the page. */
  let workerBroken = false
  /** The request in the worker, and how to end its promise when the worker is stopped. */
  let running: { readonly id: number; abandon(): void } | null = null
  /** Ends the file read in progress (in the worker or on the page) as cancelled. */
  let endRead: (() => void) | null = null

  async function onPage(text: string, options: ImportOptions): Promise<ImportResult> {
    const { parseReportText } = await deps.loadParser()
    return parseReportText(text, options)
  }

  function inWorker(request: WorkerRequest, onProgress?: (p: ReadProgress) => void) {
    // Work still running is for an older input: stop it rather than wait behind it.
    if (running) stop()
    worker ??= deps.createWorker()
    const target = worker
    if (!target) return Promise.reject(new WorkerFailed(false))
    return new Promise<Answer>((resolve, reject) => {
      let heard = false
      const done = () => {
        target.removeEventListener('message', onMessage)
        target.removeEventListener('error', onError)
        if (running?.id === request.id) running = null
      }
      const onMessage = (event: MessageEvent<WorkerResponse>) => {
        const message = event.data
        if (message.id !== request.id) return
        heard = true
        if (message.type === 'progress') return onProgress?.(message.progress)
        done()
        resolve(message)
      }
      const onError = () => {
        done()
        // A worker that never answered failed to load and stays broken: the page works from now.
        if (!heard) workerBroken = true
        stop()
        reject(new WorkerFailed(heard))
      }
      running = {
        id: request.id,
        abandon: () => {
          done()
          reject(new Stopped())
        },
      }
      target.addEventListener('message', onMessage)
      target.addEventListener('error', onError)
      target.postMessage(request)
    })
  }

  function stop(): void {
    worker?.terminate()
    worker = null
    const stopped = running
    running = null
    stopped?.abandon()
  }

  /** Parses `text` (with `options`) where it is cheapest without freezing the page. */
  async function parse(text: string, options: ImportOptions = {}): Promise<ImportResult> {
    const size = text.length + (options.html?.length ?? 0)
    if (size <= WORKER_PARSE_THRESHOLD || workerBroken) return onPage(text, options)
    try {
      const answer = await inWorker({ id: nextId++, type: 'parse', text, options })
      if (answer.type === 'parsed') return answer.result
    } catch (error) {
      // Replaced by newer work: this result would be discarded, so it never settles.
      if (error instanceof Stopped) return new Promise<never>(() => {})
    }
    // The worker threw or could not load. Slower, but the user's text is parsed all the same.
    return onPage(text, options)
  }

  async function readSomewhere(
    file: Blob,
    name: string,
    onProgress: (progress: ReadProgress) => void,
  ): Promise<ReadOutcome> {
    if (!workerBroken) {
      try {
        const answer = await inWorker({ id: nextId++, type: 'read', name, file }, onProgress)
        if (answer.type === 'read') return answer.read
        // The worker threw outside the reader: a chunk it could not fetch is the network's fault.
        const offline = answer.type === 'error' && isNetworkFailure(answer.error)
        return {
          status: 'refused',
          message: offline ? offlineProgramMessage(OPEN_FILE) : REFUSALS.failed,
        }
      } catch (error) {
        if (error instanceof Stopped) return { status: 'cancelled' }
        // The worker ran and died on this file (e.g. out of memory): reading it again on the
        // page would freeze the tab, so say it failed.
        if (error instanceof WorkerFailed && error.heard) {
          return { status: 'refused', message: REFUSALS.failed }
        }
      }
    }
    try {
      const { readReportBlob } = await deps.loadReader()
      return await readReportBlob(file, name, { onProgress })
    } catch (error) {
      const message = isNetworkFailure(error) ? offlineProgramMessage(OPEN_FILE) : REFUSALS.failed
      return { status: 'refused', message }
    }
  }

  /**
   * Reads a published report's file and parses it; `onProgress` hears each stage. Resolves
   * `{ status: 'cancelled' }` when {@link cancelRead} (or a newer read) ends it first.
   */
  async function read(
    file: Blob,
    name: string,
    onProgress: (progress: ReadProgress) => void = () => {},
  ): Promise<ReadOutcome> {
    endRead?.()
    let settled = false
    let cancel = () => {}
    const cancelled = new Promise<ReadOutcome>((resolve) => {
      cancel = () => resolve({ status: 'cancelled' })
    })
    const end = () => {
      settled = true
      cancel()
    }
    endRead = end
    const work = readSomewhere(file, name, (progress) => {
      if (!settled) onProgress(progress)
    })
    try {
      return await Promise.race([work, cancelled])
    } finally {
      settled = true
      if (endRead === end) endRead = null
    }
  }

  /** Cancels the file read in progress: the worker is terminated, its result never arrives. */
  function cancelRead(): void {
    if (!endRead) return
    endRead()
    endRead = null
    // Terminating the worker is what stops the reading; the next request starts a new one.
    stop()
  }

  return { parse, read, cancelRead, stop }
}

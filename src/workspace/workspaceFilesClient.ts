/**
 * The main thread's side of the workspace file reader: sends files to a small pool of workers and
 * resolves with the records. Reads on the main thread where workers are unavailable.
 */
import type { WorkspaceRecord } from '@/report/workspace/records'
import {
  pickedToRecord,
  readPicked,
  reviewAt,
  type PickedFile,
  type ReadRequest,
  type ReadResponse,
} from './workspaceRecords'

interface Slot {
  readonly worker: Worker
  busy: number
}

const pool: Slot[] = []
let nextId = 1

/**
 * How many batches to read at once: one worker per spare core, at least two (reading a batch
 * waits on the disk and on the main thread storing the last one), at most four.
 */
export function readersAtOnce(): number {
  const cores = typeof navigator === 'undefined' ? 2 : navigator.hardwareConcurrency || 2
  return Math.max(2, Math.min(4, cores - 1))
}

function idleSlot(): Slot {
  const idle = pool.find((slot) => slot.busy === 0)
  if (idle) return idle
  if (pool.length < readersAtOnce()) {
    const worker = new Worker(new URL('./workspaceFiles.worker.ts', import.meta.url), {
      type: 'module',
    })
    const slot = { worker, busy: 0 }
    pool.push(slot)
    return slot
  }
  return pool.reduce((least, slot) => (slot.busy < least.busy ? slot : least))
}

/** Up to this many bytes, a batch's files are read as one (bigger ones file by file). */
const ONE_READ_BYTES = 64 * 1024 * 1024

/**
 * A batch's bytes. Each file read costs this thread about half a millisecond of the browser's
 * file machinery, whatever its size, so a batch of small files (a folder of drafts) is read as one
 * Blob of them all and each file is a view into it. Files that changed since they were picked
 * fail that read: then each file is read alone, and the one that fails says why.
 */
async function readBatch(files: readonly File[]): Promise<PickedFile[]> {
  const total = files.reduce((sum, file) => sum + file.size, 0)
  if (files.length > 1 && total <= ONE_READ_BYTES) {
    try {
      const all = new Uint8Array(await new Blob(files as File[]).arrayBuffer())
      if (all.length === total) {
        let at = 0
        return files.map((file) => {
          const bytes = all.subarray(at, at + file.size)
          at += file.size
          return { name: file.name, bytes }
        })
      }
    } catch {
      // Read file by file below.
    }
  }
  return Promise.all(files.map(readPicked))
}

/** Reads files into records numbered from `firstOrder`; `onProgress` gets the count done. */
export async function readFilesInWorker(
  files: readonly File[],
  firstOrder: number,
  today: Date,
  onProgress?: (done: number) => void,
): Promise<WorkspaceRecord[]> {
  const picked = await readBatch(files)
  const request: ReadRequest = {
    id: nextId++,
    files: picked,
    firstOrder,
    addedAt: new Date().toISOString(),
    today: today.getTime(),
    rulesVersion: __APP_VERSION__,
  }
  if (typeof Worker === 'undefined') return readInline(request)
  const slot = idleSlot()
  slot.busy += 1
  try {
    return await inWorker(slot.worker, request, onProgress)
  } catch {
    // A worker that cannot start (a strict CSP, a broken chunk) must not lose the files: the
    // same reading runs on this thread instead, only slower. The bytes went to the worker, so
    // the files are read again.
    slot.worker.terminate()
    const at = pool.indexOf(slot)
    if (at >= 0) pool.splice(at, 1)
    return readInline({ ...request, files: await Promise.all(files.map(readPicked)) })
  } finally {
    slot.busy -= 1
  }
}

function inWorker(
  target: Worker,
  request: ReadRequest,
  onProgress?: (done: number) => void,
): Promise<WorkspaceRecord[]> {
  return new Promise((resolve, reject) => {
    const onMessage = (event: MessageEvent<ReadResponse>) => {
      const message = event.data
      if (message.id !== request.id) return
      if (message.type === 'progress') return onProgress?.(message.done)
      target.removeEventListener('message', onMessage)
      target.removeEventListener('error', onError)
      resolve(message.records)
    }
    const onError = (event: ErrorEvent) => {
      target.removeEventListener('message', onMessage)
      target.removeEventListener('error', onError)
      reject(new Error(event.message || '读取文件的后台线程出错'))
    }
    target.addEventListener('message', onMessage)
    target.addEventListener('error', onError)
    // The bytes move to the worker (transferred, not copied): this thread is done with them.
    const buffers = new Set(
      request.files.flatMap((file) => ('bytes' in file ? [file.bytes.buffer] : [])),
    )
    target.postMessage(request, [...buffers])
  })
}

async function readInline(request: ReadRequest): Promise<WorkspaceRecord[]> {
  const { fingerprintDraft } = await import('@/report/fingerprint')
  const review = reviewAt(request)
  const records: WorkspaceRecord[] = []
  for (const [index, picked] of request.files.entries()) {
    const order = request.firstOrder + index
    records.push(await pickedToRecord(picked, order, request.addedAt, fingerprintDraft, review))
  }
  return records
}

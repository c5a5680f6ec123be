/**
 * The main thread's side of the workspace file reader: sends the files to the worker and
 * resolves with the records. Reads on the main thread where workers are unavailable.
 */
import type { ReportDraft } from '@/report'
import type { WorkspaceRecord } from '@/report/workspace/records'
import type { WorkspaceFile } from './readWorkspaceFile'
import { toWorkspaceRecord, type ReadRequest, type ReadResponse } from './workspaceRecords'

let worker: Worker | undefined
let nextId = 1

function getWorker(): Worker {
  worker ??= new Worker(new URL('./workspaceFiles.worker.ts', import.meta.url), { type: 'module' })
  return worker
}

/** Reads files into records numbered from `firstOrder`; `onProgress` gets the count done. */
export async function readFilesInWorker(
  files: readonly WorkspaceFile[],
  firstOrder: number,
  onProgress?: (done: number) => void,
): Promise<WorkspaceRecord[]> {
  const request: ReadRequest = {
    id: nextId++,
    files,
    firstOrder,
    addedAt: new Date().toISOString(),
  }
  if (typeof Worker === 'undefined') return readInline(request)
  try {
    return await inWorker(request, onProgress)
  } catch {
    // A worker that cannot start (a strict CSP, a broken chunk) must not lose the files: the
    // same reading runs on this thread instead, only slower.
    worker?.terminate()
    worker = undefined
    return readInline(request)
  }
}

function inWorker(
  request: ReadRequest,
  onProgress?: (done: number) => void,
): Promise<WorkspaceRecord[]> {
  const target = getWorker()
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
    target.postMessage(request)
  })
}

async function readInline(request: ReadRequest): Promise<WorkspaceRecord[]> {
  const { fingerprintDraft } = await import('@/report/fingerprint')
  const records: WorkspaceRecord[] = []
  for (const [index, file] of request.files.entries()) {
    records.push(
      await toWorkspaceRecord(
        file,
        request.firstOrder + index,
        request.addedAt,
        (draft: ReportDraft) => fingerprintDraft(draft),
      ),
    )
  }
  return records
}

/**
 * The import dialog's reading off the main thread: a picked file is read here (its bytes, the
 * reader for its kind, loaded on demand, the caps, the parse), reporting each stage, and a
 * multi-megabyte paste is parsed here, so the tab stays responsive. Work that throws answers
 * with its message. Cancelling terminates this worker.
 */
import { parseReportText } from '@/report/import/parse'
import type { WorkerRequest, WorkerResponse } from './importParser'
import { readReportBlob } from './readReportFile'

const answer = (message: WorkerResponse) => self.postMessage(message)

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const request = event.data
  const { id } = request
  try {
    if (request.type === 'read') {
      // First word back at once: the page then knows this worker loaded (see importParser).
      answer({ id, type: 'progress', progress: { stage: 'file', bytes: request.file.size } })
      const read = await readReportBlob(request.file, request.name, {
        onProgress: (progress) => answer({ id, type: 'progress', progress }),
      })
      answer({ id, type: 'read', read })
    } else {
      answer({ id, type: 'parsed', result: parseReportText(request.text, request.options) })
    }
  } catch (error) {
    answer({ id, type: 'error', error: error instanceof Error ? error.message : String(error) })
  }
}

/**
 * The workspace's file reader, off the main thread: reads each file, fingerprints each readable
 * draft, and answers with the records to store. One bad file becomes a record saying why.
 */
import { fingerprintDraft } from '@/report/fingerprint'
import { toWorkspaceRecord, type ReadRequest, type ReadResponse } from './workspaceRecords'

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { id, files, firstOrder, addedAt } = event.data
  const records = []
  for (const [index, file] of files.entries()) {
    records.push(await toWorkspaceRecord(file, firstOrder + index, addedAt, fingerprintDraft))
    if ((index + 1) % 20 === 0) {
      self.postMessage({ id, type: 'progress', done: index + 1 } satisfies ReadResponse)
    }
  }
  self.postMessage({ id, type: 'done', records } satisfies ReadResponse)
}

/**
 * The workspace's file reader, off the main thread: reads each file, fingerprints and reviews each
 * readable draft, and answers with the records to store. One bad file becomes a record saying why.
 */
import { fingerprintDraft } from '@/report/fingerprint'
import { pickedToRecord, reviewAt, type ReadRequest, type ReadResponse } from './workspaceRecords'

// Often enough for the count to move, seldom enough not to redraw the page for every few files.
const PROGRESS_EVERY = 50

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
  const { id, files, firstOrder, addedAt } = event.data
  const review = reviewAt(event.data)
  const records = []
  for (const [index, picked] of files.entries()) {
    records.push(
      await pickedToRecord(picked, firstOrder + index, addedAt, fingerprintDraft, review),
    )
    if ((index + 1) % PROGRESS_EVERY === 0) {
      self.postMessage({ id, type: 'progress', done: index + 1 } satisfies ReadResponse)
    }
  }
  self.postMessage({ id, type: 'done', records } satisfies ReadResponse)
}

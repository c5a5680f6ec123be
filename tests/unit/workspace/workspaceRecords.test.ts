import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { fingerprintDraft } from '../../../src/report/fingerprint'
import { reviewReport } from '../../../src/report/workspace/reportReview'
import { reviewStamp } from '../../../src/report/workspace/records'
import {
  pickedToRecord,
  readPicked,
  reviewAt,
  toWorkspaceRecord,
} from '../../../src/workspace/workspaceRecords'

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)))

describe('a record read in the worker', () => {
  const today = new Date('2027-01-20T10:00:00')

  it('carries the review the list would make, stamped with its day and version', async () => {
    const bytes = fixture('drafts/draft-v1.json')
    const at = reviewAt({ today: today.getTime(), rulesVersion: '1.2.3' })
    const record = await toWorkspaceRecord(
      { name: 'a.json', bytes },
      1,
      'now',
      fingerprintDraft,
      at,
    )
    expect(record.reviewedFor).toBe('2027-01-20 1.2.3')
    expect(record.review).toEqual(reviewReport(record.draft!, today, null))
    expect(record.review?.agencyName).toBe('某县交通运输局')
  })

  it.each([
    ['another day', new Date('2027-01-21T10:00:00'), '1.2.3'],
    ['another version', new Date('2027-01-20T23:59:00'), '1.2.4'],
  ])('is stamped for its day and version only: %s differs', (_, day, version) => {
    expect(reviewStamp(day, version)).not.toBe(reviewStamp(today, '1.2.3'))
  })

  it('is not reviewed without a day to review it for (drafts added from this browser)', async () => {
    const bytes = fixture('drafts/draft-v1.json')
    const record = await toWorkspaceRecord({ name: 'a.json', bytes }, 1, 'now', fingerprintDraft)
    expect(record.review).toBeUndefined()
    expect(record.reviewedFor).toBeUndefined()
  })

  it('says why when the browser could not read the file, as a row of its own', async () => {
    const gone = {
      name: 'moved.json',
      arrayBuffer: () => Promise.reject(new DOMException('could not be read', 'NotReadableError')),
    } as unknown as File
    const picked = await readPicked(gone)
    const record = await pickedToRecord(picked, 3, 'now', fingerprintDraft)
    expect(record).toMatchObject({ id: 'bad:moved.json', order: 3, fileName: 'moved.json' })
    expect(record.problem).toContain('浏览器未能读取这个文件')
    expect(record.draft).toBeUndefined()
  })
})

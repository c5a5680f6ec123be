// Caps checked before reading on (issue 21): a .docx whose parts declare more than the cap is
// refused without inflating, a .txt over the text cap is refused before decoding, a zip's
// declared sizes are read from its central directory, and a file under the caps still reads.
import { strToU8, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { MAX_TEXT_CHARS, MAX_UNZIPPED_BYTES } from '@/reportFiles/messages'
import { readReportText } from '@/reportFiles/readReportFile'
import { declaredUnzippedBytes } from '@/reportFiles/zipSizes'

const zip = (files: Record<string, string | Uint8Array>) =>
  zipSync(
    Object.fromEntries(
      Object.entries(files).map(([name, body]) => [
        name,
        typeof body === 'string' ? strToU8(body) : body,
      ]),
    ),
    { level: 9 },
  )

describe('declaredUnzippedBytes', () => {
  it.each([
    ['one small part', { 'a.txt': 'abc' }, 3],
    ['two parts', { 'a.txt': 'abc', 'word/document.xml': 'x'.repeat(1000) }, 1003],
    ['an empty part', { 'empty.xml': '' }, 0],
  ])('%s', (_, files, bytes) => {
    expect(declaredUnzippedBytes(zip(files))).toBe(bytes)
  })

  it.each([
    ['not a zip', strToU8('%PDF-1.4 nothing here')],
    ['a zip cut short', zip({ 'a.txt': 'abc' }).subarray(0, 30)],
  ])('%s → null', (_, bytes) => {
    expect(declaredUnzippedBytes(bytes)).toBeNull()
  })
})

describe('readReportText refuses what would freeze the tab, and says why', () => {
  it('a .docx whose text would inflate past the cap, before inflating it', async () => {
    // Tens of megabytes of one repeated run: a few tens of kilobytes zipped.
    const run = '<w:r><w:t>政府信息公开</w:t></w:r>'
    const body = run.repeat(Math.ceil((MAX_UNZIPPED_BYTES + 1) / run.length))
    const bytes = zip({
      '[Content_Types].xml': '<Types/>',
      'word/document.xml': `<w:document><w:body><w:p>${body}</w:p></w:body></w:document>`,
    })
    expect(bytes.length).toBeLessThan(2 * 1024 * 1024)
    const started = performance.now()
    const read = await readReportText({ name: '膨胀.docx', bytes })
    expect(read).toMatchObject({ status: 'refused' })
    expect('message' in read && read.message).toMatch(/解压后约 \d+ MB，超过 40 MB 上限/)
    expect(performance.now() - started).toBeLessThan(1000)
  })

  it.each([
    ['ASCII', 'a'],
    ['Chinese', '报'],
  ])('a .txt over the text cap (%s)', async (_, char) => {
    const bytes = strToU8(char.repeat(MAX_TEXT_CHARS + 10))
    const read = await readReportText({ name: '很长.txt', bytes })
    expect(read).toMatchObject({ status: 'refused' })
    expect('message' in read && read.message).toMatch(/超过 50 万字上限/)
  })

  it('a .txt under the cap is read', async () => {
    const text = '2023年政府信息公开工作年度报告\n一、总体情况\n'
    const read = await readReportText({ name: '报告.txt', bytes: strToU8(text) })
    expect(read).toMatchObject({ kind: 'txt', text })
  })
})

import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { createEmptyDraft, serializeDraftFile } from '../../../src/report'
import { fingerprintDraft } from '../../../src/report/fingerprint'
import { readWorkspaceFile } from '../../../src/workspace/readWorkspaceFile'
import { decodeText } from '../../../src/reportFiles/decodeText'
import { toWorkspaceRecord } from '../../../src/workspace/workspaceRecords'

const fixture = (path: string) =>
  new Uint8Array(readFileSync(new URL(`../../fixtures/${path}`, import.meta.url)))
const utf8 = (text: string) => new TextEncoder().encode(text)

describe('readWorkspaceFile', () => {
  it('reads a draft file of version 1', async () => {
    const read = await readWorkspaceFile({ name: 'a.JSON', bytes: fixture('drafts/draft-v1.json') })
    expect(read.ok && read.source).toBe('draft-file')
    expect(read.ok && read.draft.meta.agencyName).toBe('某县交通运输局')
  })

  it('reads a published report as text, carrying its import findings', async () => {
    const read = await readWorkspaceFile({
      name: '报告.txt',
      bytes: fixture('import/report.lines.txt'),
    })
    expect(read.ok && read.source).toBe('published')
    expect(read.ok && read.draft.meta).toMatchObject({
      agencyName: '市住房和城乡建设局',
      year: 2022,
    })
    expect(read.ok && read.draft.importReview).toBeDefined()
  })

  it('reads a web page, and GBK text', async () => {
    const html = `<html><head><meta charset="gbk"></head><body>${readFileSync(
      new URL('../../fixtures/import/report.lines.txt', import.meta.url),
      'utf8',
    )
      .split('\n')
      .map((line) => `<p>${line}</p>`)
      .join('')}</body></html>`
    // TextEncoder only writes UTF-8, so the GBK fallback is checked on a known byte pair.
    expect(decodeText(new Uint8Array([0xd6, 0xd0, 0xb9, 0xfa])).text).toBe('中国')
    const read = await readWorkspaceFile({ name: 'page.HTML', bytes: utf8(html) })
    expect(read.ok && read.draft.meta.agencyName).toBe('市住房和城乡建设局')
  })

  it.each([
    ['bad.json', utf8('{"kind": '), '不是有效的 JSON'],
    ['other.json', utf8('{"kind":"x"}'), 'kind 应为'],
    [
      'newer.json',
      utf8(
        serializeDraftFile(createEmptyDraft(2025)).replace(
          '"schemaVersion": 2',
          '"schemaVersion": 9',
        ),
      ),
      '格式版本为 9',
    ],
    ['empty.txt', new Uint8Array(), '文件是空的'],
    ['notes.txt', utf8('今天天气很好。'), '未识别为年度报告'],
    ['report.docx', utf8('PK'), '文件已损坏'],
    ['report.pdf', utf8('%PDF'), '文件已损坏'],
    ['page.mhtml', utf8('MIME'), '文件已损坏'],
    ['old.doc', utf8('x'), '另存为 .docx'],
    ['photo.jpg', utf8('x'), '不能读取“.jpg”文件'],
    ['huge.json', new Uint8Array(6 * 1024 * 1024), '超过 5 MB'],
  ])('declines %s, saying why', async (name, bytes, reason) => {
    const read = await readWorkspaceFile({ name, bytes })
    expect(read.ok).toBe(false)
    expect(!read.ok && read.problem).toContain(reason)
  })
})

describe('toWorkspaceRecord', () => {
  it('identifies a readable report by its fingerprint, and a bad file by its name', async () => {
    const bytes = fixture('drafts/draft-v1.json')
    const good = await toWorkspaceRecord({ name: 'a.json', bytes }, 7, 'now', fingerprintDraft)
    const read = await readWorkspaceFile({ name: 'a.json', bytes })
    const print = read.ok ? await fingerprintDraft(read.draft) : ''
    expect(good).toMatchObject({
      id: `fp:${print}:a.json`,
      fingerprint: print,
      order: 7,
      source: 'draft-file',
    })
    expect(good.size).toBeGreaterThan(bytes.length / 2)
    const bad = await toWorkspaceRecord({ name: 'b.pdf', bytes }, 8, 'now', fingerprintDraft)
    expect(bad).toMatchObject({ id: 'bad:b.pdf', order: 8 })
    expect(bad.problem).toContain('文件已损坏')
    expect(bad.draft).toBeUndefined()
  })
})

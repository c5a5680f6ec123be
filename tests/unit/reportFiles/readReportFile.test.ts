import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { decodeText } from '../../../src/reportFiles/decodeText'
import { REFUSALS } from '../../../src/reportFiles/messages'
import { htmlOfMhtml } from '../../../src/reportFiles/mhtml'
import { readReportFile, readReportText } from '../../../src/reportFiles/readReportFile'

const DIR = new URL('../../fixtures/published/', import.meta.url)
const bytes = (name: string) => new Uint8Array(readFileSync(new URL(name, DIR)))
const want = (name: string) =>
  JSON.parse(readFileSync(new URL(name, DIR), 'utf8')) as {
    cells: Record<string, string>
    stated: Record<string, string>
    meta: Record<string, unknown>
    issuedOn: string
  }

/** GBK bytes of ASCII + a few CJK characters, written out by hand (not by the code under test). */
const GBK_SHI = [0xca, 0xd0] // 市
const GBK_JU = [0xbe, 0xd6] // 局

describe('decoding saved pages and text files', () => {
  it.each([
    ['UTF-8 with a BOM', [0xef, 0xbb, 0xbf, 0xe5, 0xb8, 0x82], {}, '市'],
    ['UTF-16LE with a BOM', [0xff, 0xfe, 0x02, 0x5e, 0x40, 0x5c], {}, '市局'],
    ['UTF-16BE with a BOM', [0xfe, 0xff, 0x5e, 0x02, 0x5c, 0x40], {}, '市局'],
    ['UTF-16LE without a BOM', [...'ab12'].flatMap((c) => [c.charCodeAt(0), 0]), {}, 'ab12'],
    [
      'GBK declared by <meta charset>',
      [...Buffer.from('<meta charset="gbk">'), ...GBK_SHI, ...GBK_JU],
      { html: true },
      '<meta charset="gbk">市局',
    ],
    [
      'GBK not declared: not UTF-8, so GB18030',
      [...Buffer.from('x'), ...GBK_SHI, ...GBK_JU],
      {},
      'x市局',
    ],
    ['plain UTF-8', [...Buffer.from('年度报告')], {}, '年度报告'],
    [
      'UTF-8 saved again under its old GBK <meta>',
      [...Buffer.from('<meta charset="gbk"><p>年度报告</p>')],
      { html: true },
      '<meta charset="gbk"><p>年度报告</p>',
    ],
  ])('%s', (_case, input, options, text) => {
    expect(decodeText(Uint8Array.from(input), options).text).toBe(text)
  })

  it('an MHTML page: its quoted-printable HTML part in its own charset', () => {
    const mhtml = [
      'MIME-Version: 1.0',
      'Content-Type: multipart/related; boundary="----=_Part_1"',
      '',
      '------=_Part_1',
      'Content-Type: text/html; charset="gbk"',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<p>=CA=D0=BE=D6</p>=',
      '<p>2023</p>',
      '------=_Part_1',
      'Content-Type: image/png',
      'Content-Transfer-Encoding: base64',
      '',
      'iVBORw0KGgo=',
      '------=_Part_1--',
    ].join('\r\n')
    expect(htmlOfMhtml(new TextEncoder().encode(mhtml))).toBe('<p>市局</p><p>2023</p>\r\n')
  })
})

describe('opening published reports as files', () => {
  it('a GBK web page: every cell, the text and the 成文日期', async () => {
    const read = await readReportFile({
      name: '青川县2023年报.html',
      bytes: bytes('county.gbk.html'),
    })
    if (read.status !== 'read') throw new Error(read.message)
    const expected = want('county.gbk.expected.json')
    expect(read.kind).toBe('html')
    expect(read.result.draft.cells).toEqual({ ...read.result.draft.cells, ...expected.cells })
    expect(read.result.statedTotals).toEqual(expected.stated)
    expect(read.result.draft.meta).toMatchObject({ ...expected.meta, issuedOn: expected.issuedOn })
    expect(read.result.report.found.tableSources).toEqual({
      table2: 'html',
      table3: 'html',
      table4: 'html',
    })
    expect(read.result.report.findings).toEqual([])
    expect(read.result.report.skipped).toEqual(
      expect.arrayContaining(['发布时间：2024-01-26', '【打印本页】', '【关闭窗口】']),
    )
  })

  it('a Word file (merged header cells): read through mammoth’s HTML, every cell right', async () => {
    const read = await readReportFile({
      name: '江州市自然资源和规划局.docx',
      bytes: bytes('city.docx'),
    })
    if (read.status !== 'read') throw new Error(read.message)
    const expected = want('city.docx.expected.json')
    expect(read.kind).toBe('docx')
    expect(read.result.draft.cells).toEqual({ ...read.result.draft.cells, ...expected.cells })
    expect(read.result.statedTotals).toEqual(expected.stated)
    expect(read.result.draft.meta).toMatchObject({ ...expected.meta, issuedOn: expected.issuedOn })
    expect(read.result.report.findings).toEqual([])
  })

  const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]
  const encryptedName = [...'EncryptionInfo'].flatMap((c) => [c.charCodeAt(0), 0])
  it.each([
    ['an old .doc', '报告.doc', OLE, REFUSALS.oldWord],
    ['a .wps', '报告.wps', [...Buffer.from('anything')], REFUSALS.oldWord],
    ['a .doc renamed .docx', '报告.docx', OLE, REFUSALS.oldWord],
    ['a .docx with a password', '报告.docx', [...OLE, ...encryptedName], REFUSALS.encrypted],
    ['an .ofd', '报告.ofd', [0x50, 0x4b, 3, 4], REFUSALS.ofd],
    ['a broken .docx', '报告.docx', [0x50, 0x4b, 3, 4, 1, 2, 3], REFUSALS.broken],
    ['a .docx that is not a zip', '报告.docx', [...Buffer.from('hello')], REFUSALS.broken],
    ['an empty file', '报告.txt', [], REFUSALS.empty],
  ])('%s is refused with its reason', async (_case, name, content, message) => {
    expect(await readReportText({ name, bytes: Uint8Array.from(content) })).toEqual({
      status: 'refused',
      message,
    })
  })

  it('a file over 30 MB is refused before it is read', async () => {
    const read = await readReportText({
      name: '大文件.pdf',
      bytes: new Uint8Array(30 * 1024 * 1024 + 1),
    })
    expect(read).toEqual({ status: 'refused', message: expect.stringMatching(/超过 30 MB 上限/) })
  })

  it('another kind of file is refused and the kinds that open are named', async () => {
    const read = await readReportText({ name: '报告.xlsx', bytes: Uint8Array.from([1, 2, 3]) })
    expect(read).toEqual({
      status: 'refused',
      message: expect.stringMatching(/“\.xlsx”.*\.docx、\.pdf/),
    })
  })
})

// End-to-end tests of opening published reports' files in Chromium, on dist/: a Word file, a PDF
// (pdf.js in its worker), a GBK web page through the dialog's file input, a PDF dropped on the
// page, and the files that cannot be read (refused with their reason, drafts unchanged).
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp, clickAction } from './support/app'
import { INPUT_CELLS, cell, field } from './support/report'

const DIR = new URL('../fixtures/published/', import.meta.url)
const bytes = (name: string) => readFileSync(new URL(name, DIR))

interface Expected {
  meta: Record<string, string | number>
  issuedOn: string
  cells: Record<string, string>
  narrative: Record<string, string>
}
const want = (name: string) => JSON.parse(bytes(name).toString('utf8')) as Expected

const dialog = '[data-dialog="import"]'
const fileInput = '[data-action="import-report-file"]'

async function openDialog(page: Page): Promise<void> {
  await page.waitForSelector(cell('table3.newReceived.natural'))
  await clickAction(page, 'import')
  await page.waitForSelector(`${dialog}[open] [data-action="import-text"]`)
}

async function openFile(page: Page, name: string, file: string, mimeType: string) {
  await page.setInputFiles(fileInput, { name, mimeType, buffer: bytes(file) })
}

async function confirmImport(page: Page): Promise<void> {
  await page.waitForSelector(`${dialog} [data-panel="import-preview"]`)
  await page.click('[data-action="import-confirm"]')
  await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' })
}

async function expectReport(page: Page, expected: Expected): Promise<void> {
  const shown = await page.$$eval('input[data-cell]', (inputs) =>
    Object.fromEntries(
      inputs.map((input) => [input.getAttribute('data-cell'), (input as HTMLInputElement).value]),
    ),
  )
  for (const key of INPUT_CELLS) expect([key, shown[key]]).toEqual([key, expected.cells[key]])
  expect(await page.inputValue(field('meta.agencyName'))).toBe(expected.meta.agencyName)
  expect(await page.inputValue(field('narrative.problems'))).toBe(expected.narrative.problems)
  // The 成文日期 read from the signature is kept with the draft.
  await expect
    .poll(() =>
      page.evaluate(() =>
        Object.entries(localStorage)
          .filter(([key]) => key.startsWith('zfxxgk.draft.'))
          .some(([, value]) => value.includes('"issuedOn":"')),
      ),
    )
    .toBe(true)
  const stored = await page.evaluate(() =>
    Object.entries(localStorage)
      .filter(([key]) => key.startsWith('zfxxgk.draft.'))
      .map(([, value]) => value)
      .join('\n'),
  )
  expect(stored).toContain(`"issuedOn":"${expected.issuedOn}"`)
}

const draftCount = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zfxxgk.draft.')).length)

describe('opening a published report’s file', () => {
  it.each([
    [
      'a Word file',
      '江州市自然资源和规划局2023年报.docx',
      'city.docx',
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      'city.docx.expected.json',
      null,
    ],
    [
      'a PDF',
      '江州市自然资源和规划局2023年报.pdf',
      'city.pdf',
      'application/pdf',
      'city.expected.json',
      '表三：PDF 版面',
    ],
    [
      'a GBK web page',
      'qingchuan-2023.html',
      'county.gbk.html',
      'text/html',
      'county.gbk.expected.json',
      '表三：网页表格',
    ],
  ])(
    '%s through the dialog: confirmed, every value shown',
    async (_case, name, file, mime, expectedFile, source) => {
      const { page } = await openApp()
      await openDialog(page)
      await openFile(page, name, file, mime)
      await page.waitForSelector(`${dialog} [data-panel="import-preview"]`)
      if (source) {
        expect(await page.textContent('[data-status="import-sources"]')).toContain(source)
      }
      await confirmImport(page)
      await expectReport(page, want(expectedFile))
    },
  )

  it('this app’s own PDF reads back: every value shown', async () => {
    const { page } = await openApp()
    await openDialog(page)
    await openFile(page, '江州市2023年报（本应用生成）.pdf', 'own-output.pdf', 'application/pdf')
    await confirmImport(page)
    const expected = want('city.expected.json')
    const shown = await page.$$eval('input[data-cell]', (inputs) =>
      Object.fromEntries(
        inputs.map((input) => [input.getAttribute('data-cell'), (input as HTMLInputElement).value]),
      ),
    )
    for (const key of INPUT_CELLS) expect([key, shown[key]]).toEqual([key, expected.cells[key]])
  })

  it('“—”, “/” and “无” cells: named, and read as 0 when the user says so', async () => {
    const { page } = await openApp()
    await openDialog(page)
    const text = bytes('city.converter.md')
      .toString('utf8')
      .replace(
        '| 属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |',
        '| 属于国家秘密 | 1 | — | / | 无 | 0 | 0 | 1 |',
      )
    await page.fill('[data-action="import-text"]', text)
    await page.waitForSelector('[data-action="import-placeholders-zero"]')
    expect(await page.textContent(`${dialog} [data-panel="import-preview"]`)).toContain(
      '3个单元格写作“—”“/”或“无”',
    )
    await page.check('[data-action="import-placeholders-zero"]')
    await confirmImport(page)
    for (const column of ['commercial', 'research', 'publicInterest']) {
      expect(await page.inputValue(cell(`table3.withheldStateSecret.${column}`))).toBe('0')
    }
  })

  it('a PDF dropped on the page opens the dialog with it', async () => {
    const { page } = await openApp()
    await page.waitForSelector(cell('table3.newReceived.natural'))
    const base64 = bytes('district.positioned.pdf').toString('base64')
    await page.evaluate((data) => {
      const binary = atob(data)
      const array = Uint8Array.from(binary, (c) => c.charCodeAt(0))
      const transfer = new DataTransfer()
      transfer.items.add(new File([array], '临江区教育局2022年报.pdf', { type: 'application/pdf' }))
      const init = { dataTransfer: transfer, bubbles: true, cancelable: true }
      document.body.dispatchEvent(new DragEvent('dragover', init))
      document.body.dispatchEvent(new DragEvent('drop', init))
    }, base64)
    await page.waitForSelector(`${dialog}[open]`)
    await confirmImport(page)
    await expectReport(page, want('district.pdf.expected.json'))
  })

  it.each([
    [
      'a scanned PDF',
      'scan.pdf',
      bytes('scanned.pdf'),
      '这是扫描件，没有可读取的文字，请粘贴文字版或打开 Word 文件',
    ],
    [
      'an old .doc',
      '报告.doc',
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]),
      '请在 Word/WPS 中另存为 .docx 后再打开',
    ],
    ['a PDF locked with a password', '报告.pdf', bytes('locked.pdf'), '文件设有打开密码'],
    ['a broken PDF', '报告.pdf', Buffer.from('%PDF-1.7\n1 0 obj garbage'), '文件已损坏'],
  ])('%s is refused with its message; nothing changes', async (_case, name, buffer, message) => {
    const { page } = await openApp()
    await openDialog(page)
    const before = await draftCount(page)
    await page.setInputFiles(fileInput, { name, mimeType: 'application/octet-stream', buffer })
    await page.waitForSelector(`${dialog} [role="alert"]`)
    expect(await page.textContent(`${dialog} [role="alert"]`)).toContain(message)
    expect(await page.inputValue('[data-action="import-text"]')).toBe('')
    expect(await draftCount(page)).toBe(before)
  })

  it('text that is not a report: 未识别为年度报告, no draft is made', async () => {
    const { page } = await openApp()
    await openDialog(page)
    const before = await draftCount(page)
    await page.fill('[data-action="import-text"]', '市政府召开常务会议，研究部署城市更新工作。')
    await page.waitForSelector('[data-status="import-unrecognized"]')
    expect(await page.isDisabled('[data-action="import-confirm"]')).toBe(true)
    expect(await draftCount(page)).toBe(before)
  })
})

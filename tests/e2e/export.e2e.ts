// End-to-end tests of the Word file and the web page (issue 14) in Chromium on dist/: download
// both, read them back as other clients would (unzipped WordprocessingML, the page with scripts
// off, LibreOffice, mammoth), axe-core on the page, the clipboard, and the round trip through the
// app's own importer. Needs poppler-utils and LibreOffice (soffice).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { strFromU8, unzipSync } from 'fflate'
import mammoth from 'mammoth'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SEED_TEXT } from '../unit/pdf/fixtures/seed'
import { openApp, clickAction } from './support/app'
import {
  docxTableSlots,
  expectedNumberSlots,
  firstMissingInOrder,
  htmlTableSlots,
  tableSequence,
} from './support/exportCheck'
import { INPUT_CELLS, balancedReport, cell, field, fillCells } from './support/report'

const TITLE = '市知识产权事业发展中心2021年政府信息公开工作年度报告'
const dir = mkdtempSync(join(tmpdir(), 'export-e2e-'))
const AXE_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
)
const paragraphs = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)

/** The whole report in reading order: title, prose and headings, and every table cell. */
function reportSequence(values: Map<string, string>): string[] {
  const { overview } = SEED_TEXT.narrative
  const tables = tableSequence(values)
  return [
    TITLE,
    ...paragraphs(SEED_TEXT.preamble),
    '一、总体情况',
    ...paragraphs(overview.intro),
    '（一）主动公开情况',
    ...paragraphs(overview.proactive),
    '（二）依申请公开情况',
    ...paragraphs(overview.onRequest),
    '（三）政府信息管理情况',
    ...paragraphs(overview.management),
    '（四）政府信息公开平台建设情况',
    ...paragraphs(overview.platform),
    '（五）监督保障情况',
    ...paragraphs(overview.oversight),
    ...tables,
    '五、存在的主要问题及改进情况',
    ...paragraphs(SEED_TEXT.narrative.problems),
    '六、其他需要报告的事项',
    ...paragraphs(SEED_TEXT.narrative.otherMatters),
  ]
}

async function fillSeed(page: Page): Promise<void> {
  await page.waitForSelector(field('meta.agencyName'))
  for (const key of ['agencyName', 'websiteName', 'address', 'phone'] as const) {
    await page.fill(field(`meta.${key}`), SEED_TEXT.meta[key])
  }
  await page.selectOption(field('meta.year'), String(SEED_TEXT.meta.year))
  await page.fill(field('preamble'), SEED_TEXT.preamble)
  for (const [key, text] of Object.entries(SEED_TEXT.narrative.overview)) {
    await page.fill(field(`narrative.overview.${key}`), text)
  }
  await page.fill(field('narrative.problems'), SEED_TEXT.narrative.problems)
  await page.fill(field('narrative.otherMatters'), SEED_TEXT.narrative.otherMatters)
}

async function download(page: Page, action: string, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    clickAction(page, action),
  ])
  const path = join(dir, name)
  await file.saveAs(path)
  return { path, suggested: file.suggestedFilename() }
}

/** LibreOffice converts `file` to `format` (its own profile, so parallel runs do not clash). */
function soffice(file: string, format: string): string {
  const out = mkdtempSync(join(dir, 'lo-'))
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=${pathToFileURL(join(out, 'profile')).href}`,
      '--headless',
      '--convert-to',
      format,
      '--outdir',
      out,
      file,
    ],
    { timeout: 120_000, stdio: 'ignore' },
  )
  const base = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '')
  return join(out, `${base}.${format.startsWith('txt') ? 'txt' : format}`)
}

/** Imports a published-report file through the app's import dialog and confirms it. */
async function importReportFile(page: Page, path: string): Promise<void> {
  await clickAction(page, 'import')
  await page.setInputFiles('[data-action="import-report-file"]', path)
  await page.waitForSelector('[data-panel="import-preview"]')
  await page.click('[data-action="import-confirm"]')
  await page.waitForSelector('[data-dialog="import"]:not([open])', { state: 'attached' })
}

/** Every input cell and the text fields of the open draft equal what was typed. */
async function expectDraftEquals(page: Page, values: Map<string, string>): Promise<void> {
  await expect.poll(() => page.inputValue(field('meta.agencyName'))).toBe(SEED_TEXT.meta.agencyName)
  const shown = await page.$$eval('input[data-cell]', (inputs) =>
    Object.fromEntries(
      inputs.map((input) => [input.getAttribute('data-cell'), (input as HTMLInputElement).value]),
    ),
  )
  for (const key of INPUT_CELLS) expect([key, shown[key]]).toEqual([key, values.get(key)])
  const texts: [string, string][] = [
    ['preamble', SEED_TEXT.preamble],
    ...Object.entries(SEED_TEXT.narrative.overview).map(
      ([key, text]) => [`narrative.overview.${key}`, text] as [string, string],
    ),
    ['narrative.problems', SEED_TEXT.narrative.problems],
    ['narrative.otherMatters', SEED_TEXT.narrative.otherMatters],
  ]
  for (const [key, text] of texts) {
    expect([key, paragraphs(await page.inputValue(field(key)))]).toEqual([key, paragraphs(text)])
  }
}

describe('the Word file', () => {
  it('is A4 with whole-twip margins, named fonts, merged cells, every label and number; LibreOffice reads it', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    const values = balancedReport(2014)
    await fillCells(page, values)
    const { path, suggested } = await download(page, 'download-docx', 'report.docx')
    expect(suggested).toBe(`${TITLE}.docx`)
    await expect.poll(() => page.textContent('[data-status="export"]')).toContain('已下载Word文件')

    const parts = unzipSync(readFileSync(path))
    const documentXml = strFromU8(parts['word/document.xml'] as Uint8Array)
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/)
    expect(documentXml).toMatch(
      /<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587"/,
    )
    for (const font of ['方正小标宋简体', '黑体', '楷体_GB2312', '仿宋_GB2312']) {
      expect(documentXml, font).toContain(`w:eastAsia="${font}"`)
    }
    const fontTable = strFromU8(parts['word/fontTable.xml'] as Uint8Array)
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>')
    expect(fontTable).toContain('<w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/>')
    expect(Object.keys(parts).filter((p) => /^word\/fonts\//.test(p))).toEqual([])
    expect(strFromU8(parts['word/footer1.xml'] as Uint8Array)).toContain('w:eastAsia="宋体"')
    expect(Object.keys(parts).some((p) => /^word\/header\d*\.xml$/.test(p))).toBe(false)

    // Every table cell by row and column, merged cells resolved from gridSpan/vMerge.
    const slots = await docxTableSlots(page, documentXml)
    for (const [slot, text] of expectedNumberSlots(values))
      expect([slot, slots[slot]]).toEqual([slot, text])
    expect(slots['1,0,0']).toBe(
      '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
    )
    expect(slots['1,2,0']).toBe(slots['1,0,0']) // the note spans three header rows …
    expect(slots['1,0,2']).toBe(slots['1,0,0']) // … and three label columns
    expect(slots['1,24,0']).toBe('三、本年度办理结果') // spans the 22 result rows (rows 5–26)
    expect(slots['1,5,0']).toBe('三、本年度办理结果')
    expect(slots['1,26,0']).toBe('三、本年度办理结果')
    expect(slots['1,27,0']).toBe('四、结转下年度继续办理')
    expect(slots['2,0,4']).toBe('行政复议')
    expect(slots['2,0,14']).toBe('行政诉讼')
    expect(documentXml.match(/<w:tblHeader\/>/g)).toHaveLength(6) // table 3 and 4: 3 rows each
    expect(documentXml.match(/<w:cantSplit\/>/g)).toHaveLength(14 + 28 + 4)

    // LibreOffice opens it: its text has every label and number in order, and it lays out on A4.
    const lines = readFileSync(soffice(path, 'txt:Text (encoded):UTF8'), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .map((line) => line.trim())
    expect(firstMissingInOrder(lines, reportSequence(values))).toBeNull()
    const pdf = soffice(path, 'pdf')
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)/)
    const pages = Number(/Pages:\s+(\d+)/.exec(info)?.[1])
    expect(pages).toBeGreaterThanOrEqual(7)
    expect(pages).toBeLessThanOrEqual(12)
    const text = execFileSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
    for (let n = 1; n <= pages; n += 1) expect(text).toContain(`—${n}—`)
  })

  it('reads back through mammoth and the app’s importer with every cell and text equal', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    const values = balancedReport(2027)
    await fillCells(page, values)
    const { path } = await download(page, 'download-docx', 'roundtrip.docx')
    const { value: html } = await mammoth.convertToHtml({ path })
    const converted = join(dir, 'roundtrip-from-docx.html')
    writeFileSync(converted, `<!DOCTYPE html><meta charset="utf-8"><body>${html}</body>`)
    await importReportFile(page, converted)
    await expectDraftEquals(page, values)
  })
})

describe('the web page', () => {
  it('read with scripts off has every cell by row and column; axe-core finds no violation', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    const values = balancedReport(2031)
    await fillCells(page, values)
    const { path, suggested } = await download(page, 'download-html', 'report.html')
    expect(suggested).toBe(`${TITLE}.html`)
    const source = readFileSync(path, 'utf8')
    expect(source).not.toMatch(/<script|<link|<img|<iframe|<style|\sclass=|\ssrc=|\shref=/i)

    const browser = page.context().browser()
    if (!browser) throw new Error('no browser')
    const noScripts = await browser.newContext({ javaScriptEnabled: false })
    try {
      const view = await noScripts.newPage()
      await view.goto(pathToFileURL(path).href)
      expect(await view.title()).toBe(TITLE)
      expect(await view.getAttribute('html', 'lang')).toBe('zh-CN')
      expect(await view.locator('h1').textContent()).toBe(TITLE)
      expect(await view.locator('h2').allTextContents()).toHaveLength(6)
      const slots = await htmlTableSlots(view)
      for (const [slot, text] of expectedNumberSlots(values)) {
        expect([slot, slots[slot]]).toEqual([slot, { text, tag: 'td' }])
      }
      expect(slots['1,0,0']?.tag).toBe('th')
      expect(slots['1,10,1']).toEqual({ text: '（三）不予公开', tag: 'th' })
      expect(slots['1,10,2']).toEqual({ text: '4.保护第三方合法权益', tag: 'th' })
      // Every cell of the three tables in reading order, and the prose around them.
      const table = await view.$$eval('table', (tables) =>
        tables.flatMap((t) => Array.from(t.querySelectorAll('th, td'), (c) => c.textContent ?? '')),
      )
      const parts = [
        '二、主动公开政府信息情况',
        '三、收到和处理政府信息公开申请情况',
        '四、政府信息公开行政复议、行政诉讼情况',
      ]
      expect(table).toEqual(tableSequence(values).filter((t) => !parts.includes(t)))
      const blocks = await view.$$eval('main > h1, main > h2, main > h3, main > p', (els) =>
        els.map((el) => el.textContent ?? ''),
      )
      expect(blocks).toEqual(
        reportSequence(values).filter((t) => !table.includes(t) || parts.includes(t)),
      )
      await view.screenshot({ path: join(dir, 'page.png'), fullPage: true })
    } finally {
      await noScripts.close()
    }

    const axeContext = await browser.newContext()
    try {
      const view = await axeContext.newPage()
      await view.goto(pathToFileURL(path).href)
      await view.evaluate(AXE_SOURCE)
      const violations = await view.evaluate(async () => {
        const axe = (
          window as unknown as {
            axe: { run: () => Promise<{ violations: { id: string; nodes: unknown[] }[] }> }
          }
        ).axe
        const result = await axe.run()
        return result.violations.map((v) => `${v.id} (${v.nodes.length})`)
      })
      expect(violations).toEqual([])
    } finally {
      await axeContext.close()
    }
  })

  it('reads back through the app’s importer with every cell and text equal', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    const values = balancedReport(2041)
    await fillCells(page, values)
    const { path } = await download(page, 'download-html', 'roundtrip.html')
    await importReportFile(page, path)
    await expectDraftEquals(page, values)
  })

  it('copy-html puts text/html and text/plain on the clipboard; pasting them imports every cell', async () => {
    const { page } = await openApp()
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'])
    await fillSeed(page)
    const values = balancedReport(2052)
    await fillCells(page, values)
    await clickAction(page, 'copy-html')
    await expect.poll(() => page.textContent('[data-status="export"]')).toContain('已复制网页内容')
    const clip = await page.evaluate(async () => {
      const [item] = await navigator.clipboard.read()
      if (!item) return null
      const read = async (type: string) =>
        item.types.includes(type) ? (await item.getType(type)).text() : ''
      return { html: await read('text/html'), text: await read('text/plain') }
    })
    expect(clip?.html).toContain('<table')
    expect(clip?.html).toContain('scope="row"')
    expect(clip?.html).not.toMatch(/<script|\sclass=/)
    expect(clip?.text.split('\n')[0]).toBe(TITLE)
    await clickAction(page, 'import')
    await page.focus('[data-action="import-text"]')
    await page.evaluate(
      (data) => {
        const transfer = new DataTransfer()
        transfer.setData('text/plain', data.text)
        transfer.setData('text/html', data.html)
        document.querySelector('[data-action="import-text"]')?.dispatchEvent(
          new ClipboardEvent('paste', {
            clipboardData: transfer,
            bubbles: true,
            cancelable: true,
          }),
        )
      },
      clip as { html: string; text: string },
    )
    await page.waitForSelector('[data-panel="import-preview"]')
    await page.click('[data-action="import-confirm"]')
    await page.waitForSelector('[data-dialog="import"]:not([open])', { state: 'attached' })
    await expectDraftEquals(page, values)
  })
})

describe('a draft and a 落款', () => {
  it('marks a failing report 草稿 in both files and their names; prints the 落款 from 成文日期', async () => {
    const { page } = await openApp()
    await page.waitForSelector(cell('table3.newReceived.natural'))
    const values = balancedReport(2063)
    const json = {
      kind: 'zfxxgk-annual-report',
      format: '2021',
      schemaVersion: 1,
      meta: {
        agencyName: '某某县人民政府办公室',
        year: 2023,
        level: '县级',
        websiteName: '',
        websiteUrl: '',
        address: '',
        phone: '',
        issuedOn: '2024-01-26',
      },
      preamble: null,
      narrative: {
        overview: {
          intro: '概述。',
          proactive: '主动。',
          onRequest: '申请。',
          management: '管理。',
          platform: '平台。',
          oversight: '监督。',
        },
        problems: '一是问题。',
        otherMatters: '无其他事项需要报告。',
      },
      ...cellsJson(values),
    }
    const file = join(dir, 'draft.json')
    writeFileSync(file, JSON.stringify(json))
    await page.setInputFiles('[data-action="import-file"]', file)
    await expect.poll(() => page.inputValue(field('meta.agencyName'))).toBe('某某县人民政府办公室')
    const name = '某某县人民政府办公室2023年政府信息公开工作年度报告'

    const final = await download(page, 'download-docx', 'final.docx')
    expect(final.suggested).toBe(`${name}.docx`)
    const finalLines = readFileSync(soffice(final.path, 'txt:Text (encoded):UTF8'), 'utf8').split(
      /\r?\n/,
    )
    expect(
      firstMissingInOrder(
        finalLines.map((l) => l.trim()),
        ['无其他事项需要报告。', '某某县人民政府办公室', '2024年1月26日'],
      ),
    ).toBeNull()

    // Break R1: one more new application than the results account for.
    const key = 'table3.newReceived.natural'
    await page.fill(cell(key), String(Number(values.get(key)) + 1))
    const docx = await download(page, 'download-docx', 'draft.docx')
    expect(docx.suggested).toBe(`${name}（草稿）.docx`)
    const parts = unzipSync(readFileSync(docx.path))
    const headers = Object.keys(parts).filter((p) => /^word\/header\d*\.xml$/.test(p))
    expect(headers.map((p) => strFromU8(parts[p] as Uint8Array)).join('')).toContain('>草稿<')
    const pdfText = execFileSync('pdftotext', [soffice(docx.path, 'pdf'), '-'], {
      encoding: 'utf8',
    })
    expect(pdfText.match(/草稿/g)?.length ?? 0).toBeGreaterThanOrEqual(2)

    const html = await download(page, 'download-html', 'draft.html')
    expect(html.suggested).toBe(`${name}（草稿）.html`)
    const source = readFileSync(html.path, 'utf8')
    expect(source).toContain('【草稿】本报告未通过校验')
    expect(source).toContain(`<title>${name}（草稿）</title>`)
    expect(source).toMatch(/text-align:right[^>]*>2024年1月26日</)
  })
})

describe('faults', () => {
  it('says what failed and keeps the draft when the Word code cannot load or the clipboard refuses', async () => {
    const { page } = await openApp({ allowErrors: true })
    await page.waitForSelector(field('meta.agencyName'))
    await page.fill(field('meta.agencyName'), '市断网测试局')
    const status = '[data-status="export"] [role="alert"]'
    // The docx chunk (loaded on first use) fails to arrive, as on a dropped connection.
    await page.route('**/buildDocx-*.js', (route) => route.abort('internetdisconnected'))
    await clickAction(page, 'download-docx')
    // A network failure is said in plain words as an offline notice (issue 21), not as damage.
    const offline = '[data-notice="offline"]'
    await expect.poll(() => page.textContent(offline)).toContain('您已离线')
    expect(await page.textContent(offline)).toContain('Word')
    expect(await page.textContent(offline)).not.toMatch(/buildDocx|\.js|已损坏/)
    expect(await page.isEnabled('[data-action="download-docx"]')).toBe(true)
    await page.unroute('**/buildDocx-*.js')
    const retry = await download(page, 'download-docx', 'retry.docx')
    const year = await page.inputValue(field('meta.year'))
    // A draft: no number is filled in yet (V2).
    expect(retry.suggested).toBe(`市断网测试局${year}年政府信息公开工作年度报告（草稿）.docx`)
    expect(await page.locator(status).count()).toBe(0)

    // Neither the Clipboard API nor the copy event may write.
    await page.evaluate(() => {
      navigator.clipboard.write = () =>
        Promise.reject(new DOMException('denied', 'NotAllowedError'))
      document.execCommand = () => false
    })
    await clickAction(page, 'copy-html')
    await expect.poll(() => page.textContent(status)).toContain('复制失败')
    expect(await page.textContent(status)).toContain('下载网页')
    expect(await page.inputValue(field('meta.agencyName'))).toBe('市断网测试局')
  })
})

/** The §6 JSON tables of the typed values (numbers; the fee as its decimal string). */
function cellsJson(values: Map<string, string>) {
  const tables: Record<string, Record<string, Record<string, number | string>>> = {
    table2: {},
    table3: {},
    table4: {},
  }
  for (const key of INPUT_CELLS) {
    const [table, row, column] = key.split('.') as [string, string, string]
    const value = values.get(key) ?? ''
    const rows = (tables[table] ??= {})
    ;(rows[row] ??= {})[column] = column === 'amountWan' ? value : Number(value)
  }
  return tables
}

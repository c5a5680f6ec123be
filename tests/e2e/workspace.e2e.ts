// End-to-end tests of the reviewer's workspace in Chromium: 60 generated draft files (some broken)
// and a published .txt report; rules per row; aggregation into a new draft; the .xlsx read back;
// the workspace kept across a reload.
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as XLSX from '@e965/xlsx'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp } from './support/app'
import { INPUT_CELLS, cell, field } from './support/report'
import {
  draftDocument,
  generateDrafts,
  sumMillionths,
  type Breakage,
  type GeneratedDraft,
} from './support/workspaceDrafts'

const YEAR = 2026
const BROKEN = new Map<number, Breakage>([
  [3, 'R1'],
  [17, 'R1'],
  [41, 'R1'],
  [8, 'V2'],
  [29, 'V2'],
  [2, 'W4'],
  [50, 'W4'],
  [11, 'W6'],
  [35, 'W6'],
])
const THEIR_RULES = ['R1', 'V2', 'W4', 'W6']

// A published 2022 report (as plain text, one cell per line) moved to the same year, and what its
// tables hold, written by hand when the fixture was made.
const PUBLISHED_TEXT = async () =>
  (await readFile('tests/fixtures/import/report.lines.txt', 'utf8')).replaceAll(
    '2022年',
    `${YEAR}年`,
  )
const PUBLISHED_EXPECTED = async () =>
  JSON.parse(await readFile('tests/fixtures/import/report.expected.json', 'utf8')) as {
    meta: { agencyName: string }
    cells: Record<string, number | string | null>
  }

const row = (agency: string) => `[data-report-row][data-agency="${agency}"]`
const rulesOf = async (page: Page, agency: string) =>
  ((await page.getAttribute(row(agency), 'data-rules')) ?? '').split(' ').filter(Boolean)

async function openWorkspace(page: Page): Promise<void> {
  await page.click('[data-action="open-workspace"]')
  await page.waitForSelector('[data-view="workspace"]')
  await expect
    .poll(() => page.textContent('[data-status="workspace-usage"]'))
    .toContain('工作台共有')
}

async function addFiles(page: Page, drafts: readonly GeneratedDraft[]): Promise<void> {
  const files = drafts.map((draft, i) => ({
    name: draft.fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(draftDocument(draft, i), null, i % 3 === 0 ? 2 : 0)),
  }))
  files.push({
    name: '住建局2026年报告.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(await PUBLISHED_TEXT()),
  })
  files.push({
    name: '坏文件.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"kind": '),
  })
  files.push({ name: '扫描件.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') })
  await page.setInputFiles('[data-action="workspace-files"]', files)
}

describe('the workspace', () => {
  it('reviews 60 drafts and a published report, sums the sound ones, exports, and keeps them', async () => {
    const { page } = await openApp()
    await openWorkspace(page)
    const drafts = generateDrafts(60, YEAR, BROKEN)
    await addFiles(page, drafts)
    await expect.poll(() => page.locator('[data-report-row]').count(), { timeout: 30_000 }).toBe(63)
    // The browser's own figure for the site's storage is shown beside the workspace's count.
    await expect
      .poll(() => page.textContent('[data-status="storage-estimate"]'))
      .toMatch(/^本网站共用浏览器存储约 [\d.]+ (KB|MB|GB)，上限约 [\d.]+ (KB|MB|GB)$/)

    // The broken drafts, and only they, carry their rules.
    for (const draft of drafts) {
      const rules = await rulesOf(page, draft.agencyName)
      if (draft.broken) expect(rules, draft.agencyName).toContain(draft.broken)
      const others = THEIR_RULES.filter((rule) => rule !== draft.broken)
      for (const rule of others) expect(rules, `${draft.agencyName} ${rule}`).not.toContain(rule)
      expect(await page.getAttribute(row(draft.agencyName), 'data-year')).toBe(String(YEAR))
    }
    const published = await PUBLISHED_EXPECTED()
    const publishedRules = await rulesOf(page, published.meta.agencyName)
    for (const rule of THEIR_RULES) expect(publishedRules).not.toContain(rule)

    // Bad files are rows that say why; every readable row is selected by default.
    const unreadable = page.locator('[data-report-row][data-unreadable="true"]')
    await expect.poll(() => unreadable.count()).toBe(2)
    expect(await unreadable.nth(0).textContent()).toContain('不是有效的 JSON')
    expect(await unreadable.nth(1).textContent()).toContain('文件已损坏')
    const checked = await page.$$eval(
      '[data-report-row] input[type=checkbox][data-select]',
      (boxes) => boxes.filter((box) => (box as HTMLInputElement).checked).length,
    )
    expect(checked).toBe(61)

    // Opening a row shows its findings in the review panel's words.
    await page.click(`${row(drafts[3]!.agencyName)} [data-action="open-report"]`)
    const details = page.locator('[data-panel="report-details"]')
    // The broken column (the 总计 column's imbalance is folded into it, as in the review panel).
    await expect.poll(() => details.locator('[data-rule="R1"]').count()).toBe(1)
    expect(await details.locator('[data-rule="R1"]').first().textContent()).toMatch(/列：.*相差\d+/)

    // Filters: only those with errors; by rule.
    await page.check('[data-filter="errors-only"]')
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(5 + 2)
    await page.uncheck('[data-filter="errors-only"]')
    await page.selectOption('[data-filter="rule"]', 'W4')
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(2)
    await page.selectOption('[data-filter="rule"]', '')

    // Deselect the broken ones, then sum the rest into a new draft.
    for (const draft of drafts.filter((d) => d.broken)) {
      await page.uncheck(`${row(draft.agencyName)} input[data-select]`)
    }
    await expect.poll(() => page.textContent('[data-status="selected-count"]')).toContain('52')
    await page.click('[data-action="aggregate"]')
    await page.fill('[data-field="aggregate.agencyName"]', '某县人民政府')
    expect(await page.inputValue('[data-field="aggregate.year"]')).toBe(String(YEAR))
    await page.click('[data-action="aggregate-confirm"]')
    await page.waitForSelector(cell('table3.newReceived.natural'))
    expect(await page.inputValue(field('meta.agencyName'))).toBe('某县人民政府')

    const sound = drafts.filter((d) => !d.broken)
    const shown = await page.$$eval('[data-cell]', (inputs) =>
      Object.fromEntries(
        inputs
          .filter((el) => el instanceof HTMLInputElement)
          .map((el) => [el.getAttribute('data-cell'), (el as HTMLInputElement).value]),
      ),
    )
    for (const key of INPUT_CELLS) {
      const parts = [
        ...sound.map((d) => d.cells.get(key) ?? ''),
        String(published.cells[key] ?? ''),
      ].filter((text) => text !== '')
      if (key === 'table2.fees.amountWan') {
        const millionths = sumMillionths(parts)
        expect(sumMillionths([shown[key] ?? ''])).toBe(millionths)
      } else {
        expect(shown[key], key).toBe(String(parts.reduce((sum, text) => sum + Number(text), 0)))
      }
    }
    const notice = page.locator('[data-status="summed-from"]')
    expect(await notice.textContent()).toContain('由 52 份报告汇总而成')
    expect(await page.locator('[data-status="summed-from-warning"]').count()).toBe(0)

    // Export the review and read the .xlsx back.
    await page.goto(`${page.url().split('#')[0]}#/workspace`)
    await page.waitForSelector('[data-report-row]')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="export-review"]'),
    ])
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/)
    const path = join(tmpdir(), `workspace-${process.pid}.xlsx`)
    await download.saveAs(path)
    const book = XLSX.read(await readFile(path))
    expect(book.SheetNames).toEqual(['汇总', '问题清单'])
    const summary = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['汇总']!)
    expect(summary).toHaveLength(63)
    const r1Row = summary.find((r) => r['机关名称'] === drafts[17]!.agencyName)
    expect(String(r1Row?.['规则'])).toContain('R1')
    expect(Number(r1Row?.['错误数'])).toBeGreaterThan(0)
    const soundRow = summary.find((r) => r['机关名称'] === sound[0]!.agencyName)
    expect(soundRow?.['错误数']).toBe(0)
    const newReceived = sound[0]!.cells
    const expectedNew = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg']
      .map((c) => Number(newReceived.get(`table3.newReceived.${c}`)))
      .reduce((a, b) => a + b, 0)
    expect(soundRow?.['本年新收']).toBe(expectedNew)
    const findings = XLSX.utils.sheet_to_json<Record<string, unknown>>(book.Sheets['问题清单']!)
    const r1Agencies = new Set(findings.filter((f) => f['规则'] === 'R1').map((f) => f['机关名称']))
    expect([...r1Agencies].sort()).toEqual(
      drafts
        .filter((d) => d.broken === 'R1')
        .map((d) => d.agencyName)
        .sort(),
    )

    // Reload: the workspace is still there.
    await page.reload()
    await page.waitForSelector('[data-view="workspace"]')
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(63)
    expect(await rulesOf(page, drafts[11]!.agencyName)).toContain('W6')
  })

  it('refuses to sum reports of different years, and warns on a sum that includes errors', async () => {
    const { page } = await openApp()
    await openWorkspace(page)
    const older = generateDrafts(2, 2025, new Map())
    const newer = generateDrafts(3, YEAR, new Map([[1, 'R1']])).map((d) => ({
      ...d,
      agencyName: `新${d.agencyName}`,
      fileName: `新${d.fileName}`,
    }))
    await page.setInputFiles(
      '[data-action="workspace-files"]',
      [...older, ...newer].map((draft, i) => ({
        name: draft.fileName,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(draftDocument(draft, i))),
      })),
    )
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(5)
    await page.click('[data-action="aggregate"]')
    await page.fill('[data-field="aggregate.agencyName"]', '某县人民政府')
    await page.fill('[data-field="aggregate.year"]', String(YEAR))
    const refused = page.locator('[data-status="aggregate-refused"]')
    await expect.poll(() => refused.textContent()).toContain('年度不一致')
    expect(await refused.textContent()).toContain(`${older[0]!.agencyName}（2025年）`)
    expect(await page.isDisabled('[data-action="aggregate-confirm"]')).toBe(true)
    await page.keyboard.press('Escape')

    for (const draft of older) await page.uncheck(`${row(draft.agencyName)} input[data-select]`)
    await page.click('[data-action="aggregate"]')
    await page.fill('[data-field="aggregate.agencyName"]', '某县人民政府')
    await page.waitForSelector('[data-status="aggregate-sources-errors"]')
    await page.click('[data-action="aggregate-confirm"]')
    const warning = page.locator('[data-status="summed-from-warning"]')
    await expect.poll(() => warning.textContent()).toContain(newer[1]!.agencyName)
  })
})

describe('a report from the workspace', () => {
  it('adds this browser’s drafts, sends back 退回意见 as .docx, and opens a report as a new draft', async () => {
    const { page } = await openApp()
    await page.waitForSelector(cell('table3.newReceived.natural'))
    await page.fill(field('meta.agencyName'), '本地草稿局')
    await page.fill(cell('table3.newReceived.natural'), '5')
    await expect.poll(() => page.textContent('[data-status="save"]')).toContain('已保存')
    await openWorkspace(page)
    await page.click('[data-action="workspace-add-drafts"]')
    await expect.poll(() => page.locator(row('本地草稿局')).count()).toBe(1)
    expect(await rulesOf(page, '本地草稿局')).toEqual(expect.arrayContaining(['R1', 'V2']))

    const [broken] = generateDrafts(1, YEAR, new Map([[0, 'W6']]))
    await page.setInputFiles('[data-action="workspace-files"]', {
      name: broken!.fileName,
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(draftDocument(broken!, 0))),
    })
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(2)

    // 退回意见 of the selected reports, downloaded as Word and read back.
    // One letter per agency, picked in the dialog; an edit survives closing and reopening.
    await page.click('[data-action="return-notes"]')
    const agencyPick = '[data-field="return-notes-agency"]'
    const notes = '[data-output="return-notes"]'
    expect(await page.locator(`${agencyPick} option`).count()).toBe(2)
    await page.selectOption(agencyPick, { index: 0 })
    const own = await page.inputValue(notes)
    expect(own).toContain('关于《本地草稿局')
    expect(own).toMatch(/表三勾稽关系不成立.*相差\d+/)
    await page.selectOption(agencyPick, { index: 1 })
    expect(await page.inputValue(notes)).toContain(
      `关于《${broken!.agencyName}${YEAR}年政府信息公开工作年度报告》`,
    )
    await page.fill(notes, '审核人改写的退回意见')
    await page.keyboard.press('Escape')
    await page.click('[data-action="return-notes"]')
    await page.selectOption(agencyPick, { index: 1 })
    expect(await page.inputValue(notes)).toBe('审核人改写的退回意见')
    const eachDownloads: string[] = []
    page.on('download', (d) => eachDownloads.push(d.suggestedFilename()))
    await page.click('[data-action="download-return-notes-docx-each"]')
    await expect.poll(() => eachDownloads.length).toBe(2)
    expect(eachDownloads).toContain(`${broken!.agencyName}${YEAR}年年报退回意见.docx`)
    expect(eachDownloads.some((name) => /^本地草稿局.*年报退回意见\.docx$/.test(name))).toBe(true)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="download-return-notes-docx"]'),
    ])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const path = join(tmpdir(), `notes-${process.pid}.docx`)
    await download.saveAs(path)
    const { unzipSync, strFromU8 } = await import('fflate')
    const xml = strFromU8(unzipSync(new Uint8Array(await readFile(path)))['word/document.xml']!)
    expect(xml).toContain('本地草稿局')
    expect(xml).toContain('审核人改写的退回意见')
    // Each agency on its own pages (one section each), each with a 落款 dated today.
    expect(xml.match(/<w:sectPr/g)?.length).toBe(2)
    const now = new Date()
    const today = `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`
    expect(xml.split(today).length - 1).toBe(2)
    await page.keyboard.press('Escape')

    // Open the broken one as a new draft in the editor.
    await page.click(`${row(broken!.agencyName)} [data-action="open-report"]`)
    await page.click('[data-action="open-as-draft"]')
    await page.waitForSelector(cell('table3.newReceived.natural'))
    expect(await page.inputValue(field('meta.agencyName'))).toBe(broken!.agencyName)
    expect(await page.inputValue(cell('table3.newReceived.natural'))).toBe(
      broken!.cells.get('table3.newReceived.natural'),
    )
    await page.waitForSelector('[data-rule="W6"]')
  })
})

describe('faults', () => {
  it('still reads the files when the worker cannot be loaded', async () => {
    const { page } = await openApp({ allowErrors: true })
    let blocked = 0
    await page.route('**/*workspaceFiles.worker*', (route) => {
      blocked += 1
      return route.abort('failed')
    })
    await openWorkspace(page)
    const drafts = generateDrafts(3, YEAR, new Map([[2, 'R1']]))
    await page.setInputFiles(
      '[data-action="workspace-files"]',
      drafts.map((draft, i) => ({
        name: draft.fileName,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(draftDocument(draft, i))),
      })),
    )
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(3)
    expect(await rulesOf(page, drafts[2]!.agencyName)).toContain('R1')
    expect(await rulesOf(page, drafts[0]!.agencyName)).not.toContain('R1')
    expect(blocked).toBeGreaterThan(0)
  })
})

describe('dropping files', () => {
  it('adds the files dropped on the area', async () => {
    const { page } = await openApp()
    await openWorkspace(page)
    const drafts = generateDrafts(2, YEAR, new Map([[1, 'W6']]))
    const texts = drafts.map((draft, i) => ({
      name: draft.fileName,
      text: JSON.stringify(draftDocument(draft, i)),
    }))
    await page.evaluate((files) => {
      const transfer = new DataTransfer()
      for (const { name, text } of files) {
        transfer.items.add(new File([text], name, { type: 'application/json' }))
      }
      const area = document.querySelector('[data-action="workspace-files"]')?.closest('section')
      area?.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      )
    }, texts)
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(2)
    expect(await rulesOf(page, drafts[1]!.agencyName)).toContain('W6')
  })
})

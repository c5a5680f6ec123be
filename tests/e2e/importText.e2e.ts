// Issue 19 end to end in Chromium on dist/: a report pasted from a PDF viewer (every printed line
// its own line) prints paragraphs in the PDF, not lines; the preview names the agency-name
// disagreement; correcting the agency name keeps W1/W7 running against last year's draft.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { clickAction, openApp } from './support/app'
import { cell, field } from './support/report'

const read = (name: string) =>
  readFileSync(new URL(`../fixtures/import-text/${name}`, import.meta.url), 'utf8')
const dialog = '[data-dialog="import"]'
const textArea = '[data-action="import-text"]'
const preview = '[data-panel="import-preview"]'
const dir = mkdtempSync(join(tmpdir(), 'import-text-e2e-'))

async function pasteReport(page: Page, text: string): Promise<void> {
  await page.waitForSelector(cell('table3.newReceived.natural'))
  await clickAction(page, 'import')
  await page.waitForSelector(`${dialog}[open] ${textArea}`)
  await page.focus(textArea)
  await page.evaluate(
    ([selector, value]) => {
      const transfer = new DataTransfer()
      transfer.setData('text/plain', value)
      const event = new ClipboardEvent('paste', {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      })
      document.querySelector(selector)?.dispatchEvent(event)
    },
    [textArea, text] as const,
  )
  await page.waitForSelector(preview)
}

async function confirmImport(page: Page): Promise<void> {
  await page.click('[data-action="import-confirm"]')
  await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' })
}

const saved = (page: Page) =>
  expect.poll(() => page.textContent('[data-status="save"]')).toContain('已保存')

describe('a report pasted from a PDF viewer', () => {
  it('prints paragraphs, not the source’s lines; the preview lists parts and the names', async () => {
    const { page } = await openApp()
    await pasteReport(page, read('pdf-viewer.fuzhou-edu.txt'))
    // Each text part with its first words and length, before the draft is made.
    await expect
      .poll(() => page.textContent(`${preview} [data-part="narrative.overview.management"]`))
      .toContain('修订《福州市教育局政府信息公开')
    // …and beside its placed length, the source's characters under that heading.
    expect(
      await page.textContent(
        `${preview} [data-part="narrative.overview.management"] [data-status="source-length"]`,
      ),
    ).toMatch(/原文 [1-9]\d* 字/)
    await confirmImport(page)
    const preamble = await page.inputValue(field('preamble'))
    expect(preamble).toContain('根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定')
    expect(await page.inputValue(field('narrative.overview.proactive'))).toBe(
      '全年主动公开政府信息856条，发布政策解读21篇，召开新闻发布会3场。',
    )

    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      clickAction(page, 'download-pdf'),
    ])
    const file = join(dir, 'fuzhou.pdf')
    await download.saveAs(file)
    const lines = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })
      .split('\n')
      .map((line) => line.replace(/\s+/g, ''))
    // The source's broken lines would print as paragraphs of their own.
    expect(lines).not.toContain('根据')
    expect(lines).not.toContain('《中华人民共和')
    expect(lines).not.toContain('3场。')
    const text = lines.join('')
    expect(text).toContain('根据《中华人民共和国政府信息公开条例》')
    expect(text).toContain('召开新闻发布会3场。')
  })
})

describe('the link to last year', () => {
  it('a misread name is said; once corrected, W1/W7 run, and keep running when it is corrected again', async () => {
    const { page } = await openApp()
    await page.waitForSelector(field('meta.agencyName'))
    const problems = '个别栏目更新不够及时。下一步将建立栏目更新提醒机制，确保信息发布及时准确。'
    await page.fill(field('meta.agencyName'), '沭阳县发展和改革局')
    await page.selectOption(field('meta.year'), '2023')
    await page.fill(cell('table3.carriedForward.natural'), '4')
    await page.fill(field('narrative.problems'), problems)
    await saved(page)

    // This year's report, its title read as printed: a name that differs from last year's draft.
    const report = read('pdf-viewer.shuyang-fgj.txt')
      .replace('沭阳县发展和改革局2024年政府信息', '沭阳县发改局2024年政府信息')
      .replace('个别栏目更新不够及时。下一步将建立栏目更新\n提醒机制。', problems)
    await pasteReport(page, report)
    await confirmImport(page)
    expect(await page.inputValue(field('meta.agencyName'))).toBe('沭阳县发改局')
    const w1 = page.locator('[data-panel="review"] [data-rule="W1"]')
    await expect.poll(() => w1.first().textContent()).toContain('“沭阳县发展和改革局”')
    await expect.poll(() => w1.first().textContent()).toContain('未运行')

    await page.fill(field('meta.agencyName'), '沭阳县发展和改革局')
    await page.fill(cell('table3.carriedOver.natural'), '5')
    await expect.poll(() => page.locator('[data-rule="W7"]').count()).toBe(1)
    await expect.poll(() => w1.count()).toBe(1)
    expect(await w1.textContent()).not.toContain('未运行')

    // Corrected again (a typo of the source kept at first): the link holds by draft, not name.
    await page.fill(field('meta.agencyName'), '沭阳县发展和改革委员会')
    await saved(page)
    await expect.poll(() => page.locator('[data-rule="W7"]').count()).toBe(1)
    await expect.poll(() => w1.count()).toBe(1)
    expect(await w1.textContent()).not.toContain('未运行')
  })
})

// End-to-end tests of the output gate (spec §5, issue 10): every hard rule and G1 make the PDF a
// 草稿, whether broken by typing, by opening a file or by a draft made from another.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serializeDraftFile, type ReportDraft } from '../../src/report'
import { balancedDraft } from '../fixtures/balancedReport'
import { openApp, clickAction } from './support/app'
import { cell, field } from './support/report'

const dir = mkdtempSync(join(tmpdir(), 'gate-e2e-'))
const pdfText = (file: string) =>
  execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '')
const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })

/** A complete, balanced draft for 2025 with every field well formed: its PDF is final. */
function goodDraft(change: (draft: ReportDraft) => void = () => undefined): ReportDraft {
  const draft = balancedDraft()
  Object.assign(draft.meta, {
    agencyName: '某县自然资源局',
    year: 2025,
    websiteUrl: 'https://www.example.gov.cn',
    phone: '0537-1234567',
  })
  draft.narrative.problems = '一是公开内容不够全面。二是解读形式单一。'
  change(draft)
  return draft
}

async function openFile(page: Page, draft: ReportDraft, name: string): Promise<void> {
  const path = join(dir, name)
  writeFileSync(path, serializeDraftFile(draft))
  await page.waitForSelector(cell('table3.newReceived.natural'))
  await page.setInputFiles('[data-action="import-file"]', path)
  await expect.poll(() => page.inputValue(field('meta.agencyName'))).toBe(draft.meta.agencyName)
}

async function downloadPdf(page: Page, name: string) {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 90_000 }),
    clickAction(page, 'download-pdf'),
  ])
  const file = join(dir, name)
  await download.saveAs(file)
  return { file, suggested: download.suggestedFilename() }
}

// Warnings (a short 五, the deadline) never gate: only the error count matters here.
const NO_ERRORS = /未发现问题|错误 0 项/
const summary = (page: Page) => page.textContent('[data-panel="review"] .review__summary')
const rulesListed = (page: Page) =>
  page.$$eval('[data-panel="review"] [data-rule]', (items) =>
    items.map((item) => item.getAttribute('data-rule')),
  )

describe('the gate', () => {
  it('a well-formed complete draft opened from a file gives a final PDF', async () => {
    const { page } = await openApp()
    await openFile(page, goodDraft(), 'good.json')
    await expect.poll(() => summary(page)).toMatch(NO_ERRORS)
    const { file, suggested } = await downloadPdf(page, 'good.pdf')
    expect(suggested).toBe('某县自然资源局2025年政府信息公开工作年度报告.pdf')
    expect(pdfText(file)).not.toContain('草稿')
  })

  it('a draft for 2099 opened from a file is an M2 error at once, and its PDF is a 草稿', async () => {
    const { page } = await openApp()
    await openFile(
      page,
      goodDraft((d) => (d.meta.year = 2099)),
      'y2099.json',
    )
    await expect.poll(() => rulesListed(page)).toContain('M2')
    expect(await summary(page)).toMatch(/错误 1 项/)
    // The select shows what the draft says, and the field says what is wrong without a touch.
    expect(await page.inputValue(field('meta.year'))).toBe('2099')
    expect(await page.textContent('#meta-year-error')).toContain('2099')
    const { file, suggested } = await downloadPdf(page, 'y2099.pdf')
    expect(suggested).toBe('某县自然资源局2099年政府信息公开工作年度报告（草稿）.pdf')
    expect(pdfText(file)).toContain('草稿')
    expect(pdfInfo(file)).toMatch(/Title:.*（草稿）/)
  })

  it('a 63-character 机关名称, a javascript: 网址 and a phone “call me” each gate the PDF', async () => {
    const { page } = await openApp()
    await openFile(page, goodDraft(), 'typed.json')
    await expect.poll(() => summary(page)).toMatch(NO_ERRORS)
    const long = `${'某'.repeat(57)}自然资源局`
    await page.fill(field('meta.agencyName'), long)
    await page.fill(field('meta.websiteUrl'), 'javascript:alert(1)')
    await page.fill(field('meta.phone'), 'call me')
    await expect.poll(() => summary(page)).toMatch(/错误 3 项/)
    for (const name of ['agencyName', 'websiteUrl', 'phone']) {
      expect(await page.getAttribute(field(`meta.${name}`), 'aria-invalid'), name).toBe('true')
      expect(await page.textContent(`#meta-${name}-error`), name).not.toBe('')
    }
    const { file, suggested } = await downloadPdf(page, 'typed.pdf')
    expect(suggested).toMatch(/（草稿）\.pdf$/)
    expect(pdfText(file)).toContain('草稿')
    // Fixing all three makes it final again.
    await page.fill(field('meta.agencyName'), '某县自然资源局')
    await page.fill(field('meta.websiteUrl'), 'www.example.gov.cn')
    await page.fill(field('meta.phone'), '（0537）1234567转8001')
    await expect.poll(() => summary(page)).toMatch(NO_ERRORS)
  })

  it('an emoji or a control character is a G1 finding in the panel and makes the PDF a 草稿', async () => {
    const { page } = await openApp()
    await openFile(
      page,
      goodDraft((d) => (d.narrative.otherMatters = '无其他需要报告的事项😀\u0007')),
      'g1.json',
    )
    await expect.poll(() => rulesListed(page)).toContain('G1')
    expect(await summary(page)).toMatch(/错误 1 项/)
    const g1 = await page.textContent('[data-panel="review"] [data-rule="G1"]')
    expect(g1).toContain('U+1F600')
    expect(g1).toContain('U+0007（控制字符）')
    const { file, suggested } = await downloadPdf(page, 'g1.pdf')
    expect(suggested).toMatch(/（草稿）\.pdf$/)
    expect(pdfText(file)).toContain('草稿')
    // eslint-disable-next-line no-control-regex -- looking for exactly those characters
    expect(pdfInfo(file)).not.toMatch(/[\u0000-\u0008]/)
  })

  it('以上年报告为基础新建 from a draft of the current year refuses and says why', async () => {
    const { page } = await openApp()
    const year = new Date().getFullYear()
    await openFile(
      page,
      goodDraft((d) => (d.meta.year = year)),
      'current.json',
    )
    await page.click('[data-action="toggle-drafts"]')
    await page.waitForSelector('[data-panel="drafts"] [data-draft-id][aria-current="true"]')
    const before = await page.$$eval('[data-draft-id]', (rows) => rows.length)
    const row = page.locator('[data-draft-id][aria-current="true"]')
    await row.locator('[data-action="next-year-draft"]').click()
    await expect
      .poll(() => page.locator('[data-notice="next-year-refused"]').textContent())
      .toContain(`${year + 1}年度尚未开始`)
    await expect.poll(() => page.locator('[data-panel="drafts"]').count()).toBe(0)
    await page.click('[data-action="toggle-drafts"]')
    expect(await page.$$eval('[data-draft-id]', (rows) => rows.length)).toBe(before)
    expect(await page.inputValue(field('meta.year'))).toBe(String(year))
  })
})

describe('a failing PDF worker', () => {
  it('says what failed in Chinese and the retry works', async () => {
    const { page } = await openApp({ allowErrors: true, blockServiceWorkers: true })
    await openFile(page, goodDraft(), 'worker.json')
    let broken = true
    await page.route('**/*pdf.worker*', (route) =>
      broken ? route.fulfill({ status: 500, body: 'broken' }) : route.fallback(),
    )
    await clickAction(page, 'download-pdf')
    const alert = page.locator('[data-status="pdf-progress"] [role="alert"]')
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('生成PDF失败')
    expect(await alert.textContent()).toMatch(/重试/)
    expect(await page.isEnabled('[data-action="download-pdf"]')).toBe(true)
    broken = false
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.click('[data-action="retry-pdf"]'),
    ])
    const file = join(dir, 'retry.pdf')
    await download.saveAs(file)
    expect(pdfText(file)).toContain('某县自然资源局2025年政府信息公开工作年度报告')
  })

  it('retries a failed preview as a preview, without downloading', async () => {
    const { page } = await openApp({ allowErrors: true, blockServiceWorkers: true })
    await openFile(page, goodDraft(), 'worker-preview.json')
    let broken = true
    // The generating worker only (pdf.worker-…), not pdf.js's (pdf.worker.min-…) that draws the preview.
    await page.route(/\/pdf\.worker-[^/]*$/, (route) =>
      broken ? route.fulfill({ status: 500, body: 'broken' }) : route.fallback(),
    )
    let downloads = 0
    page.on('download', () => (downloads += 1))
    await clickAction(page, 'preview-pdf')
    const alert = page.locator('[data-status="pdf-progress"] [role="alert"]')
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toContain('失败')
    broken = false
    await page.click('[data-action="retry-pdf"]')
    await page.locator('[data-dialog="pdf-preview"] [data-frame]').waitFor({ timeout: 40_000 })
    expect(downloads).toBe(0)
  })
})

// A reviewer's eye in Chromium: the warnings W3, W4, W6, W8, W9 appear as the user types, each
// click takes the user to the phrase or cell, and warnings never stop the PDF from downloading.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp, clickAction } from './support/app'
import { balancedReport, cell, field, fillCells, rowSum } from './support/report'

async function openEditor() {
  const app = await openApp()
  await app.page.waitForSelector(cell('table3.newReceived.natural'))
  return app
}

const rule = (id: string) => `[data-panel="review"] button[data-rule="${id}"]`
const messages = (page: Page, id: string) => page.locator(rule(id)).allTextContents()

describe('warnings as the user types', () => {
  it('W3: a narrative count the tables contradict; the click selects its number, typing replaces it', async () => {
    const { page } = await openEditor()
    const values = balancedReport()
    await fillCells(page, values)
    const received = rowSum(values, 'newReceived')
    expect(received).not.toBe(75)
    await page.fill(
      field('narrative.overview.onRequest'),
      '本年度共收到政府信息公开申请75件，均按时答复。',
    )
    await expect.poll(() => messages(page, 'W3')).toHaveLength(1)
    const [message] = await messages(page, 'W3')
    expect(message).toContain('共收到政府信息公开申请75件')
    expect(message).toContain(`为${received}`)
    await page.click(rule('W3'))
    const selection = await page.evaluate(() => {
      const area = document.activeElement as HTMLTextAreaElement
      return [area.dataset.field, area.value.slice(area.selectionStart, area.selectionEnd)]
    })
    expect(selection).toEqual(['narrative.overview.onRequest', '75'])
    await page.keyboard.type(String(received))
    expect(await page.inputValue(field('narrative.overview.onRequest'))).toBe(
      `本年度共收到政府信息公开申请${received}件，均按时答复。`,
    )
    await expect.poll(() => messages(page, 'W3')).toEqual([])
  })

  it('W4: 乡镇级 with a non-zero 规章 row; the click goes to the cell', async () => {
    const { page } = await openEditor()
    await page.selectOption(field('meta.level'), '乡镇级')
    await page.fill(cell('table2.regulations.issued'), '2')
    await expect.poll(() => messages(page, 'W4')).toHaveLength(1)
    expect((await messages(page, 'W4'))[0]).toContain('乡镇级')
    await page.click(rule('W4'))
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell)).toBe(
      'table2.regulations.issued',
    )
    await page.selectOption(field('meta.level'), '设区的市级')
    await expect.poll(() => messages(page, 'W4')).toEqual([])
  })

  it.each([
    ['W9', 'narrative.otherMatters', '本报告电子版可在门户网站（具体网址）查阅。', '具体网址'],
    [
      'W8',
      'narrative.overview.intro',
      '按照国办公开办函〔2019〕60号要求编制本报告。',
      '国办公开办函〔2019〕60号',
    ],
    ['W6', 'narrative.problems', '无', '仅写“无”'],
  ])('%s from %s', async (id, path, text, named) => {
    const { page } = await openEditor()
    await page.fill(field('meta.websiteUrl'), 'http://www.example.gov.cn')
    await page.fill(field(path), text)
    await expect.poll(() => messages(page, id)).toHaveLength(1)
    expect((await messages(page, id))[0]).toContain(named)
  })

  it('warnings never block the PDF: a warned, balanced report downloads as final', async () => {
    const { page } = await openEditor()
    await page.fill(field('meta.agencyName'), '某某镇人民政府')
    await page.selectOption(field('meta.level'), '乡镇级')
    await fillCells(page, balancedReport())
    await page.fill(cell('table2.regulations.issued'), '1')
    await page.fill(field('narrative.problems'), '无')
    await expect.poll(() => messages(page, 'W4')).toHaveLength(1)
    expect(await page.locator(`${rule('W6')}`).count()).toBe(1)
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      clickAction(page, 'download-pdf'),
    ])
    const path = await download.path()
    expect(readFileSync(path).subarray(0, 5).toString()).toBe('%PDF-')
    expect(download.suggestedFilename()).toContain('某某镇人民政府')
    // Final, not a draft: warnings are not errors, so no 草稿 watermark.
    const text = execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' })
    expect(text).toContain('某某镇人民政府')
    expect(text).not.toContain('草稿')
  })
})

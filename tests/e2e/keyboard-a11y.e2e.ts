// Keyboard and accessibility (issue 11): Esc closes 我的草稿 and the PDF preview with focus back
// on the opener, an in-app dialog instead of confirm(), skip links, focus shown on 导入文件,
// and axe-core with no violation on the editor, the drafts list and each dialog.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, clickAction } from './support/app'
import { axeViolations } from './support/axe'
import { cell, field } from './support/report'

const activeAction = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? null)
const activeMenu = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.menu ?? null)

/** Fails the test if the page ever opens a native alert/confirm/prompt. */
function refuseNativeDialogs(page: Page): string[] {
  const seen: string[] = []
  page.on('dialog', (dialog) => {
    seen.push(`${dialog.type()}: ${dialog.message()}`)
    void dialog.dismiss()
  })
  return seen
}

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.textContent('[data-status="save"]')).toContain('已保存')
}

describe('keyboard', () => {
  it('Esc closes 我的草稿 and focus returns to the button that opened it', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '区档案馆')
    await saved(page)
    await page.focus('[data-action="toggle-drafts"]')
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-panel="drafts"]')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('drafts-list-heading')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-panel="drafts"]').count()).toBe(0)
    expect(await activeAction(page)).toBe('toggle-drafts')
  })

  it('the PDF preview opens on its close control; Esc closes it and focus returns to its menu', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '区档案馆')
    await page.focus('[data-menu="output"]')
    await page.keyboard.press('Enter')
    expect(await activeAction(page), 'Enter opens the menu on its first action').toBe('preview-pdf')
    await page.keyboard.press('Enter')
    const dialog = page.locator('[data-dialog="pdf-preview"]')
    await dialog.locator('canvas[data-page="1"]').waitFor({ timeout: 60_000 })
    expect(await activeAction(page)).toBe('close-preview')
    expect(await page.isVisible('[data-action="close-preview"]')).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    // Inside the pages: one Tab reaches 关闭预览, and Esc closes the dialog from there.
    await page.focus('[data-dialog="pdf-preview"] [data-frame]')
    await page.keyboard.press('Tab')
    expect(await activeAction(page)).toBe('close-preview')
    await page.keyboard.press('Shift+Tab')
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-frame'))).toBe(true)
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.count()).toBe(0)
    expect(await activeMenu(page)).toBe('output')
  })

  it('skip links reach each of the six parts', async () => {
    const { page } = await openApp()
    await page.waitForSelector(cell('table3.newReceived.natural'))
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim())
    expect(first).toBe('跳到一、总体情况')
    const links = page.locator('.skip-links a')
    expect(await links.count()).toBe(7)
    await page.focus('.skip-links a >> nth=2')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      '三、收到和处理政府信息公开申请情况',
    )
    await page.focus('.skip-links a >> nth=5')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('part-otherMatters')
  })

  it('导入文件 shows focus like the buttons beside it', async () => {
    const { page } = await openApp()
    await page.focus('[data-menu="file"]')
    await page.keyboard.press('ArrowDown')
    expect(await activeAction(page)).toBe('export-json')
    await page.keyboard.press('Tab')
    expect(await activeAction(page)).toBe('import-file')
    const outline = await page.evaluate(
      () => getComputedStyle(document.querySelector('.file-actions__import')!).outlineStyle,
    )
    expect(outline).not.toBe('none')
  })
})

describe('the in-app question instead of confirm()', () => {
  it('exporting cells that are not numbers asks in plain words; 返回修改 keeps the page, 仍然导出 downloads', async () => {
    const { page } = await openApp()
    const native = refuseNativeDialogs(page)
    await page.fill(cell('table3.newReceived.natural'), '12件')
    await clickAction(page, 'export-json')
    const dialog = page.locator('[data-dialog="confirm"]')
    await dialog.locator('h2').waitFor()
    const text = (await dialog.textContent()) ?? ''
    expect(text).toContain('一、本年新收政府信息公开申请数量 自然人')
    expect(text).toContain('12件')
    for (const jargon of ['null', 'editorText', 'JSON', 'table3'])
      expect(text, jargon).not.toContain(jargon)
    expect(await axeViolations(page)).toEqual([])
    expect(await activeAction(page), 'the safe answer has focus').toBe('confirm-cancel')
    await page.keyboard.press('Escape')
    await expect.poll(() => dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false)
    expect(await activeMenu(page), 'focus returns to the menu holding 导出 JSON').toBe('file')
    await clickAction(page, 'export-json')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="confirm-ok"]'),
    ])
    expect(download.suggestedFilename()).toMatch(/\.json$/)
    expect(native).toEqual([])
  })
})

describe('axe-core finds no violation', () => {
  it.each([
    [1280, 720],
    [390, 844],
  ])('on the editor at %i × %i, before and after typing', async (width, height) => {
    const { page } = await openApp()
    await page.setViewportSize({ width, height })
    await page.waitForSelector(cell('table3.newReceived.natural'))
    expect(await axeViolations(page)).toEqual([])
    await page.fill(cell('table3.newReceived.natural'), 'abc')
    await page.fill(field('narrative.problems'), '无')
    expect(await axeViolations(page)).toEqual([])
  })

  it('on the drafts list, the header menu and the import dialog', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '区档案馆')
    await saved(page)
    await page.click('[data-action="toggle-drafts"]')
    await page.waitForSelector('[data-panel="drafts"]')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 390, height: 844 })
    await page.click('[data-action="header-menu"]')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1280, height: 720 })
    await clickAction(page, 'import')
    await page.waitForSelector('[data-dialog="import"][open] [data-action="import-text"]')
    expect(await axeViolations(page)).toEqual([])
  })
})

// Undo you can see (issue 11, on issue 10's single edit path): Ctrl+Z in a field undoes that
// field's own edits; the toolbar's 撤销/重做 scroll to what changed, mark it and announce it;
// Esc in a cell restores what it held before the edit.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp } from './support/app'
import { cell, field } from './support/report'

const FAR_CELL = 'table3.otherOther.natural'
const ready = (page: Page) => page.waitForSelector(cell('table3.newReceived.natural'))
const announced = (page: Page) => page.textContent('[data-status="history"]')
const inView = (page: Page, selector: string) =>
  page.$eval(selector, (element) => {
    const box = element.getBoundingClientRect()
    return box.top >= 0 && box.bottom <= window.innerHeight
  })

async function typeInto(page: Page, selector: string, text: string): Promise<void> {
  await page.click(selector)
  await page.keyboard.type(text)
}

describe('undo you can see', () => {
  it('Ctrl+Z in a text field undoes its own typing, and never a cell far away', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.fill(cell(FAR_CELL), '7')
    await typeInto(page, field('narrative.problems'), '一是宣传不够')
    await page.keyboard.press('Control+z')
    await expect.poll(() => page.inputValue(field('narrative.problems'))).toBe('')
    await page.keyboard.press('Control+z')
    await page.keyboard.press('Control+z')
    expect(await page.inputValue(cell(FAR_CELL))).toBe('7')
    expect(await page.inputValue(field('narrative.problems'))).toBe('')
    await page.keyboard.press('Control+Shift+z')
    await expect.poll(() => page.inputValue(field('narrative.problems'))).toBe('一是宣传不够')
  })

  it('the toolbar’s 撤销 scrolls to a change off-screen, marks it and announces it', async () => {
    const { page } = await openApp()
    await page.setViewportSize({ width: 1280, height: 720 })
    await ready(page)
    await page.fill(cell(FAR_CELL), '7')
    await page.fill(field('meta.agencyName'), '某县民政局')
    await page.evaluate(() => window.scrollTo(0, 0))
    expect(await inView(page, cell(FAR_CELL))).toBe(false)
    await page.click('[data-action="undo"]')
    await expect.poll(() => announced(page)).toBe('已撤销：机关名称')
    await page.click('[data-action="undo"]')
    await expect.poll(() => announced(page)).toMatch(/^已撤销：表三 .*3\.其他.*自然人/)
    expect(await page.inputValue(cell(FAR_CELL))).toBe('')
    await expect.poll(() => inView(page, cell(FAR_CELL))).toBe(true)
    expect(await page.getAttribute(cell(FAR_CELL), 'data-history-mark')).toBe('undo')
    // The mark is brief.
    await expect
      .poll(() => page.getAttribute(cell(FAR_CELL), 'data-history-mark'), { timeout: 5000 })
      .toBeNull()
    await page.click('[data-action="redo"]')
    await expect.poll(() => announced(page)).toMatch(/^已重做：表三/)
    expect(await page.inputValue(cell(FAR_CELL))).toBe('7')
  })

  it('Esc in a cell restores what it held before the edit', async () => {
    const { page } = await openApp()
    await ready(page)
    const target = cell('table3.newReceived.legal')
    await page.fill(target, '5')
    await page.click(cell('table3.newReceived.natural'))
    await page.click(target)
    await page.keyboard.type('12')
    expect(await page.inputValue(target)).toBe('12')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.inputValue(target)).toBe('5')
    // What the report uses follows: the row total counts 5 again.
    await page.reload()
    await ready(page)
    expect(await page.inputValue(target)).toBe('5')
  })
})

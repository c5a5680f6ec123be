// Phones and narrow windows (issue 11): at 390 × 844 the header stays within 15 % of the height,
// the findings count leads to the review panel, tables scroll sideways with the row label held,
// nothing is wider than the screen; at 1280 × 720 the PDF status does not grow the header.
import { describe, expect, it } from 'vitest'
import { clickAction, openApp } from './support/app'
import { cell, field } from './support/report'

const headerHeight = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelector('header')!.getBoundingClientRect().height)
const pageWidth = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.documentElement.scrollWidth)

describe('at 390 × 844', () => {
  it('the header takes at most 15 % of the height; its actions are in a menu', async () => {
    const { page } = await openApp()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForSelector(cell('table3.newReceived.natural'))
    expect(await headerHeight(page)).toBeLessThanOrEqual(844 * 0.15)
    expect(await page.isVisible('[data-action="download-pdf"]')).toBe(false)
    await page.click('[data-action="header-menu"]')
    expect(await page.getAttribute('[data-action="header-menu"]', 'aria-expanded')).toBe('true')
    expect(await page.isVisible('[data-action="download-pdf"]')).toBe(true)
    expect(await page.isVisible('[data-action="fill-zero"]')).toBe(true)
    await page.keyboard.press('Escape')
    expect(await page.isVisible('[data-action="download-pdf"]')).toBe(false)
    expect(await headerHeight(page)).toBeLessThanOrEqual(844 * 0.15)
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
  })

  it('a dialog opened from the menu shows, and closing it leaves the menu folded', async () => {
    const { page } = await openApp()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.click('[data-action="header-menu"]')
    await clickAction(page, 'import')
    const text = page.locator('[data-dialog="import"] [data-action="import-text"]')
    await text.waitFor()
    expect(await text.isVisible()).toBe(true)
    const box = (await page.locator('[data-dialog="import"]').boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    await page.keyboard.press('Escape')
    await expect.poll(() => text.isVisible()).toBe(false)
    expect(await headerHeight(page)).toBeLessThanOrEqual(844 * 0.15)
  })

  it('the findings count at the top jumps to the review panel', async () => {
    const { page } = await openApp()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForSelector(cell('table3.newReceived.natural'))
    const jump = page.locator('[data-action="jump-to-review"]')
    expect(await jump.textContent()).toMatch(/错误 \d+ · 提示 \d+/)
    const box = (await jump.boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(844 * 0.15)
    await jump.click()
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('review-heading')
    const heading = (await page.locator('#review-heading').boundingBox())!
    expect(heading.y).toBeGreaterThanOrEqual(0)
    expect(heading.y).toBeLessThan(844)
  })

  it('table 3 scrolls sideways with its row labels held at the left, one width on every row; the page does not', async () => {
    const { page } = await openApp()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.waitForSelector(cell('table3.newReceived.natural'))
    const scroller = page.locator('[data-table="table3"]').locator('xpath=..')
    const sizes = await scroller.evaluate((el) => ({
      scroll: el.scrollWidth,
      client: el.clientWidth,
    }))
    expect(sizes.scroll).toBeGreaterThan(sizes.client)
    await page.locator(cell('table3.otherOther.otherOrg')).scrollIntoViewIfNeeded()
    const label = page.locator('[data-table="table3"] th.row-label', { hasText: '3.其他' })
    const before = (await label.boundingBox())!
    await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth))
    const after = (await label.boundingBox())!
    const left = (await scroller.boundingBox())!.x
    expect(after.x).toBeLessThanOrEqual(before.x)
    // Every body row's held labels start at the box's left edge and end at the same place.
    const edges = await page.evaluate(() =>
      [...document.querySelectorAll('[data-table="table3"] tbody tr')].map((row) => {
        const held = [...row.querySelectorAll('th.held-label')].map((th) =>
          th.getBoundingClientRect(),
        )
        return held.length ? Math.round(Math.max(...held.map((box) => box.right))) : null
      }),
    )
    expect(new Set(edges.filter((edge) => edge !== null)).size).toBe(1)
    expect(after.x + after.width).toBeCloseTo(
      edges.find((edge) => edge !== null)!,
      -1,
    )
    const first = await page.evaluate(() => {
      const th = document.querySelector('[data-table="table3"] tbody th.held-label')!
      return th.getBoundingClientRect().x
    })
    expect(Math.abs(first - left)).toBeLessThan(3)
    expect(await page.isVisible(cell('table3.otherOther.otherOrg'))).toBe(true)
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
  })

  it('the drafts list fits the screen', async () => {
    const { page } = await openApp()
    await page.setViewportSize({ width: 390, height: 844 })
    await page.fill(field('meta.agencyName'), '某县人民政府办公室（县政务公开领导小组办公室）')
    await expect.poll(() => page.textContent('[data-status="save"]')).toContain('已保存')
    await page.click('[data-action="header-menu"]')
    await page.click('[data-action="toggle-drafts"]')
    const list = page.locator('[data-panel="drafts"]')
    await list.waitFor()
    expect(await list.isVisible()).toBe(true)
    const box = (await list.boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(390)
    expect(await pageWidth(page)).toBeLessThanOrEqual(390)
    const widest = await list.evaluate((el) =>
      Math.max(...[...el.querySelectorAll('*')].map((n) => n.getBoundingClientRect().right)),
    )
    expect(widest).toBeLessThanOrEqual(390)
  })
})

describe('at 1280 × 720', () => {
  it('making a PDF shows its status in a toast and leaves the header as it was', async () => {
    const { page } = await openApp()
    await page.setViewportSize({ width: 1280, height: 720 })
    await page.fill(field('meta.agencyName'), '市统计局')
    const before = await headerHeight(page)
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      clickAction(page, 'download-pdf'),
    ])
    expect(download.suggestedFilename()).toContain('市统计局')
    const toast = page.locator('[data-notice="pdf"]')
    await expect.poll(() => toast.textContent()).toContain('已生成')
    expect(await toast.isVisible()).toBe(true)
    expect(await headerHeight(page)).toBe(before)
    const box = (await toast.boundingBox())!
    expect(box.y).toBeGreaterThan(before)
  })
})

describe('printing (Ctrl+P)', () => {
  it('prints the report, not the editor around it', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '县司法局')
    await page.emulateMedia({ media: 'print' })
    for (const selector of ['header', '[data-panel="review"]', '.meta-form', '.skip-links'])
      expect(await page.isVisible(selector), selector).toBe(false)
    expect(await page.textContent('[data-role="title"]')).toContain('县司法局')
    expect(await page.isVisible('[data-role="title"]')).toBe(true)
    expect(await page.isVisible(cell('table3.newReceived.natural'))).toBe(true)
  })
})

// The review panel and the drafts list (issue 11): no red on a first visit, red cells say why on
// hover, 已填 counts valid cells, W9 counted once, each draft's state and origin, and opening a
// copy or restoring a deleted draft says which draft is open.
import { describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { openApp, clickAction } from './support/app'
import { balancedReport, cell, field, fillCells } from './support/report'

const invalidCount = (page: Page) => page.locator('[aria-invalid="true"]').count()

async function saved(page: Page): Promise<void> {
  await expect.poll(() => page.textContent('[data-status="save"]')).toContain('已保存')
}

function row(page: Page, text: string) {
  return page.locator('[data-panel="drafts"] tr[data-draft-id]', { hasText: text })
}

describe('the review panel', () => {
  it('a first visit shows no red; the first entry brings M1 back onto 机关名称', async () => {
    const { page } = await openApp()
    await page.waitForSelector(cell('table3.newReceived.natural'))
    expect(await invalidCount(page)).toBe(0)
    expect(await page.locator('[data-rule="M1"]').count()).toBe(1)
    await page.fill(cell('table4.reconsideration.upheld'), '3')
    await expect
      .poll(() => page.getAttribute(field('meta.agencyName'), 'aria-invalid'))
      .toBe('true')
  })

  it('a red cell says why on hover; 已填 does not count an entry that is not a number', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '县民政局')
    await page.fill(cell('table3.newReceived.natural'), '5')
    await page.fill(cell('table3.carriedForward.natural'), '2')
    await expect
      .poll(() => page.getAttribute(cell('table3.newReceived.natural'), 'aria-invalid'))
      .toBe('true')
    const title = await page.getAttribute(cell('table3.newReceived.natural'), 'title')
    expect(title).toContain('自然人列')
    expect(title).toContain('相差3')
    await page.fill(cell('table4.reconsideration.upheld'), '十')
    expect(await page.getAttribute(cell('table4.reconsideration.upheld'), 'title')).toBeTruthy()
    expect(await page.textContent('[data-status="filled-count"]')).toContain('已填 2 /')
    // R1 names the 自然人 column once; the 总计 column's imbalance is folded into it.
    expect(await page.locator('[data-rule="R1"]').count()).toBe(1)
  })

  it('the same placeholder three times is one W9 finding with the count', async () => {
    const { page } = await openApp()
    await page.fill(field('narrative.overview.proactive'), '全年主动公开XX条，其中XX条')
    await page.fill(field('narrative.otherMatters'), '收费XX元')
    const w9 = page.locator('[data-rule="W9"]', { hasText: '“XX”' })
    await expect.poll(() => w9.count()).toBe(1)
    expect(await w9.textContent()).toContain('出现3次')
  })

  it('a hand-edited preamble that no longer holds the phone number is a warning', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '县民政局')
    await page.fill(field('meta.phone'), '0531-1234567')
    const preamble = await page.inputValue(field('preamble'))
    await page.fill(field('preamble'), `${preamble}\n另附：本报告已经局长办公会审议。`)
    await page.fill(field('meta.phone'), '0531-7654321')
    const stale = page.locator('[data-rule="W3"]', { hasText: '开头说明' })
    await expect.poll(() => stale.count()).toBe(1)
    expect(await stale.textContent()).toContain('0531-7654321')
  })
})

describe('the drafts list', () => {
  it('shows each draft’s state and origin; a copy opened says so', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '市水务局')
    await saved(page)
    await page.click('[data-action="toggle-drafts"]')
    const first = row(page, '市水务局')
    await expect.poll(() => first.locator('[data-draft-state]').textContent()).toMatch(/错误 \d+/)
    expect(await first.locator('[data-draft-origin]').textContent()).toContain('新建')
    await first.locator('[data-action="duplicate-draft"]').click()
    const notice = page.locator('[data-notice="draft-opened"]')
    await expect.poll(() => notice.textContent()).toMatch(/市水务局 \d{4}年（副本）/)
    await page.click('[data-action="toggle-drafts"]')
    const copy = row(page, '（副本）')
    expect(await copy.locator('[data-draft-origin]').textContent()).toContain('副本：市水务局')
    expect(await copy.getAttribute('aria-current')).toBe('true')
  })

  it('a complete, balanced draft is 可定稿; restoring a deleted draft says which is open', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '市审计局')
    await fillCells(page, balancedReport(77))
    await page.fill(field('narrative.problems'), '信息公开的及时性有待提高，将完善发布流程。')
    await saved(page)
    await page.click('[data-action="toggle-drafts"]')
    await expect
      .poll(() => row(page, '市审计局').locator('[data-draft-state]').textContent())
      .toContain('可定稿')
    await page.keyboard.press('Escape') // the list covers the header's buttons while open
    await clickAction(page, 'new-draft')
    await page.fill(field('meta.agencyName'), '市统计局')
    await saved(page)
    if (!(await page.isVisible('[data-panel="drafts"]')))
      await page.click('[data-action="toggle-drafts"]')
    await row(page, '市审计局').locator('[data-action="delete-draft"]').click()
    await page.click('[data-action="undo-delete"]')
    // Undo puts 市审计局 back in the list but keeps 市统计局, the draft being edited, open.
    const notice = page.locator('[data-notice="draft-restored"]')
    await expect.poll(() => notice.textContent()).toContain('已恢复草稿')
    expect(await notice.textContent()).toContain('市审计局')
    expect(await page.inputValue(field('meta.agencyName'))).toBe('市统计局')
    if (!(await page.isVisible('[data-panel="drafts"]')))
      await page.click('[data-action="toggle-drafts"]')
    await expect.poll(() => row(page, '市审计局').count()).toBe(1)
  })
})

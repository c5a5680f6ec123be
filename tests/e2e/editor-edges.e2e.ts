// Issue 24, the editor's rough edges, at 1280 × 720, 1440 × 900 and 390 × 844: a header of one
// row (menus carry data-menu), the review panel's heading in view while scrolling, every header
// action reachable by Tab and Enter, Esc closing each dialog from inside it, axe clean in each
// state; R1's changed cells; the drafts list (search, sort, imports told apart, closed after an
// action); an export error that never reaches the header.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { serializeDraftFile, type ReportDraft } from '../../src/report'
import { balancedDraft } from '../fixtures/balancedReport'
import { clickAction, openApp } from './support/app'
import { axeViolations } from './support/axe'
import { cell, field } from './support/report'

const dir = mkdtempSync(join(tmpdir(), 'edges-e2e-'))
const WIDTHS = [
  [1280, 720],
  [1440, 900],
  [390, 844],
] as const
/** Every action the header holds, directly or in a menu. */
const HEADER_ACTIONS = [
  'new-draft',
  'toggle-drafts',
  'export-json',
  'import-file',
  'import',
  'undo',
  'redo',
  'preview-pdf',
  'download-pdf',
  'download-docx',
  'download-html',
  'copy-html',
  'prepare-offline',
  'open-workspace',
]

const headerBox = (page: Page) =>
  page.evaluate(() => {
    const box = document.querySelector('header')!.getBoundingClientRect()
    return { height: box.height, bottom: box.bottom }
  })

async function opened(page: Page, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height })
  await page.waitForSelector(cell('table3.newReceived.natural'))
}

function draftFile(name: string, change: (draft: ReportDraft) => void = () => undefined): string {
  const draft = balancedDraft()
  Object.assign(draft.meta, { agencyName: '某市生态环境局', year: 2023 })
  change(draft)
  const path = join(dir, name)
  writeFileSync(path, serializeDraftFile(draft))
  return path
}

/** Presses Tab until `done` holds for the focused element (at most `limit` presses). */
async function tabUntil(page: Page, done: () => Promise<boolean>, limit = 60): Promise<boolean> {
  for (let i = 0; i < limit; i++) {
    if (await done()) return true
    await page.keyboard.press('Tab')
  }
  return done()
}
/** Starts keyboard navigation from the top of the page (its first skip link). */
const fromTop = (page: Page) => page.locator('.skip-links a').first().focus()
const focusedAction = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.action ?? null)
/** The data-menu opener whose menu holds `action`, or null if it sits in none (or in the 菜单). */
const openerOf = (page: Page, action: string) =>
  page.evaluate((name) => {
    const target = document.querySelector(`[data-action="${name}"]`)
    const menu = target?.closest('.header-menu')
    return menu?.querySelector<HTMLElement>(':scope > [data-menu]')?.dataset.menu ?? null
  }, action)

describe.each(WIDTHS)('at %i × %i', (width, height) => {
  const wide = width >= 1024

  it('the header is one row, never grows, and the panel heading stays in view while scrolling', async () => {
    const { page } = await openApp()
    await opened(page, width, height)
    const header = await headerBox(page)
    // One row of 34 px controls (two short lines on a phone: the title and the findings count).
    expect(header.height).toBeLessThanOrEqual(wide ? 60 : height * 0.15)
    for (const menu of await page.locator('[data-menu]').all()) {
      if (!(await menu.isVisible())) continue
      await menu.click()
      expect((await headerBox(page)).height, 'an open menu floats').toBe(header.height)
      await page.keyboard.press('Escape')
    }
    const heading = page.locator('#review-heading')
    if (wide) {
      for (const y of [600, 1800, 4000]) {
        await page.evaluate((top) => window.scrollTo(0, top), y)
        await expect
          .poll(async () => (await heading.boundingBox())!.y)
          .toBeGreaterThanOrEqual(header.bottom)
        expect((await heading.boundingBox())!.y).toBeLessThan(height / 2)
      }
    } else {
      await page.click('[data-action="jump-to-review"]')
      await expect
        .poll(async () => (await heading.boundingBox())!.y)
        .toBeGreaterThanOrEqual((await headerBox(page)).bottom)
    }
  })

  it('every header action is reached by Tab (and Enter on its menu) and carries data-action', async () => {
    const { page } = await openApp()
    await opened(page, width, height)
    for (const action of HEADER_ACTIONS) {
      await fromTop(page)
      const menu = wide ? await openerOf(page, action) : 'header'
      const enabled = await page.locator(`[data-action="${action}"]`).isEnabled()
      if (!enabled) continue // 撤销/重做 before any edit: disabled, so out of the Tab order
      if (menu) {
        const reached = await tabUntil(page, () =>
          page.evaluate((m) => (document.activeElement as HTMLElement)?.dataset.menu === m, menu),
        )
        expect(reached, `Tab reaches the menu of ${action}`).toBe(true)
        await page.keyboard.press('Enter')
      }
      const found = await tabUntil(page, async () => (await focusedAction(page)) === action, 40)
      expect(found, `${action} is reached by Tab`).toBe(true)
      await page.keyboard.press('Escape')
    }
    // Enter runs what it reached: the import dialog opens from its menu.
    await fromTop(page)
    await tabUntil(page, () =>
      page.evaluate(
        (m) => (document.activeElement as HTMLElement)?.dataset.menu === m,
        wide ? 'file' : 'header',
      ),
    )
    await page.keyboard.press('Enter')
    await tabUntil(page, async () => (await focusedAction(page)) === 'import', 40)
    await page.keyboard.press('Enter')
    await page.waitForSelector('[data-dialog="import"][open]')
  })

  it('Esc closes each dialog from inside it; axe finds nothing in any state', async () => {
    const { page } = await openApp()
    await opened(page, width, height)
    expect(await axeViolations(page)).toEqual([])
    // A header menu (or the 菜单) open.
    const opener = page.locator(wide ? '[data-menu="output"]' : '[data-menu="header"]')
    await opener.focus()
    await page.keyboard.press('Enter')
    expect(await opener.getAttribute('aria-expanded')).toBe('true')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    expect(await opener.getAttribute('aria-expanded')).toBe('false')
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-menu'))).toBe(true)

    // The import dialog, from its text area.
    await clickAction(page, 'import')
    const importDialog = page.locator('[data-dialog="import"]')
    await page.locator('[data-action="import-text"]').focus()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => importDialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false)

    // The question dialog, from its cancel button.
    await page.fill(cell('table3.newReceived.natural'), '12件')
    await clickAction(page, 'export-json')
    const confirm = page.locator('[data-dialog="confirm"]')
    await confirm.locator('h2').waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => confirm.evaluate((d) => (d as HTMLDialogElement).open)).toBe(false)

    // The drafts list, from its heading.
    await page.fill(cell('table3.newReceived.natural'), '12')
    await expect.poll(() => page.textContent('[data-status="save"]')).toContain('已保存')
    await clickAction(page, 'toggle-drafts')
    const list = page.locator('[data-panel="drafts"]')
    await list.waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Escape')
    await expect.poll(() => list.count()).toBe(0)

    // The PDF preview, from inside its pages.
    await clickAction(page, 'preview-pdf')
    const preview = page.locator('[data-dialog="pdf-preview"]')
    await preview.locator('canvas[data-page="1"]').waitFor({ timeout: 90_000 })
    await page.focus('[data-dialog="pdf-preview"] [data-frame]')
    expect(await axeViolations(page)).toEqual([])
    await page.keyboard.press('Tab')
    expect(await focusedAction(page), 'one Tab from the pages').toBe('close-preview')
    await page.focus('[data-dialog="pdf-preview"] [data-frame]')
    await page.keyboard.press('Escape')
    await expect.poll(() => preview.count()).toBe(0)
  })
})

describe('R1: the cells changed since table 3 balanced', () => {
  it('are marked, and the finding jumps to the last one changed', async () => {
    const { page } = await openApp()
    await opened(page, 1280, 720)
    await page.setInputFiles('[data-action="import-file"]', draftFile('balanced.json'))
    await expect.poll(() => page.inputValue(field('meta.agencyName'))).toBe('某市生态环境局')
    expect(await page.locator('[data-r1-changed]').count()).toBe(0)
    const first = 'table3.newReceived.natural'
    const last = 'table3.withheldProcess.natural'
    await page.fill(cell(first), String(Number(await page.inputValue(cell(first))) + 3))
    await page.fill(cell(last), String(Number(await page.inputValue(cell(last))) + 1))
    await expect.poll(() => page.locator('[data-r1-changed="true"]').count()).toBe(2)
    expect(await page.getAttribute(cell(first), 'data-r1-changed')).toBe('true')
    await page.click('[data-rule="R1"]')
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.cell)).toBe(
      last,
    )
    // Balanced again: nothing is marked.
    await page.fill(cell(first), String(Number(await page.inputValue(cell(first))) - 2))
    await expect.poll(() => page.locator('[data-rule="R1"]').count()).toBe(0)
    expect(await page.locator('[data-r1-changed]').count()).toBe(0)
  })
})

describe('the drafts list', () => {
  it('opens below its toggle, tells two imports of one file apart, searches, sorts, closes after an import', async () => {
    const { page } = await openApp()
    await opened(page, 1280, 720)
    const same = draftFile('同一文件.json')
    // The two imports of one file happen at two known times (timers keep running).
    await page.clock.setFixedTime(new Date('2026-03-02T09:15:07+08:00'))
    await page.setInputFiles('[data-action="import-file"]', same)
    await expect.poll(() => page.inputValue(field('meta.agencyName'))).toBe('某市生态环境局')
    await page.clock.setFixedTime(new Date('2026-03-02T09:16:41+08:00'))
    await page.setInputFiles('[data-action="import-file"]', same)
    await expect.poll(() => page.textContent('[data-action="toggle-drafts"]')).toContain('（2）')
    await page.setInputFiles(
      '[data-action="import-file"]',
      draftFile('other.json', (d) => Object.assign(d.meta, { agencyName: '县档案馆', year: 2021 })),
    )
    await expect.poll(() => page.inputValue(field('meta.agencyName'))).toBe('县档案馆')
    await page.click('[data-action="toggle-drafts"]')
    const list = page.locator('[data-panel="drafts"]')
    const toggle = (await page.locator('[data-action="toggle-drafts"]').boundingBox())!
    expect((await list.boundingBox())!.y).toBeGreaterThanOrEqual(toggle.y + toggle.height)
    const origins = await list.locator('[data-draft-origin]').allTextContents()
    const twins = origins.filter((text) => text.includes('同一文件.json'))
    expect(twins).toHaveLength(2)
    expect(twins[0]).not.toBe(twins[1])
    await list.locator('[data-field="drafts.search"]').fill('档案')
    await expect.poll(() => list.locator('[data-draft-id]').count()).toBe(1)
    await list.locator('[data-field="drafts.search"]').fill('')
    await list.locator('[data-sort="year"]').click()
    const years = async () =>
      (await list.locator('[data-draft-id] td:nth-child(5)').allTextContents()).map(Number)
    expect(await years()).toEqual([2021, 2023, 2023])
    expect(await list.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('ascending')
    await list.locator('[data-sort="year"]').click()
    expect(await years()).toEqual([2023, 2023, 2021])
    expect(await list.locator('th[aria-sort]').getAttribute('aria-sort')).toBe('descending')
    // An import while the list is open closes it.
    await page.setInputFiles('[data-action="import-file"]', draftFile('third.json'))
    await expect.poll(() => list.count()).toBe(0)
  })
})

describe('an export error', () => {
  it('shows in a notice, never in the header', async () => {
    const { page } = await openApp({ allowErrors: true })
    await opened(page, 1280, 720)
    const before = await headerBox(page)
    await page.route('**/assets/reportExport*', (route) => route.abort('failed'))
    await clickAction(page, 'download-docx')
    // A chunk that cannot load reads as a network failure: an offline notice (issue 21).
    const status = page.locator('[data-notice="offline"], [data-status="export"] [role="alert"]')
    await expect
      .poll(() => status.first().textContent(), { timeout: 30_000 })
      .toMatch(/失败|您已离线/)
    expect(await headerBox(page)).toEqual(before)
    expect(await page.locator('header').textContent()).not.toMatch(/失败|您已离线/)
  })
})

// Nothing lost on any path (issue 20), with faults injected in Chromium: with every save failing
// and edits only on the page, each way from the workspace into the editor (作为新草稿打开,
// 本级汇总) asks the one leave question and keeps the edits; and a tab killed right after a
// keystroke keeps it, because a save runs as soon as the page is idle.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp } from './support/app'
import { cell, field } from './support/report'
import { draftDocument, generateDrafts } from './support/workspaceDrafts'

const dir = mkdtempSync(join(tmpdir(), 'leave-guard-'))
const status = (page: Page) => page.textContent('[data-status="save"]')
const storedProblems = (page: Page) =>
  page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('zfxxgk.draft.'))
      .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}').draft?.narrative?.problems as string),
  )

/** Makes every localStorage write throw QuotaExceededError (storage full). */
const fillStorage = (page: Page) =>
  page.evaluate(() => {
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError')
    }
  })

const go = (page: Page, hash: string) => page.evaluate((h) => (location.hash = h), hash)

const PATHS: [string, (page: Page) => Promise<void>][] = [
  [
    '作为新草稿打开',
    async (page) => {
      await page.click('[data-report-row] [data-action="open-report"]')
      await page.click('[data-action="open-as-draft"]')
    },
  ],
  [
    '本级汇总',
    async (page) => {
      await page.click('[data-action="aggregate"]')
      await page.fill('[data-field="aggregate.agencyName"]', '某县人民政府')
      await page.click('[data-action="aggregate-confirm"]')
    },
  ],
]

describe('from the workspace into the editor with unsaved edits', () => {
  it.each(PATHS)(
    '%s asks first; staying keeps the edits, leaving opens the report',
    async (_, enter) => {
      const { page } = await openApp()
      await page.waitForSelector(cell('table3.newReceived.natural'))
      await page.fill(field('meta.agencyName'), '丁机关')
      await expect.poll(() => status(page)).toContain('已保存')
      await fillStorage(page)
      const text = `存储已满时写下的文字（${_}）。`
      await page.fill(field('narrative.problems'), text)
      await expect.poll(() => status(page)).toContain('存储空间已满')

      const generated = generateDrafts(1, 2026, new Map())[0]!
      const path = join(dir, `${_}.json`)
      writeFileSync(path, JSON.stringify(draftDocument(generated, 0)))
      await go(page, '#/workspace')
      await page.setInputFiles('[data-action="workspace-files"]', path)
      await page.waitForSelector('[data-report-row]')

      const dialog = page.locator('dialog[data-dialog="unsaved-leave"]')
      await enter(page)
      await expect.poll(() => dialog.isVisible()).toBe(true)
      await page.click('[data-action="leave-stay"]')
      await expect.poll(() => dialog.isVisible()).toBe(false)
      await go(page, '#/')
      await expect.poll(() => page.inputValue(field('narrative.problems'))).toBe(text)
      expect(await page.inputValue(field('meta.agencyName'))).toBe('丁机关')

      // Asked again, the user chooses to leave: the report opens in the editor.
      await go(page, '#/workspace')
      await page.waitForSelector('[data-report-row]')
      await enter(page)
      await expect.poll(() => dialog.isVisible()).toBe(true)
      await page.click('[data-action="leave-discard"]')
      await page.waitForSelector(cell('table3.newReceived.natural'))
      await expect.poll(() => page.inputValue(field('meta.agencyName'))).not.toBe('丁机关')
    },
  )
})

describe('a tab killed right after a keystroke', () => {
  it('has already saved it (the save runs as soon as the page is idle)', async () => {
    const { page } = await openApp({ allowErrors: true })
    await page.waitForSelector(cell('table3.newReceived.natural'))
    await page.fill(field('meta.agencyName'), '戊机关')
    await expect.poll(() => status(page)).toContain('已保存')

    // One keystroke, timed in the page from the input event to the write in localStorage.
    await page.focus(field('narrative.problems'))
    const elapsed = await page.evaluate(async () => {
      const start = performance.now()
      const area = document.querySelector<HTMLTextAreaElement>('[data-field="narrative.problems"]')!
      area.value = '改'
      area.dispatchEvent(new Event('input', { bubbles: true }))
      const stored = () =>
        Object.keys(localStorage).some((k) =>
          (localStorage.getItem(k) ?? '').includes('"problems":"改"'),
        )
      while (!stored()) {
        if (performance.now() - start > 2000) return Infinity
        await new Promise((resolve) => setTimeout(resolve, 5))
      }
      return performance.now() - start
    })
    // Measured 59–101 ms on a 2-core machine under load 13; the old 400 ms debounce could never
    // be under 400, so the bound tells them apart with room for a loaded machine.
    console.info(`keystroke → stored: ${elapsed.toFixed(0)} ms`)
    expect(elapsed).toBeLessThan(400)

    // A second keystroke, and the tab is killed as soon as the page is first idle after it.
    await page.evaluate(async () => {
      const area = document.querySelector<HTMLTextAreaElement>('[data-field="narrative.problems"]')!
      area.value = '改正'
      area.dispatchEvent(new Event('input', { bubbles: true }))
      await new Promise((resolve) => requestIdleCallback(resolve))
    })

    // Kill the tab (no pagehide, no beforeunload), then open the app again in the same profile.
    // (Page.crash never answers: the renderer is gone; the page's crash event says it happened.)
    const url = page.url()
    const session = await page.context().newCDPSession(page)
    const crashed = page.waitForEvent('crash', { timeout: 10_000 })
    void session.send('Page.crash').catch(() => undefined)
    await crashed
    const again = await page.context().newPage()
    await again.goto(url)
    await again.waitForSelector(field('narrative.problems'))
    expect(await again.inputValue(field('narrative.problems'))).toBe('改正')
    expect(await storedProblems(again)).toContain('改正')
  })
})

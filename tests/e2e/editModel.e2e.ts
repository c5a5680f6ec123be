// One edit model, end to end (issue 22): the import review's confirmations are edits that undo
// restores, and a conflict between two tabs resolved either way keeps the chosen text.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { clickAction, openApp } from './support/app'
import { cell } from './support/report'

const read = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8')
const dialog = '[data-dialog="import"]'
const textArea = '[data-action="import-text"]'

async function ready(page: Page): Promise<void> {
  await page.waitForSelector(cell('table3.newReceived.natural'))
}

/** Imports `text` as a new draft through a real paste event into the import dialog. */
async function importText(page: Page, text: string): Promise<void> {
  await ready(page)
  await clickAction(page, 'import')
  await page.waitForSelector(`${dialog}[open] ${textArea}`)
  await page.focus(textArea)
  await page.evaluate(
    ([selector, value]) => {
      const transfer = new DataTransfer()
      transfer.setData('text/plain', value)
      const event = new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true })
      document.querySelector(selector)?.dispatchEvent(event)
    },
    [textArea, text] as const,
  )
  await expect.poll(() => page.locator(`${dialog} [data-count="I2"]`).textContent()).toContain('2')
  await page.click('[data-action="import-confirm"]')
  await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' })
}

const marked = (page: Page) => page.locator('input[data-uncertain="true"]').count()

describe('the import review in the edit model', () => {
  it('undo restores the confirmations of 全部确认, redo confirms again, a reload keeps it', async () => {
    const { page } = await openApp()
    await importText(page, read('import/report.collapsed-ambiguous.txt'))
    await expect.poll(() => marked(page)).toBe(8)
    await page.click('[data-action="confirm-all-imported"]')
    await expect.poll(() => marked(page)).toBe(0)
    await clickAction(page, 'undo')
    await expect.poll(() => marked(page)).toBe(8)
    expect(await page.locator('[data-panel="review"] button[data-rule="I2"]').count()).toBe(2)
    await clickAction(page, 'redo')
    await expect.poll(() => marked(page)).toBe(0)
    await clickAction(page, 'undo')
    await expect.poll(() => marked(page)).toBe(8)
    // The restored review is what autosave stores.
    await expect.poll(() => page.textContent('[data-status="save"]')).toContain('已保存')
    await page.reload()
    await ready(page)
    expect(await marked(page)).toBe(8)
  })
})

describe('a conflict between two tabs', () => {
  const DISPUTED = cell('table3.newReceived.natural')

  it.each([
    ['keep-mine', 'mine'],
    ['keep-theirs', 'theirs'],
  ] as const)(
    'resolved with %s keeps the chosen text in both tabs and after a reload',
    async (action, side) => {
      const first = await openApp()
      await ready(first.page)
      await first.page.fill(cell('table3.carriedOver.natural'), '1')
      await expect.poll(() => first.page.textContent('[data-status="save"]')).toContain('已保存')
      const second = await first.page.context().newPage()
      // Both tabs type into the same cell before either hears of the other's save. Typing at
      // once left that to chance: on a loaded machine the first save often reached the second
      // tab before it typed (no conflict at all). So the second tab's storage events are held
      // until it has typed too, by a listener added before the app's (at the window, listeners
      // run in the order they were added, whether capturing or not).
      await second.addInitScript(() => {
        const held: StorageEvent[] = []
        const hold = (event: StorageEvent) => {
          held.push(event)
          event.stopImmediatePropagation()
        }
        window.addEventListener('storage', hold)
        Object.assign(window, {
          heldStorageEvents: () => held.length,
          releaseStorageEvents: () => {
            window.removeEventListener('storage', hold)
            for (const { key, oldValue, newValue, url, storageArea } of held) {
              window.dispatchEvent(
                new StorageEvent('storage', { key, oldValue, newValue, url, storageArea }),
              )
            }
          },
        })
      })
      await second.goto(first.url)
      await ready(second)
      const pages = [first.page, second]
      const typed = ['20', '30']
      const heldEvents = () =>
        second.evaluate(() =>
          (window as unknown as { heldStorageEvents(): number }).heldStorageEvents(),
        )
      await first.page.fill(DISPUTED, typed[0] ?? '')
      // The first tab's save has reached the second tab (and is held there).
      await expect.poll(heldEvents).toBeGreaterThan(0)
      await second.fill(DISPUTED, typed[1] ?? '')
      // The tab that saved second finds the conflict and asks, when its save meets the newer
      // revision or when it hears of it (the held events are let through now).
      await second.evaluate(() =>
        (window as unknown as { releaseStorageEvents(): void }).releaseStorageEvents(),
      )
      const alert = '[data-alert="conflict"]'
      await expect
        .poll(
          async () =>
            (await first.page.locator(alert).count()) + (await second.locator(alert).count()),
        )
        .toBe(1)
      const asking = (await first.page.locator(alert).count()) === 1 ? 0 : 1
      const page = pages[asking] as Page
      const other = pages[1 - asking] as Page
      const kept = side === 'mine' ? typed[asking] : typed[1 - asking]
      await page.click(`${alert} [data-action="${action}"]`)
      await expect.poll(() => page.locator(alert).count()).toBe(0)
      expect(await page.inputValue(DISPUTED)).toBe(kept)
      await expect.poll(() => page.textContent('[data-status="save"]')).toContain('已保存')
      // The other tab takes the resolved save in; a reload of either reads it back.
      await expect.poll(() => other.inputValue(DISPUTED)).toBe(kept)
      await other.reload()
      await ready(other)
      expect(await other.inputValue(DISPUTED)).toBe(kept)
      expect(await other.inputValue(cell('table3.carriedOver.natural'))).toBe('1')
    },
  )
})

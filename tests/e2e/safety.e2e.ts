// Nothing typed is lost (issue 10), in Chromium with faults injected: storage full while
// switching drafts, a stored draft with a field of the wrong type, storage blocked and a pending
// tab conflict when the page is closed, and undoing a metadata edit.
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp, clickAction } from './support/app'
import { cell, field } from './support/report'

const ready = (page: Page) => page.waitForSelector(cell('table3.newReceived.natural'))
const status = (page: Page) => page.textContent('[data-status="save"]')
const saved = (page: Page) => expect.poll(() => status(page)).toContain('已保存')
const draftCount = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zfxxgk.draft.')).length)

/** Makes every localStorage write throw QuotaExceededError until `unfill` is called. */
async function fillStorage(page: Page): Promise<() => Promise<void>> {
  await page.evaluate(() => {
    const real = Storage.prototype.setItem
    ;(window as unknown as { realSetItem: typeof real }).realSetItem = real
    Storage.prototype.setItem = function () {
      throw new DOMException('full', 'QuotaExceededError')
    }
  })
  return () =>
    page.evaluate(() => {
      Storage.prototype.setItem = (
        window as unknown as { realSetItem: typeof Storage.prototype.setItem }
      ).realSetItem
    })
}

describe('switching away from a draft whose last save failed', () => {
  it('asks first, offers the file export, and loses nothing', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.fill(field('meta.agencyName'), '丁机关')
    await saved(page)
    const unfill = await fillStorage(page)
    await page.fill(field('narrative.problems'), '存储已满时写下的文字。')
    await expect.poll(() => status(page)).toContain('存储空间已满')

    // 新建草稿: the dialog; staying keeps the draft and its text.
    const dialog = page.locator('dialog[data-dialog="unsaved-leave"]')
    await clickAction(page, 'new-draft')
    await expect.poll(() => dialog.isVisible()).toBe(true)
    await page.click('[data-action="leave-stay"]')
    await expect.poll(() => dialog.isVisible()).toBe(false)
    expect(await page.inputValue(field('narrative.problems'))).toBe('存储已满时写下的文字。')

    // Asked again: the export in the dialog holds the unsaved text.
    await clickAction(page, 'new-draft')
    await expect.poll(() => dialog.isVisible()).toBe(true)
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-action="leave-export"]'),
    ])
    const path = join(tmpdir(), `leave-${Date.now()}.json`)
    await download.saveAs(path)
    const doc = JSON.parse(await readFile(path, 'utf8'))
    expect(doc.narrative.problems).toBe('存储已满时写下的文字。')
    await page.click('[data-action="leave-stay"]')

    // Space comes back: the failed save is retried without another edit, then leaving is free.
    await unfill()
    await expect.poll(() => status(page), { timeout: 10_000 }).toContain('已保存')
    await clickAction(page, 'new-draft')
    await expect.poll(() => page.inputValue(field('meta.agencyName'))).toBe('')
    expect(await dialog.isVisible()).toBe(false)
    const texts = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('zfxxgk.draft.'))
        .map((k) => JSON.parse(localStorage.getItem(k) ?? '{}').draft.narrative.problems),
    )
    expect(texts).toContain('存储已满时写下的文字。')
  })
})

describe('a stored draft with a field of the wrong type', () => {
  it.each([
    ['meta.agencyName', 'draft.meta.agencyName = 123'],
    ['narrative.problems', 'draft.narrative.problems = 42'],
    ['narrative.overview.intro', 'draft.narrative.overview.intro = { a: 1 }'],
  ])('(%s) is kept aside with an alert, and the editor works', async (path, _) => {
    const { page } = await openApp()
    await ready(page)
    await page.fill(field('meta.agencyName'), '戊机关')
    await saved(page)
    await page.evaluate((which) => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('zfxxgk.draft.')) ?? ''
      const envelope = JSON.parse(localStorage.getItem(key) ?? '{}')
      const draft = envelope.draft
      if (which === 'meta.agencyName') draft.meta.agencyName = 123
      if (which === 'narrative.problems') draft.narrative.problems = 42
      if (which === 'narrative.overview.intro') draft.narrative.overview.intro = { a: 1 }
      localStorage.setItem(key, JSON.stringify(envelope))
    }, path)
    await page.reload()
    await ready(page)
    const alert = page.locator('[role="alert"][data-alert="corrupt"]')
    await expect.poll(() => alert.count()).toBe(1)
    expect(await alert.textContent()).toContain(path)
    const backups = await page.evaluate(
      () => Object.keys(localStorage).filter((k) => k.startsWith('zfxxgk.backup.')).length,
    )
    expect(backups).toBe(1)
    // The editor is usable: a fresh draft that takes typing and saves it.
    await page.fill(field('meta.agencyName'), '己机关')
    await saved(page)
    expect(await draftCount(page)).toBe(1)
  })
})

/** Closes the page as a user would and says whether it asked first (a beforeunload dialog). */
async function closeAsks(page: Page): Promise<boolean> {
  let asked = false
  page.on('dialog', (dialog) => {
    if (dialog.type() === 'beforeunload') asked = true
    void dialog.dismiss()
  })
  await page.close({ runBeforeUnload: true })
  await expect.poll(() => asked || page.isClosed()).toBe(true)
  // The page stays open when the user dismisses the question.
  return asked
}

describe('leaving the page while something exists only in memory', () => {
  it('asks when storage is blocked, and the status says nothing is saved', async () => {
    const { page } = await openApp()
    await page.context().addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('denied', 'SecurityError')
        },
      })
    })
    await page.reload()
    await ready(page)
    await page.click(field('meta.agencyName'))
    await page.keyboard.type('庚机关')
    await expect.poll(() => status(page)).toContain('未保存到浏览器')
    expect(await closeAsks(page)).toBe(true)
  })

  it('asks while a conflict with another tab is pending', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.click(field('meta.agencyName'))
    await page.keyboard.type('辛机关')
    await saved(page)
    // Another tab saves a newer revision with a different name while this one edits the name.
    await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('zfxxgk.draft.')) ?? ''
      const envelope = JSON.parse(localStorage.getItem(key) ?? '{}')
      envelope.revision += 5
      envelope.draft.meta.agencyName = '另一个标签页的名称'
      localStorage.setItem(key, JSON.stringify(envelope))
    })
    await page.keyboard.type('（本页）')
    await expect.poll(() => page.locator('[data-alert="conflict"]').count()).toBe(1)
    expect(await status(page)).toContain('未保存')
    expect(await closeAsks(page)).toBe(true)
  })

  it('does not ask when everything is saved', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.click(field('meta.agencyName'))
    await page.keyboard.type('壬机关')
    await saved(page)
    expect(await closeAsks(page)).toBe(false)
  })
})

describe('undo', () => {
  it('undoes a metadata edit, and the field and the panel follow', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.fill(field('meta.agencyName'), '癸机关')
    await page.fill(field('meta.phone'), 'call me')
    await expect.poll(() => page.textContent('#meta-phone-error')).not.toBe('')
    await page.click('[data-action="undo"]')
    await expect.poll(() => page.inputValue(field('meta.phone'))).toBe('')
    expect(await page.textContent('#meta-phone-error')).toBe('')
    expect(await page.inputValue(field('meta.agencyName'))).toBe('癸机关')
    await page.click('[data-action="redo"]')
    await expect.poll(() => page.inputValue(field('meta.phone'))).toBe('call me')
  })
})

describe('bounded text', () => {
  it('refuses a paste that would pass a field’s limit, says so, and keeps the field', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.fill(field('narrative.problems'), '原有的文字。')
    const refused = await page.evaluate((selector) => {
      const area = document.querySelector<HTMLTextAreaElement>(selector)!
      area.focus()
      area.setSelectionRange(area.value.length, area.value.length)
      const data = new DataTransfer()
      data.setData('text/plain', '长'.repeat(60_000))
      const event = new ClipboardEvent('paste', { clipboardData: data, cancelable: true })
      area.dispatchEvent(event)
      return event.defaultPrevented
    }, field('narrative.problems'))
    expect(refused).toBe(true)
    const part = page.locator('.text-part', { has: page.locator(field('narrative.problems')) })
    await expect
      .poll(() => part.locator('[data-status="paste-refused"]').textContent())
      .toContain('超过上限50,000字')
    expect(await page.inputValue(field('narrative.problems'))).toBe('原有的文字。')
    expect(await page.getAttribute(field('narrative.problems'), 'maxlength')).toBe('50000')
  })
})

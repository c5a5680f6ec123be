// Hostile and huge files (issue 21) in Chromium: a small .docx whose text would inflate to tens
// of millions of characters and a 5 MB .txt, opened in the import dialog and in the workspace.
// Each is refused with its reason, and the page's main thread never stalls over 200 ms meanwhile
// (long tasks, measured in the page); the .txt in the dialog: see the note below.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strToU8, zipSync } from 'fflate'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { clickAction, openApp } from './support/app'
import { cell } from './support/report'

/** A .docx of 20 million characters of text that zips to well under a megabyte. */
function inflatingDocx(): Buffer {
  const run = '<w:r><w:t>政府信息公开工作年度报告</w:t></w:r>'
  const body = run.repeat(Math.ceil(20_000_000 / 12))
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types/>'),
    'word/document.xml': strToU8(`<w:document><w:body><w:p>${body}</w:p></w:body></w:document>`),
  }
  return Buffer.from(zipSync(files, { level: 9 }))
}

/** 5 MB of plain text: a report's lines repeated, as a pasted export of a whole site might be. */
function hugeText(): Buffer {
  const line = '2024年度，本机关主动公开政府信息1234条，受理政府信息公开申请56件。\n'
  return Buffer.from(line.repeat(Math.floor(5_000_000 / Buffer.byteLength(line))))
}

// Files on disk, handed over by path: a buffer would be rebuilt inside the page by the test
// harness itself, a long task of its own that says nothing about the app.
const dir = mkdtempSync(join(tmpdir(), 'hostile-files-'))
const onDisk = (name: string, make: () => Buffer) => {
  const path = join(dir, name)
  writeFileSync(path, make())
  return path
}

/** Starts recording the page's long tasks; resolves the longest (ms) so far when called. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const w = window as unknown as { __longest: number }
    w.__longest = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__longest = Math.max(w.__longest, entry.duration)
    }).observe({ type: 'longtask' })
  })
  return () => page.evaluate(() => (window as unknown as { __longest: number }).__longest)
}

const FILES = [
  {
    name: '膨胀的报告.docx',
    mimeType: 'application/octet-stream',
    make: inflatingDocx,
    why: /解压后约 \d+ MB/,
  },
  { name: '整站导出.txt', mimeType: 'text/plain', make: hugeText, why: /万字上限/ },
] as const

describe('files that would freeze the tab', () => {
  it.each(FILES)(
    '$name in the import dialog: refused with why, no main-thread gap over 200 ms',
    async (file) => {
      const { page } = await openApp()
      await page.waitForSelector(cell('table3.newReceived.natural'))
      await clickAction(page, 'import')
      const dialog = '[data-dialog="import"]'
      await page.waitForSelector(`${dialog}[open] [data-action="import-text"]`)
      const longest = await watchLongTasks(page)
      // From disk, as a user picks it: a buffer would be decoded from base64 by the test
      // harness's own script on the page's main thread (seconds for 5 MB), not by the app.
      await page.setInputFiles('[data-action="import-report-file"]', onDisk(file.name, file.make))
      const alert = page.locator(`${dialog} [role="alert"]`)
      await alert.waitFor({ timeout: 60_000 })
      expect(await alert.textContent()).toMatch(file.why)
      expect(await longest()).toBeLessThan(200)
    },
  )

  it('both in the workspace: each refused with why, no main-thread gap over 200 ms', async () => {
    const { page } = await openApp()
    await page.click('[data-action="open-workspace"]')
    await page.waitForSelector('[data-view="workspace"]')
    const longest = await watchLongTasks(page)
    await page.setInputFiles(
      '[data-action="workspace-files"]',
      FILES.map((file) => onDisk(file.name, file.make)),
    )
    for (const file of FILES) {
      await expect
        .poll(() => page.textContent('[data-view="workspace"]'), { timeout: 60_000 })
        .toMatch(file.why)
    }
    expect(await longest()).toBeLessThan(200)
  })
})

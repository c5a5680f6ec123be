// The 落款 (issue 11): with a 成文日期 the PDF ends with the agency's name and the date; without
// one it prints neither. Needs poppler-utils (pdftotext).
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp, clickAction } from './support/app'
import { field } from './support/report'

const dir = mkdtempSync(join(tmpdir(), 'pdf-signature-'))

async function pdfText(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    clickAction(page, 'download-pdf'),
  ])
  const file = join(dir, name)
  await download.saveAs(file)
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
}

describe('the 落款', () => {
  it('is printed at the end when 成文日期 is set, and not otherwise', async () => {
    const { page } = await openApp()
    await page.fill(field('meta.agencyName'), '县卫生健康局')
    await page.fill(field('narrative.otherMatters'), '本年度未收取信息处理费。')
    const without = await pdfText(page, 'without.pdf')
    expect(without).not.toMatch(/\d{4}年\d{1,2}月\d{1,2}日\s*$/)
    await page.fill(field('meta.issuedOn'), '2023-01-16')
    const withDate = await pdfText(page, 'with.pdf')
    const body = withDate.replace(/—\s*\d+\s*—[\s\S]*?$/m, '')
    const lines = body
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    const at = lines.indexOf('2023年1月16日')
    expect(at).toBeGreaterThan(0)
    expect(lines[at - 1]).toBe('县卫生健康局')
    expect(lines.indexOf('本年度未收取信息处理费。')).toBeLessThan(at - 1)
  })
})

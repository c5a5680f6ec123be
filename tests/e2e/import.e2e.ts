// End-to-end tests of importing a published report (issue 5) in Chromium, on dist/: a real paste
// event into the dialog (text, and text with HTML tables), a file, the import report afterwards.
import { readFileSync } from 'node:fs'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp, clickAction } from './support/app'
import { INPUT_CELLS, cell, field } from './support/report'

const FIXTURES = new URL('../fixtures/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8')

interface Expected {
  meta: Record<string, string | number>
  cells: Record<string, string>
  narrative: Record<string, string>
}
const EXPECTED = JSON.parse(read('import/report.expected.json')) as Expected
const AMBIGUOUS = JSON.parse(read('import/report.collapsed-ambiguous.expected.json')) as Expected
const I2_CELLS = ['disclosed', 'unavailableNotHeld'].flatMap((row) =>
  ['natural', 'commercial', 'publicInterest', 'legal'].map((col) => `table3.${row}.${col}`),
)

const dialog = '[data-dialog="import"]'
const textArea = '[data-action="import-text"]'
const review = '[data-panel="review"]'

async function openDialog(page: Page): Promise<void> {
  await page.waitForSelector(cell('table3.newReceived.natural'))
  await clickAction(page, 'import')
  await page.waitForSelector(`${dialog}[open] ${textArea}`)
}

/** Focuses the text area and dispatches a paste event whose DataTransfer carries `data`. */
async function paste(page: Page, data: Record<string, string>): Promise<void> {
  await page.focus(textArea)
  await page.evaluate(
    ([selector, entries]) => {
      const transfer = new DataTransfer()
      for (const [type, value] of Object.entries(entries)) transfer.setData(type, value)
      const event = new ClipboardEvent('paste', {
        clipboardData: transfer,
        bubbles: true,
        cancelable: true,
      })
      document.querySelector(selector)?.dispatchEvent(event)
    },
    [textArea, data] as const,
  )
}

async function confirmImport(page: Page): Promise<void> {
  await page.click('[data-action="import-confirm"]')
  await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' })
}

/** Every input cell of the page against the expected values (blank where `blank` says). */
async function expectCells(page: Page, want: Expected, blank: readonly string[] = []) {
  const shown = await page.$$eval('input[data-cell]', (inputs) =>
    Object.fromEntries(
      inputs.map((input) => [input.getAttribute('data-cell'), (input as HTMLInputElement).value]),
    ),
  )
  expect(Object.keys(want.cells).sort()).toEqual([...INPUT_CELLS].sort())
  for (const key of INPUT_CELLS) {
    expect([key, shown[key]]).toEqual([key, blank.includes(key) ? '' : want.cells[key]])
  }
}

async function expectMeta(page: Page, want: Expected): Promise<void> {
  for (const [name, value] of Object.entries(want.meta)) {
    expect([name, await page.inputValue(field(`meta.${name}`))]).toEqual([name, String(value)])
  }
  expect(await page.inputValue(field('narrative.problems'))).toBe(want.narrative.problems)
}

/** A real report followed by prose, `length` characters in all (well below the 1 M cap). */
function paddedReport(length: number): string {
  const report = read('import/report.tabs.txt')
  const prose =
    '本机关坚持以公开为常态、不公开为例外，持续完善政务公开制度，推动公开内容更加全面规范。'
  return (report + '\n' + prose.repeat(length / prose.length)).slice(0, length)
}

const draftCount = (page: Page) =>
  page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zfxxgk.draft.')).length)

describe('the import dialog', () => {
  it('pasted tab-separated text becomes a new draft with every value; Esc and focus work', async () => {
    const app = await openApp()
    const { page } = app
    await page.waitForSelector(cell('table3.newReceived.natural'))
    await page.fill(field('meta.agencyName'), '已有的草稿')
    await expect.poll(() => draftCount(page)).toBe(1)

    await openDialog(page)
    await page.keyboard.press('Escape')
    await page.waitForSelector(`${dialog}:not([open])`, { state: 'attached' })
    // Focus goes back to what opened the dialog: 导入 itself, or the closed menu that holds it.
    const focused = await page.evaluate(() =>
      document.activeElement?.matches('[data-menu]')
        ? document.activeElement.parentElement?.querySelector('[data-action="import"]')
          ? 'menu holding import'
          : 'another menu'
        : document.activeElement?.getAttribute('data-action'),
    )
    expect(['import', 'menu holding import']).toContain(focused)

    await openDialog(page)
    await paste(page, { 'text/plain': read('import/report.tabs.txt') })
    expect(await page.inputValue(textArea)).toBe(read('import/report.tabs.txt'))
    expect(await page.locator('[data-status="import-html"]').count()).toBe(0)
    await page.waitForSelector('[data-panel="import-preview"]')
    expect(await page.locator('[data-panel="import-preview"] [data-found="false"]').count()).toBe(0)
    await confirmImport(page)

    await expectCells(page, EXPECTED)
    await expectMeta(page, EXPECTED)
    expect(await page.locator('[data-panel="import-preview"]').count()).toBe(0)
    expect(await page.locator('input[data-uncertain]').count()).toBe(0)
    // A new draft: the one being edited before is still there.
    await expect.poll(() => draftCount(page)).toBe(2)
    await page.click('[data-action="close-import-report"]')
    expect(await page.locator('[data-panel="import-report"]').count()).toBe(0)
    expect(app.foreignRequests).toEqual([])
  })

  it('a ~900,000-character paste is parsed without freezing the page, then previewed', async () => {
    const { page } = await openApp()
    await openDialog(page)
    const text = paddedReport(900_000)
    await paste(page, { 'text/plain': text })
    // Let the text area lay out its text first; the parse starts 200 ms after the paste.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))))
    await page.evaluate(() => {
      const gaps = { max: 0, frames: 0 }
      ;(window as unknown as { gaps: typeof gaps }).gaps = gaps
      let last = performance.now()
      const tick = (now: number) => {
        gaps.max = Math.max(gaps.max, now - last)
        gaps.frames++
        last = now
        if (!document.querySelector('[data-panel="import-preview"]')) requestAnimationFrame(tick)
      }
      requestAnimationFrame(tick)
    })
    await page.waitForSelector('[data-panel="import-preview"]', { timeout: 30_000 })
    const gaps = await page.evaluate(
      () => (window as unknown as { gaps: { max: number; frames: number } }).gaps,
    )
    // The parse takes about a second on this machine's main thread; in the worker the page
    // keeps drawing frames all along.
    expect(gaps.frames).toBeGreaterThan(5)
    expect(gaps.max).toBeLessThan(200)
    expect(await page.inputValue(textArea)).toHaveLength(text.length)
    await confirmImport(page)
    expect(await page.inputValue(cell('table3.newReceived.natural'))).toBe(
      EXPECTED.cells['table3.newReceived.natural'],
    )
  })

  it('a large paste is still parsed when the parsing worker cannot load', async () => {
    const { page } = await openApp({ allowErrors: true })
    await page.route('**/importParse.worker*', (route) => route.abort())
    await openDialog(page)
    const text = paddedReport(300_000)
    await paste(page, { 'text/plain': text })
    await page.waitForSelector('[data-panel="import-preview"]', { timeout: 30_000 })
    expect(await page.inputValue(textArea)).toHaveLength(text.length)
    await confirmImport(page)
    expect(await page.inputValue(cell('table3.newReceived.natural'))).toBe(
      EXPECTED.cells['table3.newReceived.natural'],
    )
  })

  it('a paste carrying text/html reads the web page tables', async () => {
    const { page } = await openApp()
    await openDialog(page)
    const html = read('import/report.html.txt')
    // What a browser puts beside the HTML: the page's text, with the tables flattened.
    const plain = html
      .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/[ \t]+/g, ' ')
    await paste(page, { 'text/plain': plain, 'text/html': html })
    await page.waitForSelector('[data-status="import-html"]')
    expect(await page.textContent('[data-status="import-html"]')).toContain('已识别网页表格')
    await expect
      .poll(() => page.textContent('[data-panel="import-preview"]'))
      .toContain('表三（网页表格）')
    await confirmImport(page)
    await expectCells(page, EXPECTED)
    expect(await page.inputValue(field('meta.agencyName'))).toBe(EXPECTED.meta.agencyName)
  })

  it('marks the cells of an ambiguous collapsed row until they are confirmed', async () => {
    const { page } = await openApp()
    await openDialog(page)
    await paste(page, { 'text/plain': read('import/report.collapsed-ambiguous.txt') })
    await expect
      .poll(() => page.locator(`${dialog} [data-count="I2"]`).textContent())
      .toContain('2')
    await confirmImport(page)

    // The new draft and its findings are drawn after the dialog closes: wait for them.
    const i2 = page.locator(`${review} button[data-rule="I2"]`)
    await expect.poll(() => i2.count()).toBe(2)
    await expectCells(page, AMBIGUOUS, I2_CELLS)
    expect(await page.locator('[data-rule="I2"]').count()).toBe(2)
    const marked = () =>
      page.$$eval('input[data-uncertain="true"]', (inputs) =>
        inputs.map((input) => input.getAttribute('data-cell')).sort(),
      )
    expect(await marked()).toEqual([...I2_CELLS].sort())

    // Activating the finding goes to its cell; typing there confirms that cell only.
    // Polled, not read once: on a busy machine focus and the re-render land a frame later.
    await i2.first().click()
    const focusedCell = () =>
      page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null)
    await expect.poll(focusedCell).toMatch(/^table/)
    const focused = await focusedCell()
    expect(I2_CELLS).toContain(focused)
    await page.keyboard.type('1')
    await expect.poll(marked).toEqual(I2_CELLS.filter((key) => key !== focused).sort())

    // Still marked after a reload: the import report is kept with the draft.
    await page.reload()
    await page.waitForSelector(cell('table3.newReceived.natural'))
    await expect.poll(marked).toHaveLength(7)
    expect(await page.locator('[data-action="close-import-report"]').count()).toBe(0)

    await page.click('[data-action="confirm-all-imported"]')
    await expect.poll(marked).toEqual([])
    expect(await page.locator('[data-rule="I2"]').count()).toBe(0)
    await page.click('[data-action="close-import-report"]')
    expect(await page.locator('[data-panel="import-report"]').count()).toBe(0)
  })

  it('imports the seed with its values, and reports a 2019-format source as I1', async () => {
    const { page } = await openApp()
    await openDialog(page)
    const seed = read('seed-report-2021.txt')
    await paste(page, { 'text/plain': seed })
    await confirmImport(page)
    expect(await page.inputValue(field('meta.agencyName'))).toBe('市知识产权事业发展中心')
    expect(await page.inputValue(field('meta.year'))).toBe('2021')
    // The seed has one number per line, every table cell (inputs and totals) in reading order.
    for (const [table, from, to] of [
      ['table2', '二、主动公开政府信息情况', '三、收到和处理政府信息公开申请情况'],
      ['table3', '三、收到和处理政府信息公开申请情况', '四、政府信息公开行政复议'],
      ['table4', '四、政府信息公开行政复议', '五、存在的主要问题及改进情况'],
    ] as const) {
      const start = seed.indexOf(from)
      const numbers = seed
        .slice(start, seed.indexOf(to, start + 1))
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => /^\d+(\.\d+)?$/.test(line))
      const shown = await page.$$eval(`[data-cell^="${table}."]`, (cells) =>
        cells.map((c) => (c instanceof HTMLInputElement ? c.value : (c.textContent ?? '').trim())),
      )
      expect([table, shown]).toEqual([table, numbers])
    }

    await openDialog(page)
    await paste(page, { 'text/plain': read('import/report-2019.txt') })
    await confirmImport(page)
    expect(await page.locator(`${review} button[data-rule="I1"]`).count()).toBe(1)
  })

  it('opens an .html file and refuses one over 5 MB', async () => {
    const { page } = await openApp()
    await openDialog(page)
    const input = '[data-action="import-report-file"]'
    await page.setInputFiles(input, {
      name: 'big.txt',
      mimeType: 'text/plain',
      buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x41),
    })
    await page.waitForSelector(`${dialog} [role="alert"]`)
    expect(await page.textContent(`${dialog} [role="alert"]`)).toContain('5 MB')
    expect(await page.inputValue(textArea)).toBe('')

    await page.setInputFiles(input, {
      name: 'report.html',
      mimeType: 'text/html',
      buffer: Buffer.from(read('import/report.html.txt')),
    })
    await page.waitForSelector('[data-status="import-html"]')
    await confirmImport(page)
    await expectCells(page, EXPECTED)
  })
})

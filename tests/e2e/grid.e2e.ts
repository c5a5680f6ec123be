// Spreadsheet-grade entry in Chromium: arrow keys, Enter, range selection, Delete, Ctrl+C, and
// pasting a tab-separated block from Excel/WPS through a real paste event.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp } from './support/app'
import { cell } from './support/report'

async function openEditor() {
  const app = await openApp()
  await app.page.waitForSelector(cell('table3.newReceived.natural'))
  return app
}

const focused = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.cell ?? null)

async function paste(page: Page, key: string, text: string): Promise<void> {
  await page.focus(cell(key))
  await page.evaluate(
    ([selector, data]) => {
      const target = document.querySelector(selector!)!
      const transfer = new DataTransfer()
      transfer.setData('text/plain', data!)
      target.dispatchEvent(
        new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
      )
    },
    [cell(key), text],
  )
}

async function values(page: Page, keys: string[]): Promise<string[]> {
  return Promise.all(keys.map((key) => page.inputValue(cell(key))))
}

describe('grid keys', () => {
  it('arrows move between input cells and skip totals; Enter moves down; Home/End stay in the row', async () => {
    const { page } = await openEditor()
    await page.fill(cell('table3.newReceived.natural'), '5')
    await page.focus(cell('table3.newReceived.natural'))
    // A cell holding a value is in navigation mode: the arrow leaves it.
    await page.keyboard.press('ArrowRight')
    expect(await focused(page)).toBe('table3.newReceived.commercial')
    await page.keyboard.press('ArrowDown')
    expect(await focused(page)).toBe('table3.carriedOver.commercial')
    await page.keyboard.press('Enter')
    expect(await focused(page)).toBe('table3.disclosed.commercial')
    await page.keyboard.press('End')
    expect(await focused(page)).toBe('table3.disclosed.otherOrg')
    await page.keyboard.press('ArrowRight')
    expect(await focused(page), 'the 总计 column is skipped, the edge stops').toBe(
      'table3.disclosed.otherOrg',
    )
    await page.keyboard.press('Home')
    expect(await focused(page)).toBe('table3.disclosed.natural')
    await page.focus(cell('table3.otherOther.research'))
    await page.keyboard.press('ArrowDown')
    expect(await focused(page), 'the derived （七）总计 row is skipped').toBe(
      'table3.carriedForward.research',
    )
    await page.keyboard.press('Tab')
    expect(await focused(page)).toBe('table3.carriedForward.publicInterest')
    await page.keyboard.press('Shift+Tab')
    expect(await focused(page)).toBe('table3.carriedForward.research')
  })

  it('typing replaces a value; F2 edits it with the caret', async () => {
    const { page } = await openEditor()
    const key = 'table3.disclosed.natural'
    await page.fill(cell(key), '12')
    await page.focus(cell('table3.partiallyDisclosed.natural'))
    await page.keyboard.press('ArrowUp')
    await page.keyboard.type('7')
    expect(await page.inputValue(cell(key))).toBe('7')
    await page.keyboard.press('F2')
    await page.keyboard.press('ArrowLeft')
    expect(await focused(page), 'in edit mode the arrow moves the caret').toBe(key)
    await page.keyboard.type('3')
    expect(await page.inputValue(cell(key))).toBe('37')
    await page.keyboard.press('Enter')
    expect(await focused(page)).toBe('table3.partiallyDisclosed.natural')
  })

  it('Shift+arrows select a range; Delete clears it; Ctrl+C copies it as TSV', async () => {
    const { page } = await openEditor()
    await paste(page, 'table4.reconsideration.upheld', '1\t2\t3')
    // A click starts a new selection at the clicked cell (the paste left its block selected).
    await page.click(cell('table4.reconsideration.upheld'))
    expect(await page.locator('[data-selected="true"]').count()).toBe(0)
    await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Shift+ArrowRight')
    expect(await page.locator('[data-selected="true"]').count()).toBe(3)
    const copied = await page.evaluate(() => {
      const transfer = new DataTransfer()
      document.activeElement!.dispatchEvent(
        new ClipboardEvent('copy', { clipboardData: transfer, bubbles: true, cancelable: true }),
      )
      return transfer.getData('text/plain')
    })
    expect(copied).toBe('1\t2\t3')
    await page.keyboard.press('Delete')
    expect(
      await values(page, [
        'table4.reconsideration.upheld',
        'table4.reconsideration.corrected',
        'table4.reconsideration.other',
      ]),
    ).toEqual(['', '', ''])
  })
})

describe('pasting a block from Excel/WPS', () => {
  it('a 2×3 block fills exactly those six cells, normalised as V1 does, and undoes in one step', async () => {
    const { page } = await openEditor()
    await paste(page, 'table3.disclosed.commercial', '1\t２\t1,234\r\n4\t 5 \t6\r\n')
    const block = [
      'table3.disclosed.commercial',
      'table3.disclosed.research',
      'table3.disclosed.publicInterest',
      'table3.partiallyDisclosed.commercial',
      'table3.partiallyDisclosed.research',
      'table3.partiallyDisclosed.publicInterest',
    ]
    expect(await values(page, block)).toEqual(['1', '2', '1234', '4', '5', '6'])
    const filled = await page
      .locator('input[data-cell]')
      .evaluateAll(
        (inputs) => inputs.filter((input) => (input as HTMLInputElement).value !== '').length,
      )
    expect(filled).toBe(6)
    expect(await page.textContent(cell('table3.disclosed.total'))).toBe('1237')
    await page.keyboard.press('Control+z')
    expect(await values(page, block)).toEqual(['', '', '', '', '', ''])
  })

  it.each([
    ['a block holding a word', 'table3.disclosed.natural', '1\t2\n3\tabc', 'abc'],
    ['a block running into the 总计 column', 'table3.disclosed.legal', '1\t2\t3', '自动合计'],
  ])('refuses %s, names the problem, and changes nothing', async (_, key, text, named) => {
    const { page } = await openEditor()
    await paste(page, key, text)
    const message = page.locator('[data-status="grid-message-table3"]')
    await expect.poll(() => message.textContent()).toContain(named)
    expect(await message.textContent()).toContain('未粘贴')
    const filled = await page
      .locator('input[data-cell]')
      .evaluateAll(
        (inputs) => inputs.filter((input) => (input as HTMLInputElement).value !== '').length,
      )
    expect(filled).toBe(0)
  })
})

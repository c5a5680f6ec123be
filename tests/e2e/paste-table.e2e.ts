// Pasting a whole table as a spreadsheet lays it out like the printed format: inputs are filled
// wherever the paste lands, totals are compared, and the message sits next to the focused cell.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp } from './support/app'
import { TABLE3_COLUMNS, TABLE3_RESULT_ROWS, cell } from './support/report'

async function paste(page: Page, key: string, text: string): Promise<void> {
  await page.focus(cell(key))
  await page.evaluate(
    ([selector, data]) => {
      const transfer = new DataTransfer()
      transfer.setData('text/plain', data!)
      document
        .querySelector(selector!)!
        .dispatchEvent(
          new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }),
        )
    },
    [cell(key), text],
  )
}

/** A 25 × 7 copy of table 3: rows 1, 2, the 21 results, （七）总计, 四; the 总计 column last. */
function table3AsPrinted(): { tsv: string; value: (row: string, column: string) => number } {
  const value = (row: string, column: string) =>
    (row.length * 7 + TABLE3_COLUMNS.indexOf(column as never) * 3) % 11
  const rows = [
    'newReceived',
    'carriedOver',
    ...TABLE3_RESULT_ROWS,
    'resultsTotal',
    'carriedForward',
  ]
  const lines = rows.map((row) => {
    const parts = TABLE3_COLUMNS.map((column) =>
      row === 'resultsTotal'
        ? TABLE3_RESULT_ROWS.reduce((sum, r) => sum + value(r, column), 0)
        : value(row, column),
    )
    const total = parts.reduce((a, b) => a + b, 0)
    // One stated total is wrong, as in some published reports: it must be named.
    return [...parts, row === 'carriedOver' ? total + 5 : total].join('\t')
  })
  return { tsv: lines.join('\r\n') + '\r\n', value }
}

describe('a whole table pasted as printed', () => {
  it('25 × 7 into any cell of table 3 fills the 144 inputs, names a wrong stated total beside the cell, and the message goes with the next edit', async () => {
    const { page } = await openApp()
    await page.waitForSelector(cell('table3.newReceived.natural'))
    const { tsv, value } = table3AsPrinted()
    const at = 'table3.withheldProcess.legal'
    await paste(page, at, tsv)

    const message = page.locator('[data-status="grid-message-table3"]')
    await expect.poll(() => message.textContent()).toContain('已按整张表（25行×7列）粘贴')
    const text = (await message.textContent()) ?? ''
    expect(text).toContain('二、上年结转政府信息公开申请数量 总计')
    expect(text, 'only the wrong total is named').not.toContain(
      '一、本年新收政府信息公开申请数量 总计',
    )

    expect(await page.inputValue(cell('table3.newReceived.natural'))).toBe(
      String(value('newReceived', 'natural')),
    )
    expect(await page.inputValue(cell('table3.carriedForward.otherOrg'))).toBe(
      String(value('carriedForward', 'otherOrg')),
    )
    const filled = await page
      .locator('[data-table="table3"] input[data-cell]')
      .evaluateAll((inputs) => inputs.filter((i) => (i as HTMLInputElement).value !== '').length)
    expect(filled).toBe(144)
    const sum = TABLE3_RESULT_ROWS.reduce((s, r) => s + value(r, 'research'), 0)
    expect(await page.textContent(cell('table3.resultsTotal.research'))).toBe(String(sum))

    // Next to the focused cell: just below it, and inside the window.
    const cellBox = (await page.locator(cell(at)).boundingBox())!
    const messageBox = (await message.boundingBox())!
    expect(messageBox.y - (cellBox.y + cellBox.height)).toBeGreaterThanOrEqual(0)
    expect(messageBox.y - (cellBox.y + cellBox.height)).toBeLessThan(12)
    expect(messageBox.y + messageBox.height).toBeLessThan(page.viewportSize()!.height)

    await page.fill(cell('table3.newReceived.natural'), '9')
    await expect.poll(() => message.textContent()).toBe('')
    expect(await message.isVisible()).toBe(false)
  })

  it('table 4 as three rows of 5 fills the twelve inputs and checks the three totals', async () => {
    const { page } = await openApp()
    await page.waitForSelector(cell('table4.reconsideration.upheld'))
    await paste(
      page,
      'table4.litigationDirect.other',
      '1\t2\t0\t1\t4\n0\t0\t3\t0\t3\n2\t2\t2\t2\t9\n',
    )
    const message = page.locator('[data-status="grid-message-table4"]')
    await expect.poll(() => message.textContent()).toContain('3行×5列')
    expect(await message.textContent()).toContain('复议后起诉')
    expect(await message.textContent()).toContain('粘贴为9，按各项计算为8')
    expect(await page.inputValue(cell('table4.litigationAfterReconsideration.pending'))).toBe('2')
    expect(await page.textContent(cell('table4.reconsideration.total'))).toBe('4')
  })
})

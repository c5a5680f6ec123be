// End-to-end tests of the editor against the page hooks of spec §7, in Chromium, on dist/.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { openApp } from './support/app'
import {
  COLUMN_LABELS,
  INPUT_CELLS,
  TABLE3_COLUMNS,
  TABLE3_INPUT_ROWS,
  balancedReport,
  cell,
  field,
  fillCells,
  rowSum,
} from './support/report'

const r1 = '[data-panel="review"] button[data-rule="R1"]'

async function openEditor() {
  const app = await openApp()
  await app.page.waitForSelector(cell('table3.newReceived.natural'))
  return app
}

const text = (page: Page, key: string) => page.textContent(cell(key)).then((t) => t?.trim() ?? '')
const invalid = (page: Page, selector: string) => page.getAttribute(selector, 'aria-invalid')
const r1Texts = (page: Page) => page.locator(r1).allTextContents()

describe('a first visit', () => {
  it('shows an editable, empty report under a sub-path', async () => {
    const { page, url } = await openEditor()
    expect(new URL(page.url()).pathname).toBe(new URL(url).pathname)
    const inputs = page.locator('input[data-cell]')
    expect(await inputs.count()).toBe(INPUT_CELLS.length)
    for (const key of INPUT_CELLS) {
      const input = page.locator(cell(key))
      // Counts are numeric; the fee (a decimal in 万元) may ask for a decimal keypad.
      const modes = key === 'table2.fees.amountWan' ? ['numeric', 'decimal'] : ['numeric']
      expect(modes, key).toContain(await input.getAttribute('inputmode'))
      expect(await input.inputValue(), key).toBe('')
      expect(await input.isEditable(), key).toBe(true)
    }
    for (const key of ['table3.newReceived.total', 'table3.resultsTotal.total']) {
      expect(await text(page, key), key).toBe('')
    }
    await expect
      .poll(() => page.textContent('[data-status="filled-count"]'))
      .toContain('已填 0 / 166')
    await page.fill(field('meta.agencyName'), '市知识产权事业发展中心')
    expect(await page.inputValue(field('meta.agencyName'))).toBe('市知识产权事业发展中心')
    await page.fill(field('narrative.problems'), '一是……二是……')
    expect(await page.inputValue(field('narrative.problems'))).toBe('一是……二是……')
    expect(await r1Texts(page)).toEqual([])
  })
})

describe('a fully balanced report', () => {
  it('has no R1 finding and correct derived totals', async () => {
    const { page } = await openEditor()
    const values = balancedReport()
    await fillCells(page, values)
    await expect
      .poll(() => page.textContent('[data-status="filled-count"]'))
      .toContain('已填 166 / 166')
    expect(await r1Texts(page)).toEqual([])
    for (const row of ['newReceived', 'carriedOver', 'carriedForward']) {
      expect(await text(page, `table3.${row}.total`), row).toBe(String(rowSum(values, row)))
    }
    for (const col of TABLE3_COLUMNS) {
      const expected =
        Number(values.get(`table3.newReceived.${col}`)) +
        Number(values.get(`table3.carriedOver.${col}`)) -
        Number(values.get(`table3.carriedForward.${col}`))
      expect(await text(page, `table3.resultsTotal.${col}`), col).toBe(String(expected))
    }
    const reconsideration = ['upheld', 'corrected', 'other', 'pending'].reduce(
      (sum, col) => sum + Number(values.get(`table4.reconsideration.${col}`)),
      0,
    )
    expect(await text(page, 'table4.reconsideration.total')).toBe(String(reconsideration))
    for (const key of INPUT_CELLS) expect(await invalid(page, cell(key)), key).not.toBe('true')
  })

  for (const col of ['natural', 'commercial', 'legal'] as const) {
    it(`shows R1 for the ${col} column when it no longer balances, and clears it when mended`, async () => {
      const { page } = await openEditor()
      const values = balancedReport()
      await fillCells(page, values)
      const key = `table3.newReceived.${col}`
      const original = values.get(key) ?? ''
      await page.fill(cell(key), String(Number(original) + 1))

      await expect
        .poll(() => r1Texts(page))
        .toContainEqual(expect.stringContaining(COLUMN_LABELS[col]))
      expect(await invalid(page, cell(key))).toBe('true')
      for (const other of TABLE3_COLUMNS.filter((c) => c !== col)) {
        expect(await invalid(page, cell(`table3.newReceived.${other}`)), other).not.toBe('true')
      }

      await page.fill(cell(key), original)
      await expect.poll(() => r1Texts(page)).toEqual([])
      expect(await invalid(page, cell(key))).not.toBe('true')
    })
  }

  it('focuses a cell of the column when its R1 finding is clicked', async () => {
    const { page } = await openEditor()
    const values = balancedReport()
    await fillCells(page, values)
    await page.fill(cell('table3.carriedForward.research'), '999')
    await page.locator(cell('table4.reconsideration.upheld')).focus()
    const finding = page.locator(r1, { hasText: COLUMN_LABELS.research })
    await finding.first().click()
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell') ?? null))
      .toMatch(/^table3\.\w+\.research$/)
  })
})

describe('number entry', () => {
  const bad = ['−1', '-1', '1.5', 'abc', '/', '无', '12元', '1e3']

  for (const value of bad) {
    it(`marks "${value}" in a count invalid, keeps it as typed and shows no NaN`, async () => {
      const { page } = await openEditor()
      await page.fill(cell('table3.newReceived.commercial'), '5')
      await page.fill(cell('table3.newReceived.natural'), value)
      await page.fill(cell('table4.reconsideration.upheld'), value)
      await page.locator(cell('table4.reconsideration.upheld')).blur()
      for (const key of ['table3.newReceived.natural', 'table4.reconsideration.upheld']) {
        await expect.poll(() => invalid(page, cell(key)), { message: key }).toBe('true')
        expect(await page.inputValue(cell(key)), key).toBe(value)
      }
      for (const key of [
        'table3.newReceived.total',
        'table3.resultsTotal.total',
        'table4.reconsideration.total',
      ]) {
        expect(await text(page, key), key).not.toMatch(/NaN|undefined|Infinity|null/)
      }
    })
  }

  const good: [string, string][] = [
    ['１２', '12'],
    ['1,234', '1234'],
    [' 12 ', '12'],
  ]
  for (const [typed, number] of good) {
    it(`accepts "${typed}" as ${number}`, async () => {
      const { page } = await openEditor()
      // Balanced in its column, so no rule is broken: newReceived = disclosed.
      await page.fill(cell('table3.newReceived.natural'), typed)
      await page.fill(cell('table3.disclosed.natural'), number)
      await page.fill(cell('table4.reconsideration.upheld'), typed)
      await expect.poll(() => text(page, 'table3.newReceived.total')).toBe(number)
      expect(await text(page, 'table4.reconsideration.total')).toBe(number)
      expect(await invalid(page, cell('table3.newReceived.natural'))).not.toBe('true')
      expect(await invalid(page, cell('table4.reconsideration.upheld'))).not.toBe('true')
      expect(await r1Texts(page)).toEqual([])
    })
  }

  it('accepts fee amounts with up to 6 decimals, kept as typed', async () => {
    const { page } = await openEditor()
    for (const amount of ['4068.208', '24252.311082', '0', '9116.36']) {
      await page.fill(cell('table2.fees.amountWan'), amount)
      await page.locator(cell('table2.fees.amountWan')).blur()
      expect(await invalid(page, cell('table2.fees.amountWan')), amount).not.toBe('true')
      expect(await page.inputValue(cell('table2.fees.amountWan'))).toBe(amount)
    }
  })
})

describe('fill zero', () => {
  it('fills every blank number cell with 0 and keeps typed ones', async () => {
    const { page } = await openEditor()
    const typed = new Map([
      ['table3.newReceived.natural', '7'],
      ['table3.disclosed.natural', '7'],
      ['table2.fees.amountWan', '1.5'],
    ])
    await fillCells(page, typed)
    await expect
      .poll(() => page.textContent('[data-status="filled-count"]'))
      .toContain('已填 3 / 166')
    await page.click('[data-action="fill-zero"]')
    await expect
      .poll(() => page.textContent('[data-status="filled-count"]'))
      .toContain('已填 166 / 166')
    for (const key of INPUT_CELLS) {
      expect(await page.inputValue(cell(key)), key).toBe(typed.get(key) ?? '0')
    }
    expect(await text(page, 'table3.newReceived.total')).toBe('7')
    expect(await text(page, 'table3.carriedForward.total')).toBe('0')
    expect(await r1Texts(page)).toEqual([])
  })
})

describe('privacy', () => {
  it('makes no request to any other host while loading and editing', async () => {
    const app = await openEditor()
    await fillCells(
      app.page,
      new Map(TABLE3_INPUT_ROWS.map((row) => [`table3.${row}.natural`, '1'])),
    )
    await app.page.waitForLoadState('networkidle')
    expect(app.requests.length).toBeGreaterThan(0)
    expect(app.foreignRequests).toEqual([])
  })
})

// The ledger step and the sentences from the tables (issue 23, spec §6c/§7): a ledger opened
// through the file input beside table 3 or 4 asks what it cannot place, fills the table as one
// undoable step, and 按表格数据写入 writes sentences that W3 agrees with, replacing only a
// disagreeing sentence.
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { clickAction, openApp } from './support/app'
import { cell, field, TABLE3_INPUT_ROWS } from './support/report'
import { casesXlsx, cityXls, type LedgerFixture } from '../fixtures/ledgers/ledgerFixtures'

const TABLE3_COLUMNS = ['natural', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg']
const TABLE3_CELLS = TABLE3_INPUT_ROWS.flatMap((row) =>
  TABLE3_COLUMNS.map((c) => `table3.${row}.${c}`),
)
const TABLE4_CELLS = [
  'reconsideration',
  'litigationDirect',
  'litigationAfterReconsideration',
].flatMap((group) => ['upheld', 'corrected', 'other', 'pending'].map((c) => `table4.${group}.${c}`))

const ready = (page: Page) => page.waitForSelector(cell('table3.newReceived.natural'))
const inputs = (page: Page, keys: readonly string[]) =>
  Promise.all(keys.map((key) => page.inputValue(cell(key))))

async function openLedger(
  page: Page,
  kind: 'applications' | 'cases' | 'first',
  fixture: LedgerFixture,
) {
  const input =
    kind === 'first'
      ? '[data-action="import-ledger"]'
      : `[data-action="import-ledger"][data-ledger-kind="${kind}"]`
  await page.setInputFiles(input, {
    name: fixture.name,
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(fixture.bytes),
  })
  await page.waitForSelector('[data-dialog="ledger"] [data-ledger-cell]')
}

describe('a ledger fills table 3 or 4', () => {
  it('asks the unknown wording, applies as one step (R1 holds), undo restores the draft exactly; the answer is remembered', async () => {
    const { page } = await openApp()
    await ready(page)
    const fixture = cityXls()
    await page.selectOption(field('meta.year'), String(fixture.year))
    await page.fill(cell('table3.disclosed.natural'), '5')
    await page.fill(cell('table3.newReceived.legal'), '12元')
    await page.fill(cell('table4.reconsideration.upheld'), '2')
    const before = await inputs(page, [...TABLE3_CELLS, ...TABLE4_CELLS])

    await openLedger(page, 'applications', fixture)
    const asked = page.locator('[data-dialog="ledger"] [data-ledger-value]')
    expect(
      await asked.evaluateAll((els) => els.map((e) => e.getAttribute('data-ledger-value'))),
    ).toEqual(fixture.asked)
    expect(await page.isDisabled('[data-action="ledger-apply"]')).toBe(true)
    // The row outside the table's reach is listed by its row number.
    expect(
      await page
        .locator('[data-ledger-skipped]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-ledger-skipped'))),
    ).toEqual(fixture.skippedRows.map(String))
    // The current table is shown beside the ledger's, cell by cell.
    expect(await page.textContent('[data-ledger-cell="table3.newReceived.legal"]')).toContain(
      '现有?',
    )

    await page.selectOption('[data-ledger-value="视为放弃申请"]', 'otherOther')
    await page.click('[data-action="ledger-apply"]')
    await page.waitForSelector('[data-dialog="ledger"]', { state: 'hidden' })

    expect(await inputs(page, TABLE3_CELLS)).toEqual(
      TABLE3_CELLS.map((key) => String(fixture.expected[key] ?? 0)),
    )
    expect(await page.inputValue(cell('table4.reconsideration.upheld'))).toBe('2')
    expect(await page.locator('[data-rule="R1"]').count()).toBe(0)
    expect(await page.textContent(cell('table3.resultsTotal.total'))).toBe('8')
    // Each cell says which ledger rows it counts (the sheet's row numbers).
    expect(await page.getAttribute(cell('table3.newReceived.natural'), 'data-ledger-rows')).toBe(
      '3 8',
    )
    expect(await page.getAttribute(cell('table3.otherOther.commercial'), 'title')).toBe(
      `按台账“${fixture.name}”第10行统计`,
    )

    await clickAction(page, 'undo')
    await expect.poll(() => inputs(page, [...TABLE3_CELLS, ...TABLE4_CELLS])).toEqual(before)

    // The answer is remembered in this browser: the same wording is not asked again.
    await openLedger(page, 'applications', fixture)
    expect(await page.locator('[data-ledger-value]').count()).toBe(0)
    expect(await page.isDisabled('[data-action="ledger-apply"]')).toBe(false)
    await page.keyboard.press('Escape')
    await page.waitForSelector('[data-dialog="ledger"]', { state: 'hidden' })
  })

  it('a case ledger fills table 4 and keeps table 3, even when opened beside table 3', async () => {
    const { page } = await openApp()
    await ready(page)
    const fixture = casesXlsx()
    await page.selectOption(field('meta.year'), String(fixture.year))
    await page.fill(cell('table3.disclosed.natural'), '5')
    await openLedger(page, 'first', fixture)
    expect(await page.textContent('#ledger-dialog-title')).toBe('从台账统计表四')
    await page.selectOption('[data-ledger-value="驳回诉讼请求"]', 'upheld')
    await page.click('[data-action="ledger-apply"]')
    await page.waitForSelector('[data-dialog="ledger"]', { state: 'hidden' })
    expect(await inputs(page, TABLE4_CELLS)).toEqual(
      TABLE4_CELLS.map((key) => String(fixture.expected[key] ?? 0)),
    )
    expect(await page.inputValue(cell('table3.disclosed.natural'))).toBe('5')
    // Stored: the applied table survives a reload.
    await expect
      .poll(() =>
        page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith('zfxxgk.draft.'))),
      )
      .toBe(true)
    await page.reload()
    await ready(page)
    await expect
      .poll(() => inputs(page, TABLE4_CELLS))
      .toEqual(TABLE4_CELLS.map((key) => String(fixture.expected[key] ?? 0)))
  })
})

describe('a ledger whose columns are unclear', () => {
  it('asks for the columns in a form (validated), then counts by the columns chosen', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.selectOption(field('meta.year'), '2025')
    const csv = [
      '申请人类型,收到日期,受理日期,办理结果',
      '个人,2025/3/1,2025/3/2,同意公开',
      '企业,2025/4/1,2025/4/3,',
      '个人,2024/12/30,2025/1/2,同意公开',
    ].join('\n')
    await page.setInputFiles('[data-action="import-ledger"][data-ledger-kind="applications"]', {
      name: '台账.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    })
    await page.waitForSelector('[data-form="ledger-columns"]')
    expect(await page.isDisabled('[data-action="ledger-apply"]')).toBe(true)
    // Two columns could be 收到日期 and none is 答复日期: the user says which, or “none”.
    await page.selectOption('[data-ledger-column="received"]', '1')
    await page.selectOption('[data-ledger-column="outcome"]', '1')
    await page.click('[data-action="ledger-columns-confirm"]')
    await page.waitForSelector(
      '[data-form="ledger-columns"] [role="alert"]:text("两项不能选同一列")',
    )
    await page.selectOption('[data-ledger-column="outcome"]', '3')
    await page.selectOption('[data-ledger-column="answered"]', '-1')
    await page.click('[data-action="ledger-columns-confirm"]')
    await page.waitForSelector('[data-ledger-cell]')
    await page.click('[data-action="ledger-apply"]')
    await page.waitForSelector('[data-dialog="ledger"]', { state: 'hidden' })
    expect(await page.inputValue(cell('table3.newReceived.natural'))).toBe('1')
    expect(await page.inputValue(cell('table3.disclosed.natural'))).toBe('1')
    expect(await page.inputValue(cell('table3.carriedForward.commercial'))).toBe('1')
    // Received last year with no 答复日期 column: which year it was answered in is unknown.
    expect(await page.inputValue(cell('table3.carriedOver.natural'))).toBe('0')
  })
})

describe('sentences from the tables', () => {
  const FIELDS = [
    'narrative.overview.proactive',
    'narrative.overview.onRequest',
    'narrative.overview.oversight',
  ]

  async function fillTables(page: Page): Promise<void> {
    const values: Record<string, string> = {
      'table2.normativeDocuments.issued': '12',
      'table2.normativeDocuments.inForce': '120',
      'table2.licensing.decisions': '530',
      'table3.newReceived.natural': '90',
      'table3.newReceived.commercial': '5',
      'table3.disclosed.natural': '80',
      'table3.partiallyDisclosed.commercial': '5',
      'table3.unavailableNotHeld.natural': '7',
      'table3.carriedForward.natural': '3',
      'table4.reconsideration.upheld': '1',
      'table4.litigationDirect.pending': '2',
    }
    for (const [key, value] of Object.entries(values)) await page.fill(cell(key), value)
  }

  it('a sentence inserted into each of the three fields agrees with the tables (no W3), at the cursor', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.selectOption(field('meta.year'), '2025')
    await fillTables(page)
    for (const path of FIELDS) {
      await page.fill(field(path), '前文。后文。')
      // Cursor after “前文。”.
      await page.focus(field(path))
      await page.evaluate((selector) => {
        const area = document.querySelector<HTMLTextAreaElement>(selector)!
        area.setSelectionRange(3, 3)
      }, field(path))
      await page.click(`[data-action="insert-data-sentence"][data-field-target="${path}"]`)
      await expect.poll(() => page.inputValue(field(path))).toMatch(/^前文。2025年，.+。后文。$/)
    }
    expect(await page.inputValue(field('narrative.overview.onRequest'))).toContain(
      '共收到政府信息公开申请95件',
    )
    expect(await page.inputValue(field('narrative.overview.oversight'))).toContain('行政复议1件')
    expect(await page.locator('[data-rule="W3"]').count()).toBe(0)
  })

  it('a disagreeing sentence is replaced alone, on the user’s confirmation, and undo restores it', async () => {
    const { page } = await openApp()
    await ready(page)
    await page.selectOption(field('meta.year'), '2025')
    await fillTables(page)
    const path = 'narrative.overview.onRequest'
    const original =
      '我局高度重视依申请公开工作。全年受理政府信息公开申请17件，均按时答复。无超期答复情况。'
    await page.fill(field(path), original)
    await page.waitForSelector('[data-rule="W3"]')
    await page.click(`[data-action="insert-data-sentence"][data-field-target="${path}"]`)
    await page.waitForSelector('[data-dialog="confirm"] [data-action="confirm-ok"]')
    // Nothing changes before the user confirms.
    expect(await page.inputValue(field(path))).toBe(original)
    await page.click('[data-action="confirm-ok"]')
    await expect
      .poll(() => page.inputValue(field(path)))
      .toBe(
        '我局高度重视依申请公开工作。2025年，本机关共收到政府信息公开申请95件，其中自然人90件、商业企业5件。无超期答复情况。',
      )
    await expect.poll(() => page.locator('[data-rule="W3"]').count()).toBe(0)
    await clickAction(page, 'undo')
    await expect.poll(() => page.inputValue(field(path))).toBe(original)
  })
})

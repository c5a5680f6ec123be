// The review round (issue 20), in Chromium through the spec's hooks: a resubmission becomes the
// current version of its report (本级汇总 counts the agency once, and refuses it twice); the
// workspace's 审核意见 (.json + .docx) of a report with R1, V2 and a reviewer's own note, opened
// in the editor holding that draft, lists the notes at their places, marks the R1 note done once
// its cell is edited, and the next version's comparison shows it addressed.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import type { Download, Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { clickAction, openApp } from './support/app'
import { cell, field } from './support/report'
import { draftDocument, generateDrafts, type GeneratedDraft } from './support/workspaceDrafts'

const YEAR = 2026
const dir = mkdtempSync(join(tmpdir(), 'review-round-'))
const row = (agency: string) => `[data-report-row][data-agency="${agency}"]`

async function openWorkspace(page: Page): Promise<void> {
  await page.goto(`${page.url().split('#')[0]}#/workspace`)
  await page.waitForSelector('[data-view="workspace"]')
  await expect
    .poll(() => page.textContent('[data-status="workspace-usage"]'))
    .toContain('工作台共有')
}

function writeDraft(draft: GeneratedDraft, i: number, name = draft.fileName): string {
  const path = join(dir, name)
  writeFileSync(path, JSON.stringify(draftDocument(draft, i), null, 2))
  return path
}

async function saveDownload(download: Download): Promise<string> {
  const path = join(dir, download.suggestedFilename())
  await download.saveAs(path)
  return path
}

const sumOf = (drafts: readonly GeneratedDraft[], key: string) =>
  String(drafts.reduce((sum, d) => sum + Number(d.cells.get(key) ?? 0), 0))

describe('versions of one report in the workspace', () => {
  it('keeps the resubmission as the one current row, and 本级汇总 counts the agency once', async () => {
    const { page } = await openApp()
    await openWorkspace(page)
    // 第1版 of the first agency breaks R1; its corrected 第2版 comes later in another batch.
    const [first, ...others] = generateDrafts(3, YEAR, new Map([[0, 'R1']]))
    const corrected = generateDrafts(1, YEAR, new Map())[0]!
    expect(corrected.agencyName).toBe(first!.agencyName)
    await page.setInputFiles('[data-action="workspace-files"]', [
      writeDraft(first!, 0),
      ...others.map((d, i) => writeDraft(d, i + 1)),
    ])
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(3)
    await page.setInputFiles(
      '[data-action="workspace-files"]',
      writeDraft(corrected, 5, `${corrected.agencyName}（修改后）.json`),
    )
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(4)

    const versions = page.locator(row(first!.agencyName))
    expect(await versions.count()).toBe(2)
    const old = page.locator(`${row(first!.agencyName)}[data-version="1"]`)
    const current = page.locator(`${row(first!.agencyName)}[data-version="2"]`)
    expect(await old.getAttribute('data-superseded')).toBe('true')
    expect(await current.getAttribute('data-superseded')).toBeNull()
    expect(await old.getAttribute('data-rules')).toContain('R1')
    expect(await current.getAttribute('data-rules')).not.toContain('R1')
    expect(await old.locator('input[data-select]').isChecked()).toBe(false)
    expect(await current.locator('input[data-select]').isChecked()).toBe(true)
    for (const other of others) {
      expect(await page.getAttribute(row(other.agencyName), 'data-version')).toBe('1')
    }
    await expect
      .poll(() => page.textContent('[data-status="selected-count"]'))
      .toContain('已选 3 份')

    // Picking the superseded version too: 本级汇总 refuses and names the agency.
    await old.locator('input[data-select]').check()
    await page.click('[data-action="aggregate"]')
    await page.fill('[data-field="aggregate.agencyName"]', '某县人民政府')
    await expect
      .poll(() => page.textContent('[data-status="aggregate-refused"]'))
      .toContain(first!.agencyName)
    expect(await page.isDisabled('[data-action="aggregate-confirm"]')).toBe(true)
    await page.keyboard.press('Escape')
    await old.locator('input[data-select]').uncheck()

    // The current versions only: summed once. A summed draft needs a name (M1 in its words),
    // and a year the format accepts (M2: not 2019).
    await page.click('[data-action="aggregate"]')
    expect(await page.inputValue('[data-field="aggregate.agencyName"]')).toBe('')
    await expect
      .poll(() => page.textContent('[data-status="aggregate-form"]'))
      .toContain('请填写机关名称')
    expect(await page.isDisabled('[data-action="aggregate-confirm"]')).toBe(true)
    await page.fill('[data-field="aggregate.agencyName"]', '某县人民政府')
    await page.fill('[data-field="aggregate.year"]', '2019')
    await expect.poll(() => page.textContent('[data-status="aggregate-form"]')).toContain('2021')
    await page.fill('[data-field="aggregate.year"]', String(YEAR))
    await expect.poll(() => page.isDisabled('[data-action="aggregate-confirm"]')).toBe(false)
    await page.click('[data-action="aggregate-confirm"]')
    await page.waitForSelector(cell('table3.newReceived.natural'))
    expect(await page.inputValue(field('meta.agencyName'))).toBe('某县人民政府')
    const summed = [corrected, ...others]
    for (const key of [
      'table3.newReceived.natural',
      'table3.newReceived.total',
      'table4.reconsideration.upheld',
    ]) {
      const input = page.locator(`input${cell(key)}`)
      if ((await input.count()) === 0) continue
      expect(await input.inputValue(), key).toBe(sumOf(summed, key))
    }
    expect(await page.textContent('[data-status="summed-from"]')).toContain('由 3 份报告汇总而成')
  })
})

describe('审核意见 from the workspace to the agency and back', () => {
  it('lists R1, V2 and the reviewer’s own note at their places, marks the edited one, and the next version shows it addressed', async () => {
    const { page } = await openApp()
    const generated = generateDrafts(2, YEAR, new Map([[1, 'R1']]))[1]!
    // One blank cell in table 4 (V2), beside the R1 of table 3.
    generated.cells.set('table4.litigationDirect.pending', '')
    const draftPath = writeDraft(generated, 1)

    // The reviewer: the report in the workspace, one note of their own, the office that signs.
    await openWorkspace(page)
    await page.setInputFiles('[data-action="workspace-files"]', draftPath)
    await expect
      .poll(() => page.getAttribute(row(generated.agencyName), 'data-rules'))
      .toBe('R1 V2')
    await page.click(`${row(generated.agencyName)} [data-action="open-report"]`)
    await page.fill('[data-field="review.reviewer"]', '某县人民政府办公室（县政务公开办）')
    await page.selectOption('[data-field="review.notePath"]', 'narrative.problems')
    await page.fill('[data-field="review.noteText"]', '请写明具体整改措施和完成时限')
    await page.click('[data-action="add-reviewer-note"]')
    await page.waitForSelector('[data-reviewer-note]')

    const downloads: Download[] = []
    page.on('download', (d) => downloads.push(d))
    await page.click('[data-action="download-review-notes"]')
    await expect.poll(() => downloads.length, { timeout: 20_000 }).toBe(2)
    const names = downloads.map((d) => d.suggestedFilename()).sort()
    const base = `${generated.agencyName}${YEAR}年年报审核意见`
    expect(names).toEqual([`${base}.docx`, `${base}.json`])
    const jsonPath = await saveDownload(
      downloads.find((d) => d.suggestedFilename().endsWith('.json'))!,
    )
    const notesDoc = JSON.parse(readFileSync(jsonPath, 'utf8'))
    const localToday = await page.evaluate(() => {
      const d = new Date()
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
    })
    expect(notesDoc).toMatchObject({
      kind: 'zfxxgk-review-notes',
      schemaVersion: 1,
      agencyName: generated.agencyName,
      year: YEAR,
      reviewer: '某县人民政府办公室（县政务公开办）',
      issuedOn: localToday,
    })
    const notes = notesDoc.notes as { id: string; rule: string | null; path: string | null }[]
    expect(notes.map((n) => n.rule)).toEqual(['R1', 'V2', null])
    const r1 = notes[0]!
    expect(r1.path).toMatch(/^table3\.newReceived\./)
    expect(notes[1]!.path).toBe('table4.litigationDirect.pending')
    expect(notes[2]!.path).toBe('narrative.problems')
    // The Word file for people: the notes and the 落款 with the local date.
    const docxPath = await saveDownload(
      downloads.find((d) => d.suggestedFilename().endsWith('.docx'))!,
    )
    const body = strFromU8(unzipSync(readFileSync(docxPath))['word/document.xml']!)
    const [y, m, d] = localToday.split('-').map(Number)
    expect(body).toContain('某县人民政府办公室（县政务公开办）')
    expect(body).toContain(`${y}年${m}月${d}日`)
    expect(body).toContain('请写明具体整改措施和完成时限')

    // The agency: its draft in the editor, then the notes opened in the review panel.
    await page.goto(`${page.url().split('#')[0]}#/`)
    await page.waitForSelector(cell('table3.newReceived.natural'))
    await page.setInputFiles('[data-action="import-file"]', draftPath)
    await expect.poll(() => page.inputValue(field('meta.agencyName'))).toBe(generated.agencyName)
    await page.setInputFiles('[data-panel="review"] [data-action="open-review-notes"]', jsonPath)
    const listed = page.locator('[data-panel="review"] [data-review-note]')
    await expect.poll(() => listed.count()).toBe(3)
    for (const note of notes) {
      const element = page.locator(`[data-review-note="${note.id}"]`)
      expect(await element.getAttribute('data-path')).toBe(note.path)
      expect(await element.getAttribute('data-addressed')).toBeNull()
    }
    // Its text is shown as text: a note never becomes markup.
    expect(await page.locator('[data-review-note] b, [data-review-note] script').count()).toBe(0)

    // Click jumps to the cell; editing it marks that note (and only it) done.
    await page.click(`[data-review-note="${r1.id}"]`)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-cell')))
      .toBe(r1.path)
    const key = r1.path!
    const fixed = String(Number(generated.cells.get(key)) - 1)
    await page.fill(`input${cell(key)}`, fixed)
    await expect
      .poll(() => page.getAttribute(`[data-review-note="${r1.id}"]`, 'data-addressed'))
      .toBe('true')
    expect(
      await page.getAttribute(`[data-review-note="${notes[1]!.id}"]`, 'data-addressed'),
    ).toBeNull()
    expect(
      await page.getAttribute(`[data-review-note="${notes[2]!.id}"]`, 'data-addressed'),
    ).toBeNull()

    await page.locator('[data-panel="review"] [data-review-note]').first().scrollIntoViewIfNeeded()
    await page.screenshot({ path: join(tmpdir(), 'i20-editor-notes.png') })

    // Kept with the draft across a reload.
    await page.reload()
    await expect
      .poll(() => page.getAttribute(`[data-review-note="${r1.id}"]`, 'data-addressed'))
      .toBe('true')

    // The next draft file says which notes were addressed.
    const [exported] = await Promise.all([
      page.waitForEvent('download'),
      clickAction(page, 'export-json'),
    ])
    const nextPath = join(dir, `第2版-${exported.suggestedFilename()}`)
    await exported.saveAs(nextPath)
    const nextDoc = JSON.parse(readFileSync(nextPath, 'utf8'))
    expect(
      (nextDoc.reviewResponse.notes as { id: string; addressed: boolean }[]).map((n) => [
        n.id,
        n.addressed,
      ]),
    ).toEqual([
      [r1.id, true],
      [notes[1]!.id, false],
      [notes[2]!.id, false],
    ])

    // The reviewer gets the next version: the comparison shows what changed and the note addressed.
    await openWorkspace(page)
    await page.setInputFiles('[data-action="workspace-files"]', nextPath)
    await expect.poll(() => page.locator(row(generated.agencyName)).count()).toBe(2)
    await page.click(`${row(generated.agencyName)}[data-version="2"] [data-action="open-report"]`)
    const compare = page.locator('[data-panel="version-compare"]')
    await expect.poll(() => compare.locator(`[data-changed-path="cells.${key}"]`).count()).toBe(1)
    expect(await compare.locator(`[data-changed-path="cells.${key}"]`).textContent()).toContain(
      fixed,
    )
    expect(
      await compare.locator(`[data-review-note="${r1.id}"]`).getAttribute('data-addressed'),
    ).toBe('true')
    expect(
      await compare.locator(`[data-review-note="${notes[1]!.id}"]`).getAttribute('data-addressed'),
    ).toBeNull()
  })
})

describe('the workspace’s details', () => {
  it('flags an odd year, says hidden selections, undoes 移除, shows the printed report read-only, and closes on Esc', async () => {
    const { page } = await openApp()
    await openWorkspace(page)
    const batch = generateDrafts(3, YEAR, new Map([[2, 'W4']]))
    const stray = generateDrafts(4, 2025, new Map())[3]!
    await page.setInputFiles('[data-action="workspace-files"]', [
      ...batch.map((d, i) => writeDraft(d, i, `批次-${d.fileName}`)),
      writeDraft(stray, 3, `批次-${stray.fileName}`),
    ])
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(4)
    expect(await page.locator(`${row(stray.agencyName)} [data-odd-year="true"]`).count()).toBe(1)
    expect(await page.locator('[data-odd-year="true"]').count()).toBe(1)

    // A filter hides rows that stay ticked: said in words.
    await page.selectOption('[data-filter="rule"]', 'W4')
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(1)
    expect(await page.textContent('[data-status="selected-count"]')).toContain(
      '已选 4 份（其中 3 份未显示）',
    )
    await page.selectOption('[data-filter="rule"]', '')

    // The details: focus moves in, the printed view is read-only, Esc closes and gives focus back.
    const opener = `${row(batch[0]!.agencyName)} [data-action="open-report"]`
    await page.click(opener)
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('workspace-details-title')
    await page.click('[data-action="view-printed"]')
    const frame = page.frameLocator('[data-output="printed-report"]')
    await expect.poll(() => frame.locator('h1').textContent()).toContain(batch[0]!.agencyName)
    expect(await frame.locator('script').count()).toBe(0)
    await page.keyboard.press('Escape')
    await expect
      .poll(() => page.locator('dialog[data-dialog="printed-report"]').isVisible())
      .toBe(false)
    expect(await page.locator('[data-panel="report-details"]').count()).toBe(1)
    await page.focus('#workspace-details-title')
    await page.keyboard.press('Escape')
    await expect.poll(() => page.locator('[data-panel="report-details"]').count()).toBe(0)
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[data-report-row]')?.getAttribute('data-agency'),
        ),
      )
      .toBe(batch[0]!.agencyName)

    // 移除 and 撤销.
    await page.click(opener)
    await page.click('[data-action="remove-report"]')
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(3)
    await page.click('[data-action="undo-remove"]')
    await expect.poll(() => page.locator(row(batch[0]!.agencyName)).count()).toBe(1)
    await page.reload()
    await expect.poll(() => page.locator('[data-report-row]').count()).toBe(4)

    // On a phone the details open in view, below the list.
    await page.setViewportSize({ width: 390, height: 844 })
    await page.click(`${row(stray.agencyName)} [data-action="open-report"]`)
    await expect
      .poll(() =>
        page.evaluate(() => {
          const box = document
            .querySelector('[data-panel="report-details"]')!
            .getBoundingClientRect()
          return box.top >= -1 && box.top < window.innerHeight / 2
        }),
      )
      .toBe(true)
    await page.screenshot({ path: join(tmpdir(), 'i20-details-phone.png') })
  })
})

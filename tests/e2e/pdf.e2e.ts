// End-to-end tests of the PDF (issue 4) in Chromium on dist/: download, text layer, fonts,
// paper size, draft watermark, missing characters, preview. Needs poppler-utils.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import { SEED_TEXT } from '../unit/pdf/fixtures/seed'
import { openApp, clickAction } from './support/app'
import { INPUT_CELLS, balancedReport, field, fillCells } from './support/report'

const TITLE = '市知识产权事业发展中心2021年政府信息公开工作年度报告'
const HEADINGS = [
  '一、总体情况',
  '（一）主动公开情况',
  '（二）依申请公开情况',
  '（三）政府信息管理情况',
  '（四）政府信息公开平台建设情况',
  '（五）监督保障情况',
  '二、主动公开政府信息情况',
  '三、收到和处理政府信息公开申请情况',
  '四、政府信息公开行政复议、行政诉讼情况',
  '五、存在的主要问题及改进情况',
  '六、其他需要报告的事项',
]
// Every table label of spec §2–§4 (those that wrap in a cell are checked without whitespace).
const TABLE_LABELS = [
  '第二十条第（一）项',
  '信息内容',
  '本年制发件数',
  '本年废止件数',
  '现行有效件数',
  '规章',
  '行政规范性文件',
  '第二十条第（五）项',
  '本年处理决定数量',
  '行政许可',
  '第二十条第（六）项',
  '行政处罚',
  '行政强制',
  '第二十条第（八）项',
  '本年收费金额（单位：万元）',
  '行政事业性收费',
  '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）',
  '申请人情况',
  '自然人',
  '法人或其他组织',
  '商业企业',
  '科研机构',
  '社会公益组织',
  '法律服务机构',
  '其他',
  '总计',
  '一、本年新收政府信息公开申请数量',
  '二、上年结转政府信息公开申请数量',
  '三、本年度办理结果',
  '（一）予以公开',
  '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
  '（三）不予公开',
  '1.属于国家秘密',
  '2.其他法律行政法规禁止公开',
  '3.危及“三安全一稳定”',
  '4.保护第三方合法权益',
  '5.属于三类内部事务信息',
  '6.属于四类过程性信息',
  '7.属于行政执法案卷',
  '8.属于行政查询事项',
  '（四）无法提供',
  '1.本机关不掌握相关政府信息',
  '2.没有现成信息需要另行制作',
  '3.补正后申请内容仍不明确',
  '（五）不予处理',
  '1.信访举报投诉类申请',
  '2.重复申请',
  '3.要求提供公开出版物',
  '4.无正当理由大量反复申请',
  '5.要求行政机关确认或重新出具已获取信息',
  '（六）其他处理',
  '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
  '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
  '3.其他',
  '（七）总计',
  '四、结转下年度继续办理',
  '行政复议',
  '行政诉讼',
  '结果维持',
  '结果纠正',
  '其他结果',
  '尚未审结',
  '未经复议直接起诉',
  '复议后起诉',
]

const dir = mkdtempSync(join(tmpdir(), 'pdf-e2e-'))
const run = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' })
const squash = (text: string) => text.replace(/\s+/g, '')
/** The text layer without page furniture (page numbers, fingerprint footer), whitespace removed. */
const bodyText = (file: string) =>
  squash(run('pdftotext', file, '-'))
    .replace(/—\d+—/g, '')
    .replace(/文档指纹[0-9a-f]{16}(·草稿)?/g, '')

type Seed = typeof SEED_TEXT
async function fillSeed(page: Page, seed: Seed = SEED_TEXT): Promise<void> {
  await page.waitForSelector(field('meta.agencyName'))
  for (const key of ['agencyName', 'websiteName', 'address', 'phone'] as const) {
    await page.fill(field(`meta.${key}`), seed.meta[key])
  }
  await page.selectOption(field('meta.year'), String(seed.meta.year))
  await page.fill(field('preamble'), seed.preamble)
  for (const [key, text] of Object.entries(seed.narrative.overview)) {
    await page.fill(field(`narrative.overview.${key}`), text)
  }
  await page.fill(field('narrative.problems'), seed.narrative.problems)
  await page.fill(field('narrative.otherMatters'), seed.narrative.otherMatters)
}

async function downloadPdf(page: Page, name: string): Promise<{ file: string; suggested: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    clickAction(page, 'download-pdf'),
  ])
  const file = join(dir, name)
  await download.saveAs(file)
  return { file, suggested: download.suggestedFilename() }
}

describe('the PDF', () => {
  it('of the seed report downloads with its title, headings, tables, prose and fonts', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    await fillCells(page, new Map(INPUT_CELLS.map((key) => [key, '0'])))
    const { file, suggested } = await downloadPdf(page, 'seed.pdf')
    expect(suggested).toBe(`${TITLE}.pdf`)
    const text = bodyText(file)
    expect(text).toContain(TITLE)
    for (const heading of HEADINGS) expect(text, heading).toContain(heading)
    for (const label of TABLE_LABELS) expect(text, label).toContain(squash(label))
    const prose: string[] = [SEED_TEXT.preamble, ...Object.values(SEED_TEXT.narrative.overview)]
    prose.push(SEED_TEXT.narrative.problems, SEED_TEXT.narrative.otherMatters)
    for (const paragraph of prose.flatMap((p) => p.split('\n'))) {
      expect(text, paragraph).toContain(squash(paragraph))
    }
    expect(text).not.toContain('草稿')
    const fonts = run('pdffonts', file).split('\n').slice(2).filter(Boolean)
    expect(fonts.length).toBeGreaterThanOrEqual(4)
    for (const line of fonts) expect(line, line).toMatch(/Identity-H\s+yes/)
    const info = run('pdfinfo', file)
    expect(info).toMatch(/Page size:.*\(A4\)/)
    expect(info).toContain(`Title:           ${TITLE}`)
    expect(info).toContain('Author:          市知识产权事业发展中心')
    expect(info).toMatch(/Keywords:.*fingerprint:[0-9a-f]{16}/)
    expect(info).toMatch(/Creator:.*\d+\.\d+\.\d+/)
  })

  it('of a non-zero report prints every number, the fee exactly as typed', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    const values = balancedReport()
    await fillCells(page, values)
    const { file } = await downloadPdf(page, 'nonzero.pdf')
    const tokens: string[] = run('pdftotext', file, '-').match(/\d+(\.\d+)?/g) ?? []
    expect(tokens).toContain('4068.208')
    // Every typed number appears, in reading order (a subsequence of the text's numbers).
    let at = 0
    for (const key of INPUT_CELLS) {
      const value = values.get(key) as string
      const found = tokens.indexOf(value, at)
      expect(found, `${key}=${value}`).toBeGreaterThanOrEqual(0)
      at = found + 1
    }
  })

  it('of a report failing R1 downloads as a draft with 草稿 in its text', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    const values = balancedReport()
    values.set(
      'table3.newReceived.natural',
      String(Number(values.get('table3.newReceived.natural')) + 1),
    )
    await fillCells(page, values)
    const { file } = await downloadPdf(page, 'draft.pdf')
    const text = bodyText(file)
    expect(text).toContain('草稿')
    expect(text).toContain('本报告未通过校验')
    expect(run('pdfinfo', file)).toMatch(/Title:.*（草稿）/)
  })

  it('prints 堃 and 喆 with the fallback font, and lists characters no font has as G1', async () => {
    const { page } = await openApp()
    const seed = structuredClone(SEED_TEXT) as Seed
    ;(seed.narrative as { problems: string }).problems += '由张堃、李喆负责，𠀾待核。'
    await fillSeed(page, seed)
    await fillCells(page, new Map(INPUT_CELLS.map((key) => [key, '0'])))
    const { file } = await downloadPdf(page, 'rare.pdf')
    const text = bodyText(file)
    expect(text).toContain('由张堃、李喆负责')
    const g1 = page.locator('[data-rule="G1"]')
    await expect.poll(() => g1.count()).toBe(1)
    expect(await g1.textContent()).toContain('U+2003E')
  })

  it('made again after edits prints the edited text, never a remembered layout or font', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    await fillCells(page, new Map(INPUT_CELLS.map((key) => [key, '0'])))
    const fingerprint = (file: string) =>
      run('pdfinfo', file).match(/fingerprint:([0-9a-f]{16})/)?.[1]
    const first = await downloadPdf(page, 'again-1.pdf')
    // A sentence with characters the report had not used (the fonts must be cut anew), then gone.
    const added = '另聘鑫淼、犇骉两位同志复核。'
    await page.fill(field('narrative.problems'), `${SEED_TEXT.narrative.problems}${added}`)
    const second = await downloadPdf(page, 'again-2.pdf')
    await page.fill(field('narrative.problems'), SEED_TEXT.narrative.problems)
    const third = await downloadPdf(page, 'again-3.pdf')
    expect(bodyText(first.file)).not.toContain(added)
    expect(bodyText(second.file)).toContain(added)
    expect(bodyText(third.file)).not.toContain(added)
    expect(bodyText(third.file)).toBe(bodyText(first.file))
    for (const paragraph of Object.values(SEED_TEXT.narrative.overview).flatMap((p) =>
      p.split('\n'),
    )) {
      expect(bodyText(second.file), paragraph).toContain(squash(paragraph))
    }
    expect(fingerprint(second.file)).not.toBe(fingerprint(first.file))
    expect(fingerprint(third.file)).toBe(fingerprint(first.file))
  })

  it('previews the PDF in the page before downloading', async () => {
    const { page } = await openApp()
    await fillSeed(page)
    await clickAction(page, 'preview-pdf')
    const frame = page.locator('[data-dialog="pdf-preview"] [data-frame]')
    await frame.locator('canvas[data-page="1"]').waitFor({ timeout: 60_000 })
    expect(await frame.getAttribute('data-src')).toMatch(/^blob:/)
    await page.click('[data-action="close-preview"]')
    await expect.poll(() => frame.count()).toBe(0)
  })
})

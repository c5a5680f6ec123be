import { describe, expect, it } from 'vitest'
import { PART_HEADINGS, OVERVIEW_SECTION_HEADINGS } from '@/report'
import { buildReportBlocks } from '@/pdf/reportDocument'
import {
  CJK_CENTRE_ABOVE_BASELINE,
  WATERMARK,
  layoutReport,
  pageNumberText,
  watermarkOp,
} from '@/pdf/layout/layoutReport'
import { MM_PER_PT, PAGE } from '@/pdf/layout/page'
import type { TextOp } from '@/pdf/layout/ops'
import { TEXT_BLOCK } from '@/pdf/layout/page'
import { FAKE_METRICS } from './fakeMetrics'
import { seedDraft } from './seedDraft'

const HEADINGS = [...Object.values(PART_HEADINGS), ...Object.values(OVERVIEW_SECTION_HEADINGS)]
const texts = (ops: readonly { kind: string }[]) =>
  ops.filter((op): op is TextOp => op.kind === 'text').map((op) => op.text)

function layout(draftFill: string | null, isDraft: boolean, repeat = 1) {
  const draft = seedDraft(draftFill)
  draft.narrative.overview.intro = draft.narrative.overview.intro.repeat(repeat)
  return layoutReport(buildReportBlocks(draft, isDraft), FAKE_METRICS, { isDraft, footer: 'FP' })
}

describe('layoutReport', () => {
  it.each([1, 2, 3, 5])('never ends a page with a heading (intro ×%d)', (repeat) => {
    const pages = layout('0', false, repeat)
    for (const page of pages.slice(0, -1)) {
      const body = page.ops.filter(
        (op): op is TextOp =>
          op.kind === 'text' && op.y < TEXT_BLOCK.top + TEXT_BLOCK.height && op.y > TEXT_BLOCK.top,
      )
      const lastY = Math.max(...body.map((op) => op.y))
      const lastLine = body
        .filter((op) => op.y === lastY)
        .map((op) => op.text)
        .join('')
      expect(HEADINGS).not.toContain(lastLine)
    }
  })

  it.each([1, 2, 3, 5])('keeps every table rule inside the text block (intro ×%d)', (repeat) => {
    for (const page of layout('0', false, repeat)) {
      for (const op of page.ops) {
        if (op.kind !== 'rect') continue
        expect(op.y).toBeGreaterThanOrEqual(TEXT_BLOCK.top - 1e-6)
        expect(op.y + op.height).toBeLessThanOrEqual(TEXT_BLOCK.top + TEXT_BLOCK.height + 1e-6)
      }
    }
  })

  it('numbers the pages “— N —” and prints the footer on each', () => {
    const pages = layout('0', false)
    expect(pages.length).toBeGreaterThan(5)
    pages.forEach((page, i) => {
      expect(texts(page.ops)).toContain(pageNumberText(i + 1))
      expect(texts(page.ops)).toContain('FP')
    })
  })

  it.each([
    [true, true],
    [false, false],
  ])('isDraft=%s → watermark on every page: %s', (isDraft, expected) => {
    for (const page of layout(null, isDraft)) {
      expect(texts(page.ops).includes(WATERMARK)).toBe(expected)
    }
  })

  it('draws the watermark first (under the text), large, light grey, centred at 45°', () => {
    for (const page of layout(null, true)) expect(page.ops[0]).toEqual(watermarkOp(FAKE_METRICS))
    const op = watermarkOp(FAKE_METRICS)
    expect(op.size).toBeGreaterThanOrEqual(120)
    expect(op.gray).toBeGreaterThanOrEqual(0.7)
    expect(op.gray).toBeLessThanOrEqual(0.85)
    expect(op.angle).toBe(45)
    // Walk from the baseline start half the text along the baseline, then up to the glyphs' centre.
    const em = op.size * MM_PER_PT
    const rad = ((op.angle ?? 0) * Math.PI) / 180
    const along = em // two full-width characters: half the text is one em
    const up = em * CJK_CENTRE_ABOVE_BASELINE
    const cx = op.x + along * Math.cos(rad) - up * Math.sin(rad)
    const cy = op.y - along * Math.sin(rad) - up * Math.cos(rad)
    expect(cx).toBeCloseTo(PAGE.width / 2, 6)
    expect(cy).toBeCloseTo(PAGE.height / 2, 6)
  })

  it('prints about 22 body lines on a full page of prose', () => {
    const pages = layout('0', false, 5)
    const page = pages[1]!
    const baselines = new Set(
      page.ops
        .filter((op): op is TextOp => op.kind === 'text' && op.size === 16)
        .map((op) => op.y.toFixed(2)),
    )
    expect(baselines.size).toBe(22)
  })

  it('repeats table 3’s header on every page table 3 continues on', () => {
    let broken = 0
    for (const repeat of [1, 2, 3, 4]) {
      const pages = layout('0', false, repeat)
      const has = (needle: string) =>
        pages.filter((page) => texts(page.ops).some((t) => t.includes(needle)))
      const spanned = new Set([...has('国家秘密'), ...has('结转下年度继续办理')])
      for (const page of spanned) expect(has('申请人情况')).toContain(page)
      if (spanned.size > 1) broken += 1
    }
    expect(broken).toBeGreaterThan(0)
  })
})

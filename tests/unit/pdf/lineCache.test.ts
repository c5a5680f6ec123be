import { describe, expect, it, vi } from 'vitest'
import { buildReportBlocks } from '@/pdf/reportDocument'
import { layoutReport } from '@/pdf/layout/layoutReport'
import { createLineCache } from '@/pdf/layout/lineCache'
import type { LineBox } from '@/pdf/layout/lineBreak'
import type { FontMetrics } from '@/pdf/layout/faces'
import { FAKE_METRICS } from './fakeMetrics'
import { seedDraft } from './seedDraft'

const box = (width: number): LineBox => ({
  indent: 0,
  chars: [],
  width,
  charSpace: 0,
  justified: false,
})

describe('createLineCache', () => {
  it('breaks a paragraph once and returns the same lines while it is in use', () => {
    const cache = createLineCache()
    const breakAll = vi.fn(() => [box(1)])
    cache.nextGeneration()
    const first = cache.lines('p/甲', breakAll)
    cache.nextGeneration()
    expect(cache.lines('p/甲', breakAll)).toBe(first)
    cache.nextGeneration()
    expect(cache.lines('p/甲', breakAll)).toBe(first)
    expect(breakAll).toHaveBeenCalledTimes(1)
  })

  it('drops what a whole generation did not use', () => {
    const cache = createLineCache()
    const breakAll = vi.fn(() => [box(2)])
    cache.nextGeneration()
    cache.lines('p/乙', breakAll)
    cache.nextGeneration()
    cache.nextGeneration()
    cache.lines('p/乙', breakAll)
    expect(breakAll).toHaveBeenCalledTimes(2)
  })
})

/** Fake metrics that count how often each character is measured. */
function countingMetrics(): FontMetrics & { calls: number } {
  const metrics = {
    calls: 0,
    advance(...args: Parameters<FontMetrics['advance']>) {
      metrics.calls += 1
      return FAKE_METRICS.advance(...args)
    },
  }
  return metrics
}

describe('layoutReport with a line cache', () => {
  const options = { isDraft: false, footer: 'FP' }

  it('lays out exactly what it lays out without one, edit after edit', () => {
    const cache = createLineCache()
    const draft = seedDraft('0')
    const edits = [
      () => undefined,
      () => (draft.narrative.problems += '另加一句，使本段多出一行以上的文字，检验分页随之移动。'),
      () => (draft.narrative.overview.intro = `（修订）${draft.narrative.overview.intro}`),
      () => (draft.meta.agencyName = '某某市某某区人民政府办公室'),
    ]
    for (const edit of edits) {
      edit()
      const blocks = buildReportBlocks(draft, false)
      cache.nextGeneration()
      const cached = layoutReport(blocks, FAKE_METRICS, { ...options, lineCache: cache })
      expect(cached).toEqual(layoutReport(blocks, FAKE_METRICS, options))
    }
  })

  it('measures only the paragraph that changed', () => {
    const cache = createLineCache()
    const draft = seedDraft('0')
    const generate = (metrics: FontMetrics) => {
      cache.nextGeneration()
      layoutReport(buildReportBlocks(draft, false), metrics, { ...options, lineCache: cache })
    }
    const cold = countingMetrics()
    generate(cold)
    draft.narrative.otherMatters = '本年度无其他需要报告的事项。'
    const warm = countingMetrics()
    generate(warm)
    expect(warm.calls).toBeGreaterThan(0)
    // Tables are laid out anew, and the edited paragraph; the other paragraphs come from the cache.
    expect(warm.calls).toBeLessThan(cold.calls / 3)
  })
})

import { describe, expect, it } from 'vitest'
import { checkG1, unprintableChars } from '@/pdf/glyphCoverage'
import { collectCharUsage } from '@/pdf/charUsage'
import { buildReportBlocks } from '@/pdf/reportDocument'
import type { Coverage } from '@/pdf/fonts/manifest'
import { decodeRanges } from '@/pdf/fonts/manifest'
import { encodeRanges } from '../../../scripts/lib/ranges.mjs'
import { seedDraft } from './seedDraft'

// Serif-like faces hold ASCII and the basic CJK block except 堃 (U+5803); the fallback has 堃.
const basic = new Set<number>()
for (let cp = 0x20; cp < 0x7f; cp += 1) basic.add(cp)
for (let cp = 0x3000; cp < 0x3040; cp += 1) basic.add(cp)
for (let cp = 0x4e00; cp < 0xa000; cp += 1) if (cp !== 0x5803) basic.add(cp)
for (let cp = 0xff00; cp < 0xff60; cp += 1) basic.add(cp)
for (const ch of '“”‘’…—·') basic.add(ch.codePointAt(0)!)
const COVERAGE: Coverage = new Map([
  ['serif', basic],
  ['serifBold', basic],
  ['sans', basic],
  ['kai', basic],
  ['fallback', new Set([0x5803])],
])

describe('coverage ranges', () => {
  it.each([[[32, 33, 34, 100, 0x5803, 0x5804, 0x20000]], [[]], [[0]]])('round-trips %j', (cps) => {
    const set = decodeRanges(encodeRanges(cps))
    const probe = [...cps, ...cps.map((cp) => cp + 1), ...cps.map((cp) => cp - 1), 31, 0x1ffff]
    for (const cp of probe) expect(set.has(cp), `U+${cp.toString(16)}`).toBe(cps.includes(cp))
  })
})

describe('G1', () => {
  it.each([
    ['张堃同志', []],
    ['张三', []],
    ['𠀾字和😀', ['𠀾', '😀']],
  ])('unprintable chars of %s', (text, expected) => {
    expect(unprintableChars(text, COVERAGE)).toEqual(expected)
  })

  it('names the field and the characters', () => {
    const draft = seedDraft()
    draft.narrative.problems = '由𠀾负责'
    draft.cells['table3.newReceived.natural'] = '1😀'
    const findings = checkG1(draft, COVERAGE)
    expect(findings.map((f) => [f.rule, f.fields, f.cells])).toEqual([
      ['G1', ['narrative.problems'], []],
      ['G1', [], ['table3.newReceived.natural']],
    ])
    expect(findings[0]?.message).toContain('U+2003E')
    expect(findings[0]?.message).toContain('五、存在的主要问题及改进情况')
  })

  it('sends 堃 to the fallback face and 𠀾 to missing', () => {
    const draft = seedDraft()
    draft.narrative.problems = '张堃与𠀾'
    const usage = collectCharUsage(buildReportBlocks(draft, false), COVERAGE)
    expect([...(usage.faces.get('fallback') ?? [])]).toEqual([0x5803])
    expect([...usage.missing]).toEqual([0x2003e])
  })
})

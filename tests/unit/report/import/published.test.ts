import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseReportText, type ImportResult } from '../../../../src/report/import'
import type { CellKey } from '@/report'

const DIR = new URL('../../../fixtures/published/', import.meta.url)
const read = (name: string) => readFileSync(new URL(name, DIR), 'utf8')

interface Expected {
  meta: Record<string, string | number>
  issuedOn: string
  preamble: string
  narrative: Record<string, string>
  cells: Record<string, string>
  stated: Record<string, string>
}
const want = (name: string) => JSON.parse(read(name)) as Expected

/** Every cell is right, or blank and named by an I2 finding when `mayBeUncertain` allows it. */
function expectCells(result: ImportResult, expected: Expected, mayBeUncertain = new Set<string>()) {
  const uncertain = new Set(result.report.uncertain.flatMap((f) => f.cells))
  for (const [key, value] of Object.entries(expected.cells)) {
    const got = result.draft.cells[key as CellKey] ?? ''
    if (mayBeUncertain.has(key) && got === '')
      expect([key, uncertain.has(key as CellKey)]).toEqual([key, true])
    else expect([key, got]).toEqual([key, value])
  }
  for (const [key, value] of Object.entries(expected.stated)) {
    const got = result.statedTotals[key as CellKey] ?? ''
    if (!(mayBeUncertain.has(key) && got === '')) expect([key, got]).toEqual([key, value])
  }
  for (const key of uncertain)
    expect(mayBeUncertain.has(key) ? key : `unexpected I2 ${key}`).toBe(key)
}

function expectText(result: ImportResult, expected: Expected) {
  const { problems, otherMatters, ...overview } = expected.narrative
  expect(result.draft.narrative.overview).toEqual(overview)
  expect(result.draft.narrative.problems).toBe(problems)
  expect(result.draft.narrative.otherMatters).toBe(otherMatters)
  expect(result.draft.meta).toMatchObject({ ...expected.meta, issuedOn: expected.issuedOn })
  expect(result.draft.preamble).toBe(expected.preamble)
}

/**
 * Independent oracle for collapsed rows: the ways to cut a row's digits into 7 numbers without
 * leading zeros whose last is the sum of the others (R2).
 */
function r2Splits(digits: string, count = 7): string[][] {
  const out: string[][] = []
  const walk = (rest: string, pieces: string[]) => {
    if (pieces.length === count) {
      if (rest === '') {
        const n = pieces.map(Number)
        if (n.slice(0, -1).reduce((a, b) => a + b, 0) === n[n.length - 1]) out.push(pieces)
      }
      return
    }
    for (let end = 1; end <= rest.length; end += 1) {
      const piece = rest.slice(0, end)
      if (piece.length > 1 && piece.startsWith('0')) break
      walk(rest.slice(end), [...pieces, piece])
    }
  }
  walk(digits, [])
  return out
}

describe('published reports in the shapes they are copied in', () => {
  it('one-line page text: every part, cell and the signature date recovered, nothing reported', () => {
    const result = parseReportText(read('county.one-line.txt'))
    const expected = want('county.expected.json')
    expectCells(result, expected)
    expectText(result, expected)
    expect(result.title).toEqual({ agencyName: '青川县市场监督管理局', year: 2023 })
    expect(result.report.findings).toEqual([])
  })

  it('one-line text with collapsed digit runs: cuts that one rule allows are taken; no cell is wrong', () => {
    const text = read('district.collapsed.txt')
    const expected = want('district.expected.json')
    const result = parseReportText(text)
    // Rows whose digits the R2 oracle cuts more than one way may stay blank, but only with I2.
    const mayBeUncertain = new Set<string>()
    for (const row of ['newReceived', 'carriedOver', 'disclosed', 'unavailableNotHeld']) {
      const digits = [
        'natural',
        'commercial',
        'research',
        'publicInterest',
        'legal',
        'otherOrg',
        'total',
      ]
        .map((c) => expected.cells[`table3.${row}.${c}`] ?? expected.stated[`table3.${row}.${c}`])
        .join('')
      if (r2Splits(digits).length > 1) {
        for (const c of [
          'natural',
          'commercial',
          'research',
          'publicInterest',
          'legal',
          'otherOrg',
        ])
          mayBeUncertain.add(`table3.${row}.${c}`)
      }
    }
    // 行政规范性文件 “209” has one cut into three cells; table 2 has no rule for anything longer.
    expectCells(result, expected, mayBeUncertain)
    expectText(result, expected)
    expect(result.report.sourceRuleFailures).toEqual([])
  })

  it('converter Markdown (group headers, unnumbered labels, a wrong header row): all of table 3', () => {
    const result = parseReportText(read('city.converter.md'))
    const expected = want('city.expected.json')
    expectCells(result, expected)
    expectText(result, expected)
    expect(result.report.findings).toEqual([])
  })

  it.each([
    ['lines run together', ''],
    ['lines joined by spaces', ' '],
    ['lines joined by tabs', '\t'],
  ])('the seed (a real report) as one line, %s: the same cells and metadata', (_case, join) => {
    const seed = readFileSync(
      new URL('../../../fixtures/seed-report-2021.txt', import.meta.url),
      'utf8',
    )
    const lines = parseReportText(seed)
    const oneLine = parseReportText(
      seed
        .split('\n')
        .map((line) => line.trim())
        .join(join),
    )
    expect(oneLine.draft.cells).toEqual(lines.draft.cells)
    expect(oneLine.statedTotals).toEqual(lines.statedTotals)
    expect(oneLine.draft.meta).toEqual(lines.draft.meta)
    expect(oneLine.report.findings).toEqual(lines.report.findings)
    expect(oneLine.draft.narrative.problems.replace(/\s/g, '')).toBe(
      lines.draft.narrative.problems.replace(/\s/g, ''),
    )
  })

  it('headings without their numbering (Word’s automatic numbering is not in the text)', () => {
    const text = read('city.converter.md').replace(
      /^(#+ )(?:[一二三四五六]、|（[一二三四五]）)/gm,
      '$1',
    )
    expect(text).toContain('## 总体情况\n')
    const result = parseReportText(text)
    const expected = want('city.expected.json')
    expectCells(result, expected)
    expectText(result, expected)
    expect(result.report.findings).toEqual([])
  })
})

import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import {
  ATOM_PATTERN,
  NO_LINE_END,
  NO_LINE_START,
  clusterEnds,
  isSpaceCode,
} from '@/pdf/layout/clusters'
import { breakLines, lineRuns, lineText } from '@/pdf/layout/lineBreak'
import type { MeasureChar } from '@/pdf/layout/faces'
import { unitMeasure } from './fakeMetrics'

const lines = (text: string, width: number, firstIndent = 0) =>
  breakLines(text, unitMeasure, { width, firstIndent, justify: true }).map(lineText)

/** The clusters that `clusterEnds` marks, as strings. */
const cutAtEnds = (text: string) => {
  const ends = clusterEnds(text)
  return ends.map((end, i) => text.slice(i === 0 ? 0 : ends[i - 1], end))
}

/**
 * The clustering written plainly, as the reference for `clusterEnds`: every atom matched as a
 * string, closing marks appended to the cluster before, opening marks held for the atom after.
 */
function referenceClusters(text: string): string[] {
  const clusters: string[] = []
  let opening = ''
  for (const atom of text.match(new RegExp(ATOM_PATTERN, 'gu')) ?? []) {
    if (opening === '' && clusters.length > 0 && NO_LINE_START.has(atom[0] ?? '')) {
      clusters[clusters.length - 1] += atom
    } else if (NO_LINE_END.has(atom[atom.length - 1] ?? '')) {
      opening += atom
    } else {
      clusters.push(opening + atom)
      opening = ''
    }
  }
  if (opening) clusters.push(opening)
  return clusters
}

describe('clusterEnds', () => {
  it.each([
    ['会议。”好', ['会', '议。”', '好']],
    ['（一）主动', ['（一）', '主', '动']],
    ['电话：0537-2272086，', ['电', '话：', '0537-2272086，']],
    ['函〔2021〕30号）要求', ['函', '〔2021〕', '30号）', '要', '求']],
    ['见http://www.a.gov.cn/x.html。', ['见', 'http://www.a.gov.cn/x.html。']],
    ['共9116.36万元', ['共', '9116.36', '万', '元']],
    ['增长50%，', ['增', '长', '50%，']],
    ['等……好', ['等……', '好']],
    ['“三安全一稳定”', ['“三', '安', '全', '一', '稳', '定”']],
  ])('%s → %j', (text, expected) => {
    expect(cutAtEnds(text)).toEqual(expected)
    expect(referenceClusters(text)).toEqual(expected)
  })
})

describe('clusterEnds against the plain reference', () => {
  it('cuts every line of the seed report where the reference does', () => {
    const seed = readFileSync(resolve('tests/fixtures/seed-report-2021.txt'), 'utf8')
    for (const line of seed.split('\n')) expect(cutAtEnds(line)).toEqual(referenceClusters(line))
  })

  it('cuts random mixes of hanzi, marks, digits, URLs and surrogates where the reference does', () => {
    const pieces = [
      ...'一二号（）《》“”，。、；0123456789.-/:%@ab _\u3000〔〕…—０１［］([',
      'http://',
      'www.',
      '𠀾',
      '\ud800',
      '\udc00',
    ]
    let state = 20211231
    const random = (n: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31
      return state % n
    }
    for (let n = 0; n < 5000; n += 1) {
      let text = ''
      for (let i = random(24); i > 0; i -= 1) text += pieces[random(pieces.length)]
      expect(cutAtEnds(text), JSON.stringify(text)).toEqual(referenceClusters(text))
    }
  })

  it('takes as white space exactly what \\s matches', () => {
    for (let code = 0; code <= 0xffff; code += 1) {
      const expected = /\s/u.test(String.fromCharCode(code))
      if (isSpaceCode(code) !== expected) expect(code.toString(16)).toBe(`\\s: ${expected}`)
    }
  })
})

describe('breakLines', () => {
  it.each([
    // 避头: the comma cannot start line 2, so 八 moves down with it.
    ['一二三四五六七八，九', 8, ['一二三四五六七', '八，九']],
    // 避尾: 《 cannot end line 1.
    ['一二三四五六七《书》', 8, ['一二三四五六七', '《书》']],
    // A phone number is never split: it moves whole to the next line.
    ['电话号码是0537-2272086', 8, ['电话号码是', '0537-2272086']],
    // A document number breaks only between 〔2021〕 and 30号, never inside either.
    ['依据国办公开办函〔2021〕30号', 10, ['依据国办公开办函', '〔2021〕30号']],
    ['按国办公开办函〔2021〕30号', 12, ['按国办公开办函〔2021〕', '30号']],
    ['按国办公开办函〔2021〕30号', 9, ['按国办公开办函', '〔2021〕30号']],
    // A unit longer than the whole line is the one case that must be cut.
    ['看0123456789012345678901', 6, ['看', '012345678901', '2345678901']],
  ])('%s at width %d', (text, width, expected) => {
    expect(lines(text, width)).toEqual(expected)
  })

  it('never starts a line with 避头 marks nor ends one with 避尾 marks', () => {
    const text =
      '本报告由市中心按照《条例》（以下简称“条例”）要求编制。如有疑问，请联系（电话：0537-2272086）。'.repeat(
        4,
      )
    for (const width of [8, 9, 10, 11, 13, 17, 27]) {
      const result = lines(text, width)
      expect(result.join('')).toBe(text)
      result.forEach((line, i) => {
        if (i > 0) expect(NO_LINE_START.has(line[0] ?? ''), `${width}: ${line}`).toBe(false)
        expect(NO_LINE_END.has(line[line.length - 1] ?? ''), `${width}: ${line}`).toBe(false)
        expect(line.includes('0537') && !line.includes('0537-2272086')).toBe(false)
      })
    }
  })

  it('justifies every line but the last to the full width, indent included', () => {
    const text = '一二三四五六七长，八九十一二三四五六七八九十，甲乙丙。'
    const boxes = breakLines(text, unitMeasure, { width: 8, firstIndent: 2, justify: true })
    boxes.slice(0, -1).forEach((box) => expect(box.width).toBeCloseTo(8, 6))
    expect(lineRuns(boxes[0]!)[0]?.x).toBe(2)
    const last = boxes[boxes.length - 1]
    expect(last?.justified).toBe(false)
    expect(last?.charSpace).toBe(0)
  })

  it('spreads the slack evenly over the gaps between characters, punctuation included', () => {
    // 一二三， is 4 wide on a 5.5-wide line (长， cannot follow): 1.5 mm over 3 gaps.
    const [box] = breakLines('一二三，长，好', unitMeasure, { width: 5.5, justify: true })
    expect(lineText(box!)).toBe('一二三，')
    expect(box!.charSpace).toBeCloseTo(0.5, 9)
    expect(box!.width).toBeCloseTo(5.5, 9)
  })

  it('drops white space at a line end without counting it as a gap', () => {
    const boxes = breakLines('ab cd ef gh', unitMeasure, { width: 2.6, justify: true })
    expect(boxes.map(lineText)).toEqual(['ab cd', 'ef gh'])
    // Five characters (2.5 mm) on 2.6 mm: 0.1 mm over four gaps.
    expect(boxes[0]!.charSpace).toBeCloseTo(0.025, 9)
  })

  it('drops a pasted indent of ideographic spaces: the first-line indent is the layout’s', () => {
    const [box] = breakLines('\u3000\u3000本报告由中心编制。', unitMeasure, {
      width: 20,
      firstIndent: 2,
    })
    expect(lineText(box!)).toBe('本报告由中心编制。')
    expect(lineRuns(box!)[0]?.x).toBe(2)
  })

  it('leaves a line ragged when the gaps would exceed maxGap', () => {
    const [first] = breakLines('一二http://example.com/a/b/c', unitMeasure, {
      width: 12,
      justify: true,
      maxGap: 1,
    })
    expect(first?.justified).toBe(false)
  })

  it('draws a justified line in one call that ends at the right margin', () => {
    const [box] = breakLines('一二三，四五六七八九', unitMeasure, { width: 9.5, justify: true })
    const runs = lineRuns(box!)
    expect(runs).toHaveLength(1)
    const [run] = runs
    expect(run!.text).toBe(lineText(box!))
    expect(run!.x).toBe(0)
    const n = Array.from(run!.text).length
    expect(run!.x + n + (n - 1) * run!.charSpace).toBeCloseTo(9.5, 6)
  })

  it('splits a line only where the face changes, each run where its first character is', () => {
    const measure: MeasureChar = (char) => ({
      ...unitMeasure(char),
      face: char === '堃' ? 'fallback' : 'serif',
    })
    const [box] = breakLines('张堃同志说好啊', measure, {
      width: 6.5,
      firstIndent: 1,
      justify: true,
    })
    const runs = lineRuns(box!)
    expect(runs.map((r) => [r.text, r.face])).toEqual([
      ['张', 'serif'],
      ['堃', 'fallback'],
      ['同志说', 'serif'],
    ])
    // 张堃同志说 is 5 wide after a 1 mm indent on 6.5 mm: 0.5 mm over four gaps.
    expect(box!.charSpace).toBeCloseTo(0.125, 9)
    ;[1, 2.125, 3.25].forEach((x, i) => expect(runs[i]?.x).toBeCloseTo(x, 9))
    const [ragged] = breakLines('张堃同志', measure, { width: 10, firstIndent: 1 })
    expect(lineRuns(ragged!).map((r) => r.x)).toEqual([1, 2, 3])
  })
})

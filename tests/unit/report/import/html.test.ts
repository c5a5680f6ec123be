import { describe, expect, it } from 'vitest'
import {
  decodeEntities,
  htmlToText,
  parseHtmlTables,
  placeCells,
} from '../../../../src/report/import'

describe('entities', () => {
  it.each([
    ['a&nbsp;b', 'a\u00a0b'],
    ['R&amp;D', 'R&D'],
    ['&#x4E00;、&#20108;', '一、二'],
    ['&ldquo;三安全一稳定&rdquo;', '“三安全一稳定”'],
    ['&lt;td&gt;', '<td>'],
    ['&unknown; &#xFFFFFFF; &amp', '&unknown; &#xFFFFFFF; &'],
  ])('%j → %j', (raw, text) => {
    expect(decodeEntities(raw)).toBe(text)
  })
})

describe('tables', () => {
  it('reads cells, spans and nested markup; unclosed td and tr are closed', () => {
    const [table] = parseHtmlTables(
      '<table><tr><td rowspan=2 colspan="2">A<br>B</td><td><span><b>1</b></span>' +
        '<tr><td>2<tr><td>x</td><td>&nbsp;</td><td>3</td></table>',
    )
    expect(table?.rows.map((row) => row.map((c) => [c.text, c.rowspan, c.colspan]))).toEqual([
      [
        ['A\nB', 2, 2],
        ['1', 1, 1],
      ],
      [['2', 1, 1]],
      [
        ['x', 1, 1],
        ['\u00a0', 1, 1],
        ['3', 1, 1],
      ],
    ])
  })

  it.each([
    // [markup, expected [text, row, column] in grid order]
    [
      '<table><tr><td rowspan="3">L</td><td>a</td></tr><tr><td>b</td></tr><tr><td>c</td></tr></table>',
      [
        ['L', 0, 0],
        ['a', 0, 1],
        ['b', 1, 1],
        ['c', 2, 1],
      ],
    ],
    [
      '<table><tr><td colspan="3">band</td></tr><tr><td>x</td><td colspan=2>1</td></tr></table>',
      [
        ['band', 0, 0],
        ['x', 1, 0],
        ['1', 1, 1],
      ],
    ],
    [
      '<table><tr><td colspan="2" rowspan="2">h</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td><td>4</td><td>5</td></tr></table>',
      [
        ['h', 0, 0],
        ['1', 0, 2],
        ['2', 1, 2],
        ['3', 2, 0],
        ['4', 2, 1],
        ['5', 2, 2],
      ],
    ],
  ])('places cells like a browser: %s', (markup, cells) => {
    const [table] = parseHtmlTables(markup)
    expect(
      placeCells(table ?? { rows: [], nested: false }).map((c) => [c.text, c.row, c.column]),
    ).toEqual(cells)
  })

  it('ignores tables inside scripts and comments, and marks a table holding another as nested', () => {
    const tables = parseHtmlTables(
      '<script>"<table><tr><td>no</td></tr></table>"</script><!-- <table> -->' +
        '<table><tr><td><table><tr><td>inner</td></tr></table></td></tr></table>',
    )
    expect(tables.map((t) => [t.nested, t.rows.flat().map((c) => c.text.trim())])).toEqual([
      [true, ['inner']],
      [false, ['inner']],
    ])
  })
})

describe('htmlToText', () => {
  it('puts blocks and cells on their own lines and drops head, scripts and tags', () => {
    const text = htmlToText(
      '<html><head><title>T</title></head><body><p>一、<b>总体</b>情况</p><table><tr><td>规章</td><td>0</td></tr></table><script>x</script></body></html>',
    )
    expect(text.split('\n').filter(Boolean)).toEqual(['一、总体情况', '规章', '0'])
  })
})

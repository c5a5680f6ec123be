// A text longer than an Excel cell holds is clipped and says so (issue 21); every other value is
// written as it is; the workbook of a row with such a text is written and reads back.
import * as XLSX from '@e965/xlsx'
import { describe, expect, it } from 'vitest'
import { CLIPPED_NOTE, EXCEL_CELL_CHARS, clipCell, clipSheet } from '@/workspace/clipCell'

const LIMIT = 32_767 // Excel's documented limit, written out here rather than taken from the code

describe('clipCell', () => {
  it.each([
    ['a short text', '市政府办公室'],
    ['exactly the limit', '报'.repeat(LIMIT)],
    ['a number', 42],
    ['null', null],
  ])('%s is unchanged', (_, value) => {
    expect(clipCell(value as never)).toBe(value)
  })

  it.each([
    ['one over', '报'.repeat(LIMIT + 1)],
    ['far over', '公开'.repeat(100_000)],
    ['a pair at the cut', '𠀾'.repeat(LIMIT)],
  ])('%s is clipped to the limit, ending with the note', (_, value) => {
    const clipped = clipCell(value) as string
    expect(EXCEL_CELL_CHARS).toBe(LIMIT)
    expect(clipped.length).toBeLessThanOrEqual(LIMIT)
    expect(clipped.endsWith(CLIPPED_NOTE)).toBe(true)
    expect(clipped).toContain('超出Excel单元格上限')
    const kept = clipped.slice(0, -CLIPPED_NOTE.length)
    expect(value.startsWith(kept)).toBe(true)
    // No lone surrogate left behind.
    expect(kept).not.toMatch(/[\ud800-\udbff]$/)
  })

  it('a sheet with one over-long text is written by SheetJS and reads back clipped', () => {
    const long = '依申请公开'.repeat(10_000)
    const book = XLSX.utils.book_new()
    XLSX.utils.book_append_sheet(
      book,
      XLSX.utils.aoa_to_sheet(
        clipSheet([
          ['机关名称', '说明'],
          ['县教育局', long],
        ]),
      ),
      '汇总',
    )
    const bytes = XLSX.write(book, { bookType: 'xlsx', type: 'array' }) as ArrayBuffer
    const back = XLSX.utils.sheet_to_json<string[]>(XLSX.read(bytes).Sheets['汇总']!, { header: 1 })
    expect(back[1]?.[0]).toBe('县教育局')
    expect(back[1]?.[1]?.length).toBeLessThanOrEqual(LIMIT)
    expect(back[1]?.[1]?.endsWith(CLIPPED_NOTE)).toBe(true)
  })
})

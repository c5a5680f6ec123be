import { describe, expect, it } from 'vitest'
import { isReportFile } from '@/reportFiles/reportFileNames'

describe('isReportFile: a dropped file goes to the import dialog or to the draft import', () => {
  it.each([
    ['2021年度报告.docx', true],
    ['年报.PDF', true],
    ['page.htm', true],
    ['saved.mht', true],
    ['copy.txt', true],
    ['old.doc', true],
    ['wps.wps', true],
    ['scan.ofd', true],
    ['草稿.json', false],
    ['report.docx.json', false],
    ['table.xlsx', false],
    ['docx', false],
  ])('%s → %s', (name, expected) => {
    expect(isReportFile(name)).toBe(expected)
  })
})

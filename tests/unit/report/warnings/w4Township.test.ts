import { describe, expect, it } from 'vitest'
import { checkW4, computeDraftValues, createEmptyDraft, type Level } from '../../../../src/report'

function w4(agencyName: string, level: Level | null, issued: string) {
  const draft = createEmptyDraft(2025)
  draft.meta.agencyName = agencyName
  draft.meta.level = level
  draft.cells['table2.regulations.issued'] = issued
  return checkW4(draft, computeDraftValues(draft))
}

describe('W4 for a township whose level is not filled in', () => {
  it.each([
    ['青石镇人民政府', null, '1', '从机关名称看为乡镇级（未填行政层级）'],
    ['柳河乡人民政府', null, '2', '从机关名称看为乡镇级'],
    ['安平街道办事处', null, '1', '从机关名称看为乡镇级'],
    ['青石镇人民政府', '乡镇级', '1', '行政层级为乡镇级'],
    ['某县交通运输局', '县级', '3', '行政层级为县级'],
  ] as const)('%s (%s) with 规章 %s: W4 says “%s”', (name, level, issued, words) => {
    const findings = w4(name, level, issued)
    expect(findings).toHaveLength(1)
    expect(findings[0]?.message).toContain(words)
  })

  it.each([
    ['青石镇人民政府', null, '0'],
    ['某市人民政府', null, '4'],
    ['镇江市交通运输局', null, '4'],
    ['某县人民政府', null, '2'],
    ['青石镇人民政府', '设区的市级', '1'],
  ] as const)('%s (%s) with 规章 %s: no W4', (name, level, issued) => {
    expect(w4(name, level, issued)).toEqual([])
  })
})

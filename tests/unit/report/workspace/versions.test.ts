import { describe, expect, it } from 'vitest'
import { batchYear, reportVersions, versionKey } from '../../../../src/report/workspace/versions'

const subject = (id: string, agencyName: string | null, year: number | null, order: number) => ({
  id,
  agencyName,
  year,
  order,
})

describe('versionKey', () => {
  it.each([
    ['某县市场监督管理局', 2025, '某县市场监督管理局|2025'],
    [' 某县 市场监督管理局 ', 2025, '某县市场监督管理局|2025'],
    ['某县（区）财政局', 2024, '某县(区)财政局|2024'],
    ['', 2025, null],
    ['   ', 2025, null],
    ['某局', null, null],
  ])('%j, %j → %j', (name, year, key) => {
    expect(versionKey(name, year)).toBe(key)
  })
})

describe('reportVersions', () => {
  it.each([
    {
      name: 'a resubmission supersedes the first file',
      subjects: [subject('a', '甲局', 2025, 1), subject('b', '甲局', 2025, 2)],
      expected: { a: [1, true], b: [2, false] },
    },
    {
      name: 'three rounds, added out of order: the order added decides',
      subjects: [
        subject('c', '乙镇人民政府', 2026, 9),
        subject('a', '乙镇人民政府', 2026, 3),
        subject('b', ' 乙镇人民政府', 2026, 5),
      ],
      expected: { a: [1, true], b: [2, true], c: [3, false] },
    },
    {
      name: 'another year of the same agency is another report',
      subjects: [subject('a', '甲局', 2024, 1), subject('b', '甲局', 2025, 2)],
      expected: { a: [1, false], b: [1, false] },
    },
    {
      name: 'reports without a name or a year are never merged',
      subjects: [
        subject('a', '', 2025, 1),
        subject('b', '', 2025, 2),
        subject('c', '丙局', null, 3),
      ],
      expected: { a: [1, false], b: [1, false], c: [1, false] },
    },
  ])('$name', ({ subjects, expected }) => {
    const versions = reportVersions(subjects)
    for (const [id, [version, superseded]] of Object.entries(expected)) {
      expect(versions.get(id)).toMatchObject({ version, superseded })
    }
  })

  it('lists every version of a report, oldest first', () => {
    const versions = reportVersions([
      subject('b', '甲局', 2025, 2),
      subject('x', '乙局', 2025, 3),
      subject('a', '甲局', 2025, 1),
    ])
    expect(versions.get('b')?.versionIds).toEqual(['a', 'b'])
    expect(versions.get('b')?.count).toBe(2)
    expect(versions.get('x')?.versionIds).toEqual(['x'])
  })
})

describe('batchYear', () => {
  it.each([
    [[2026, 2026, 2025], 2026],
    [[2025, null, 2025, 2026, 2025], 2025],
    [[2025, 2026], null],
    [[2024, 2025, 2026, 2026], null],
    [[], null],
    [[null, null], null],
  ])('%j → %j', (years, year) => {
    expect(batchYear(years)).toBe(year)
  })
})

import { describe, expect, it } from 'vitest'
import { ValidationError } from 'yup'
import {
  agencyNameProblem,
  checkM1,
  createEmptyDraft,
  reportYearProblem,
} from '../../../src/report'
import { newDraftMetaSchema } from '../../../src/report/formSchemas'

const today = new Date(2026, 11, 7)
const errorsOf = (value: unknown): Record<string, string> => {
  try {
    newDraftMetaSchema(today).validateSync(value, { abortEarly: false })
    return {}
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error
    return Object.fromEntries(error.inner.map((e) => [e.path ?? '', e.message]))
  }
}
const m1 = (field: string) => {
  const draft = createEmptyDraft(null)
  return checkM1(draft).find((f) => f.fields.includes(field as never))?.message
}

describe('the new-draft metadata schema (built on M1 and M2)', () => {
  it.each([
    ['a government and this year', { agencyName: '某县人民政府', year: 2026, level: '县级' }, {}],
    ['no name', { agencyName: '  ', year: 2026, level: '' }, { agencyName: m1('meta.agencyName') }],
    ['no year', { agencyName: '某县人民政府', year: null, level: '' }, { year: m1('meta.year') }],
    [
      '2019 (before the format)',
      { agencyName: '某县', year: 2019, level: '' },
      { year: reportYearProblem(2019, today) },
    ],
    [
      'a year not yet begun',
      { agencyName: '某县', year: 2027, level: '' },
      { year: reportYearProblem(2027, today) },
    ],
    [
      'a name over 60 characters',
      { agencyName: '某'.repeat(61), year: 2025, level: '' },
      { agencyName: agencyNameProblem('某'.repeat(61)) },
    ],
    ['a year typed as text', { agencyName: '某县', year: '2025', level: '' }, {}],
    ['a blank year typed', { agencyName: '某县', year: ' ', level: '' }, { year: m1('meta.year') }],
    [
      'a year that is not a number',
      { agencyName: '某县', year: '二〇二五', level: '' },
      { year: expect.stringContaining('四位数') },
    ],
    [
      'a level that is not one',
      { agencyName: '某县', year: 2025, level: '村级' },
      { level: expect.any(String) },
    ],
  ])('%s', (_, value, expected) => {
    expect(errorsOf(value)).toEqual(expected)
  })

  it('uses the domain’s own words (the same as the review panel)', () => {
    expect(m1('meta.agencyName')).toBe('请填写机关名称')
    expect(reportYearProblem(2019, today)).toContain('2021')
  })
})

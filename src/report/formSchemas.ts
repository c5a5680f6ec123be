/**
 * yup schemas for forms whose state is their own (not the draft's): built on the domain's M1 and
 * M2 functions, so a form refuses exactly what the review panel and the output gate would, in
 * the same words. The 本级汇总 dialog validates its new draft's name, year and level with it
 * (through vee-validate); the editor's metadata form shows the domain's findings directly.
 */
import { mixed, number, object, string, type TestContext } from 'yup'
import { createEmptyDraft } from './draft'
import { checkM1 } from './entry'
import { LEVELS, type Level } from './format'
import { agencyNameProblem, reportYearProblem } from './metaRules'

/** A yup test from a domain check: passes when it finds nothing, else fails with its message. */
function fromRule<T>(problem: (value: T) => string | null) {
  return (value: T, context: TestContext) => {
    const message = problem(value)
    return message === null || context.createError({ message })
  }
}

/** M1's message for a metadata field left blank, taken from `checkM1` itself. */
function m1Problem(
  field: 'agencyName' | 'year',
  meta: { agencyName: string; year: number | null },
) {
  const draft = createEmptyDraft(meta.year)
  draft.meta.agencyName = meta.agencyName
  return checkM1(draft).find((f) => f.fields.includes(`meta.${field}`))?.message ?? null
}

/** What a summed draft (本级汇总) is given: a name, a year and optionally a level. */
export interface SummedDraftTarget {
  agencyName: string
  year: number | null
  level: Level | ''
}

/** The schema of a new draft's name, year and level (M1: both given; M2: well formed today). */
export function newDraftMetaSchema(today: Date) {
  return object({
    agencyName: string()
      .default('')
      .test(
        'M1',
        fromRule((name: string) => m1Problem('agencyName', { agencyName: name ?? '', year: 0 })),
      )
      .test(
        'M2',
        fromRule((name: string) => agencyNameProblem(name ?? '')),
      ),
    // A year typed in a text field: blank is no year (M1), anything but a number says so.
    year: number()
      .transform((value: number, original: unknown) =>
        typeof original === 'string' && original.trim() === '' ? null : value,
      )
      .typeError('报告年度应为四位数的年份，如 2025')
      .nullable()
      .default(null)
      .test(
        'M1',
        fromRule((year: number | null) =>
          m1Problem('year', { agencyName: '-', year: year ?? null }),
        ),
      )
      .test(
        'M2',
        fromRule((year: number | null) => (year === null ? null : reportYearProblem(year, today))),
      ),
    level: mixed<Level | ''>()
      .oneOf(['', ...LEVELS])
      .default(''),
  })
}

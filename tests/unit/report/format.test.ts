import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  ALL_CELLS,
  INPUT_CELLS,
  OVERVIEW_SECTION_HEADINGS,
  PART_HEADINGS,
  TABLE2_BANDS,
  TABLE3_COLUMNS,
  TABLE3_COLUMN_LABELS,
  TABLE3_GROUPS,
  TABLE3_HEADER,
  TABLE3_ROWS,
  TABLE4_COLUMN_LABELS,
  TABLE4_GROUP_LABELS,
  TABLE4_GROUPS,
  findCell,
} from '../../../src/report'

// The spec is the source of truth; a copy is vendored so the suite runs anywhere, and checked
// against the shared original whenever that is beside the repository. Where it is not (a clean
// clone on a CI machine), the copy is checked against the digest it had when it was taken.
const SPEC_URL = new URL('../../fixtures/spec/report-format-2021.md', import.meta.url)
const SHARED_SPEC = new URL('../../../../shared/spec/report-format-2021.md', import.meta.url)
const spec = readFileSync(SPEC_URL, 'utf8')

/** Rows of the §3 markdown table: `| # | \`key\` | label | group |`. */
function specTable3Rows(): { key: string; label: string; group: string }[] {
  return spec
    .split('\n')
    .map((line) => /^\| (\d+) \| `(\w+)` \| (.+?) \| (.+?) \|$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => ({ key: m[2] ?? '', label: m[3] ?? '', group: m[4] ?? '' }))
}

/** SHA-256 of the shared spec when it was vendored; update both together. */
const VENDORED_SHA256 = '15eb7c96710182254f701b23780e1881193990cc1d1e490944842e7d91b9d415'

describe('the vendored spec', () => {
  it('equals the shared original, or where that is absent the copy taken of it', () => {
    if (existsSync(SHARED_SPEC)) expect(spec).toBe(readFileSync(SHARED_SPEC, 'utf8'))
    expect(createHash('sha256').update(spec).digest('hex')).toBe(VENDORED_SHA256)
  })
})

describe('table 3 against spec §3', () => {
  const rows = specTable3Rows()

  it('has 25 rows and 7 number columns', () => {
    expect(rows).toHaveLength(25)
    expect(TABLE3_ROWS).toHaveLength(25)
    expect(TABLE3_COLUMNS).toHaveLength(7)
  })

  it.each(rows.map((row, i) => [i + 1, row] as const))(
    'row %i key and label are verbatim',
    (i, row) => {
      const ours = TABLE3_ROWS[i - 1]
      expect(ours?.key).toBe(row.key)
      expect(ours?.label).toBe(row.label)
    },
  )

  it.each(rows.map((row, i) => [i + 1, row] as const))('row %i sits in its group', (i, row) => {
    const ours = TABLE3_ROWS[i - 1]
    const groupLabel = ours?.group ? TABLE3_GROUPS[ours.group] : undefined
    if (row.group.startsWith('（')) expect(groupLabel).toBe(row.group)
    else expect(groupLabel).toBeUndefined()
  })

  it('column keys and labels match the spec sentence', () => {
    for (const column of TABLE3_COLUMNS) {
      expect(spec).toContain(`${TABLE3_COLUMN_LABELS[column]} \`${column}\``)
    }
  })

  it('header texts appear verbatim in the spec', () => {
    for (const text of Object.values(TABLE3_HEADER)) expect(spec).toContain(text)
  })
})

describe('table 2 against spec §2', () => {
  it.each(TABLE2_BANDS.map((band) => [band.label, band] as const))(
    '%s labels are verbatim',
    (_, band) => {
      expect(spec).toContain(`[${band.label}`)
      for (const column of band.columns)
        expect(spec).toMatch(new RegExp(`\\[${column.label}[\\] ]`))
      for (const row of band.rows) expect(spec).toMatch(new RegExp(`\\[${row.label}\\]`))
    },
  )

  it('has the cells of the §6 JSON', () => {
    const keys = ALL_CELLS.filter((c) => c.table === 'table2').map((c) => c.key)
    expect(keys).toEqual([
      'table2.regulations.issued',
      'table2.regulations.repealed',
      'table2.regulations.inForce',
      'table2.normativeDocuments.issued',
      'table2.normativeDocuments.repealed',
      'table2.normativeDocuments.inForce',
      'table2.licensing.decisions',
      'table2.punishment.decisions',
      'table2.coercion.decisions',
      'table2.fees.amountWan',
    ])
    expect(findCell('table2.fees.amountWan')?.kind).toBe('amount')
  })
})

describe('table 4 against spec §4', () => {
  it('has 15 columns: three groups of five', () => {
    expect(ALL_CELLS.filter((c) => c.table === 'table4')).toHaveLength(15)
  })

  it.each(TABLE4_GROUPS)('group %s has its spec key and label', (group) => {
    expect(spec).toMatch(new RegExp(`${TABLE4_GROUP_LABELS[group]}\\s+\`${group}\``))
  })

  it.each(Object.entries(TABLE4_COLUMN_LABELS))('column %s has its spec label', (key, label) => {
    expect(spec).toContain(`${label} \`${key}\``)
  })
})

describe('parts', () => {
  it.each(Object.values(PART_HEADINGS))('heading %s is in the spec', (heading) => {
    expect(spec).toContain(heading)
  })

  it.each(Object.values(OVERVIEW_SECTION_HEADINGS))('sub-part %s is in the spec', (heading) => {
    expect(spec).toContain(heading)
  })
})

describe('the cell catalogue', () => {
  it('has 166 input cells and 34 derived totals', () => {
    expect(INPUT_CELLS).toHaveLength(10 + 24 * 6 + 3 * 4)
    expect(ALL_CELLS.length - INPUT_CELLS.length).toBe(25 + 6 + 3)
  })

  it('keys are unique', () => {
    expect(new Set(ALL_CELLS.map((c) => c.key)).size).toBe(ALL_CELLS.length)
  })

  it.each([
    ['table3.newReceived.natural', '一、本年新收政府信息公开申请数量 自然人'],
    [
      'table3.withheldSecurity.legal',
      '三、本年度办理结果 （三）不予公开 3.危及“三安全一稳定” 法人或其他组织 法律服务机构',
    ],
    ['table3.resultsTotal.total', '三、本年度办理结果 （七）总计 总计'],
    ['table4.litigationDirect.pending', '行政诉讼 未经复议直接起诉 尚未审结'],
    ['table2.fees.amountWan', '行政事业性收费 本年收费金额（单位：万元）'],
  ])('%s is named “%s”', (key, name) => {
    expect(findCell(key)?.name).toBe(name)
  })
})

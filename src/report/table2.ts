/** Table 2 — 二、主动公开政府信息情况: four bands, no arithmetic between cells. */

/** A number column of table 2. */
export interface Table2Column<K extends string = string> {
  readonly key: K
  readonly label: string
}

/** A row of table 2 and the band (第二十条第（…）项) it sits in. */
export interface Table2Row {
  readonly key:
    'regulations' | 'normativeDocuments' | 'licensing' | 'punishment' | 'coercion' | 'fees'
  readonly label: string
}

/** A band: a full-width heading row, a header row, then its data rows. */
export interface Table2Band<C extends string = string> {
  readonly label: string
  /** The header row's number columns; a single column spans the three number columns. */
  readonly columns: readonly Table2Column<C>[]
  readonly rows: readonly Table2Row[]
  /** `amount` for the fee in 万元 (a decimal), `count` for whole numbers. */
  readonly kind: 'count' | 'amount'
}

/** The label of the first column in each band's header row. */
export const TABLE2_CONTENT_LABEL = '信息内容'

// Declared `as const` so the cell keys below are literal types (a misspelt key fails to compile).
const BANDS = [
  {
    label: '第二十条第（一）项',
    kind: 'count',
    columns: [
      { key: 'issued', label: '本年制发件数' },
      { key: 'repealed', label: '本年废止件数' },
      { key: 'inForce', label: '现行有效件数' },
    ],
    rows: [
      { key: 'regulations', label: '规章' },
      { key: 'normativeDocuments', label: '行政规范性文件' },
    ],
  },
  {
    label: '第二十条第（五）项',
    kind: 'count',
    columns: [{ key: 'decisions', label: '本年处理决定数量' }],
    rows: [{ key: 'licensing', label: '行政许可' }],
  },
  {
    label: '第二十条第（六）项',
    kind: 'count',
    columns: [{ key: 'decisions', label: '本年处理决定数量' }],
    rows: [
      { key: 'punishment', label: '行政处罚' },
      { key: 'coercion', label: '行政强制' },
    ],
  },
  {
    label: '第二十条第（八）项',
    kind: 'amount',
    columns: [{ key: 'amountWan', label: '本年收费金额（单位：万元）' }],
    rows: [{ key: 'fees', label: '行政事业性收费' }],
  },
] as const satisfies readonly Table2Band[]

/** The four bands of table 2, verbatim. */
export const TABLE2_BANDS: readonly Table2Band<Table2ColumnKey>[] = BANDS

/** A column key of table 2 (its bands' columns). */
export type Table2ColumnKey = (typeof BANDS)[number]['columns'][number]['key']

type BandCellKey<B> = B extends {
  readonly rows: readonly { readonly key: infer R extends string }[]
  readonly columns: readonly { readonly key: infer C extends string }[]
}
  ? `table2.${R}.${C}`
  : never

/** Every `table2.<row>.<column>` key: each band's rows by that band's own columns. */
export type Table2CellKey = BandCellKey<(typeof BANDS)[number]>

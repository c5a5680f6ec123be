/** The column-choice form's rules, as a yup schema the dialog validates with (vee-validate). */
import { number, object, type ObjectSchema } from 'yup'
import { LEDGER_ROLES, type ColumnRole, type LedgerKind } from './roles'

/** The form's value: the sheet, the header's row number (1-based) and a column per role (-1: none). */
export type ColumnForm = { sheet: number; headerRow: number } & Partial<Record<ColumnRole, number>>

/** Most rows above the data the header may sit at. */
const MAX_HEADER_ROW = 100

/**
 * The schema for choosing where a ledger's table is: a sheet of `sheetCount`, a header row, and
 * a column (of `columnCount`) for each required role; an optional role may be “none” (-1); no
 * column twice.
 */
export function ledgerColumnSchema(
  kind: LedgerKind,
  sheetCount: number,
  columnCount: number,
): ObjectSchema<ColumnForm> {
  const roles = LEDGER_ROLES[kind]
  const columns = Object.fromEntries(
    roles.map((spec) => {
      const message = spec.required
        ? `请选择“${spec.label}”所在的列`
        : `请选择“${spec.label}”所在的列，或选“台账没有这一列”`
      const field = number()
        .typeError(message)
        .required(message)
        .integer()
        .min(spec.required ? 0 : -1, message)
        .max(columnCount - 1, message)
        .test('distinct', '两项不能选同一列', function (value) {
          if (value === undefined || value < 0) return true
          const form = this.parent as ColumnForm
          return roles.every((other) => other.role === spec.role || form[other.role] !== value)
        })
      return [spec.role, field]
    }),
  )
  return object({
    sheet: number()
      .typeError('请选择工作表')
      .required('请选择工作表')
      .integer()
      .min(0)
      .max(sheetCount - 1),
    headerRow: number()
      .typeError('请填写表头所在的行号')
      .required('请填写表头所在的行号')
      .integer('行号是整数')
      .min(1, '行号从1开始')
      .max(MAX_HEADER_ROW, `表头应在前${MAX_HEADER_ROW}行内`),
    ...columns,
  }) as unknown as ObjectSchema<ColumnForm>
}

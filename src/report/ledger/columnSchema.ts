/** The column-choice form's rules, as a yup schema the dialog validates with (vee-validate). */
import { number, object, type ObjectSchema } from 'yup'
import { LEDGER_ROLES, type ColumnRole, type LedgerKind } from './roles'

/** The form's value: a column index per role; -1 for “the ledger has no such column”. */
export type ColumnForm = Partial<Record<ColumnRole, number>>

/** The schema for choosing columns among `columnCount`: required roles chosen, no column twice. */
export function ledgerColumnSchema(
  kind: LedgerKind,
  columnCount: number,
): ObjectSchema<ColumnForm> {
  const roles = LEDGER_ROLES[kind]
  const shape = Object.fromEntries(
    roles.map((spec) => {
      let field = number()
        .integer()
        .min(spec.required ? 0 : -1, `请选择“${spec.label}”所在的列`)
        .max(columnCount - 1)
        .typeError(`请选择“${spec.label}”所在的列`)
      field = spec.required
        ? field.required(`请选择“${spec.label}”所在的列`)
        : field.required(`请选择“${spec.label}”所在的列，或选“台账没有这一列”`)
      return [
        spec.role,
        field.test('distinct', '两项不能选同一列', function (value) {
          if (value === undefined || value < 0) return true
          const form = this.parent as ColumnForm
          return roles.every((other) => other.role === spec.role || form[other.role] !== value)
        }),
      ]
    }),
  )
  return object(shape) as unknown as ObjectSchema<ColumnForm>
}

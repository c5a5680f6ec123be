/** Reading the tables' figures for a sentence: blank counts as 0, an invalid cell stops the sentence. */
import { findCell, type CellKey } from '../cells'
import type { CellValues } from '../totals'

/** A cell that cannot be read: the sentence is not written until it is fixed. */
export class InvalidFigure extends Error {
  constructor(readonly key: CellKey) {
    super(`表格中“${findCell(key)?.name ?? key}”的值无效，请先改正表格`)
  }
}

/** The figure of a cell (blank → 0). Throws {@link InvalidFigure} for an invalid cell. */
export function figure(values: CellValues, key: CellKey): number {
  const value = values.get(key)
  if (!value || value.status === 'blank') return 0
  if (value.status === 'invalid') throw new InvalidFigure(key)
  return value.value
}

/** The amount as typed (a decimal string in 万元), or null when blank or 0. */
export function amountText(values: CellValues, key: CellKey): string | null {
  const value = values.get(key)
  if (!value || value.status === 'blank') return null
  if (value.status === 'invalid') throw new InvalidFigure(key)
  return value.value === 0 ? null : value.text
}

/** “自然人80件、商业企业10件”: the parts that are not 0, joined by 、. */
export function listParts(parts: readonly (readonly [string, number])[], unit = '件'): string {
  return parts
    .filter(([, count]) => count > 0)
    .map(([label, count]) => `${label}${count}${unit}`)
    .join('、')
}

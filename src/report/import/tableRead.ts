/** What reading one table yields, and the I2 finding for a row whose digits cannot be placed. */
import type { CellKey } from '../cells'
import type { Finding } from '../finding'

/** The cells read from one table: inputs, stated totals, uncertain rows (I2), rows not found. */
export interface TableRead {
  /** True when at least one row (or the value row) was found. */
  found: boolean
  /** Input cells by key, text as read ('' when the source left the cell blank). */
  cells: Partial<Record<CellKey, string>>
  /** Derived cells (totals) as the source states them. */
  stated: Partial<Record<CellKey, string>>
  /** I2 findings: cells left blank because their digits could not be placed with certainty. */
  uncertain: Finding[]
  /** Keys of rows (or groups) that were not found. */
  missingRows: string[]
  /** Cells the source wrote as “—”, “/” or “无” (left blank; the user may read them as 0). */
  placeholders: CellKey[]
  /** Cells the source left empty (left blank; the user may read them as 0). */
  empties: CellKey[]
}

/** An empty read. */
export function emptyTableRead(): TableRead {
  return {
    found: false,
    cells: {},
    stated: {},
    uncertain: [],
    missingRows: [],
    placeholders: [],
    empties: [],
  }
}

/**
 * I2 for a row whose run-together digits were not placed: `options` ≥ 2 cuts fit the rules,
 * 0 none fits, -1 there were too many cuts (or no rule) to choose from.
 */
export function uncertainRowFinding(
  where: string,
  runs: readonly string[],
  cells: readonly CellKey[],
  options: number,
): Finding {
  const digits = `“${runs.join(' ')}”`
  const reason =
    options >= 2
      ? `数字连写为${digits}，有${options}种拆分都符合勾稽关系，无法确定`
      : options === 0
        ? `数字${digits}无法拆分成符合勾稽关系的各栏数字`
        : `数字连写为${digits}，有多种拆分方式，无法确定`
  return {
    rule: 'I2',
    severity: 'warning',
    cells: [...cells],
    fields: [],
    message: `${where}${reason}；${cells.length}个单元格已留空，请对照原文填写`,
  }
}

/**
 * I2 for a row printed with one number fewer than its cells: which one is missing is not known,
 * so the cells stay blank (`totalKept`: the last number was the row's total and is kept).
 */
export function droppedValueFinding(
  where: string,
  numbers: readonly string[],
  cells: readonly CellKey[],
  totalKept: boolean,
): Finding {
  const printed = `“${numbers.join(' ')}”`
  const reason = totalKept
    ? `只印有${numbers.length}个数字${printed}，最后一个等于其余之和，已作为总计读取；缺的是哪一栏无法确定`
    : `只印有${numbers.length}个数字${printed}，比栏数少一个，缺的是哪一栏无法确定`
  return {
    rule: 'I2',
    severity: 'warning',
    cells: [...cells],
    fields: [],
    message: `${where}${reason}；${cells.length}个单元格已留空，请对照原文填写`,
  }
}

/**
 * I2 for cells whose numbers cannot be tied to their row: a row printed with more numbers than
 * columns, or a row label left without numbers (text pasted in reading order, labels floated).
 */
export function misplacedValuesFinding(where: string, cells: readonly CellKey[]): Finding {
  return {
    rule: 'I2',
    severity: 'warning',
    cells: [...cells],
    fields: [],
    message: `${where}的数字与行名的对应关系无法确定（原文数字可能印在别的行名旁，或行名与数字分处不同位置）；${cells.length}个单元格已留空，请对照原文填写`,
  }
}

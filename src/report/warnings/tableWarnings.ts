/** Warnings about table figures: W4 (规章 below the level that makes them), W5 (fee in 元). */
import type { ReportDraft } from '../draft'
import type { Finding } from '../finding'
import type { Level } from '../format'
import type { CellValues } from '../totals'
import { cellKey } from '../cells'

const NO_REGULATIONS: readonly Level[] = ['县级', '乡镇级']
const REGULATION_CELLS = (['issued', 'repealed', 'inForce'] as const).map((c) =>
  cellKey('table2', 'regulations', c),
)

/** A township's own name ends like this (乡/镇人民政府, 街道办事处): it is 乡镇级 whatever is filled in. */
const TOWNSHIP_NAME = /(?:[乡镇]人民政府|街道办事处)$/

/**
 * The level W4 goes by: the one filled in, else 乡镇级 when the name is a township's (a reviewer
 * reads it off the name; a township's report often leaves 行政层级 blank).
 */
function levelForW4(draft: ReportDraft): { level: Level | null; fromName: boolean } {
  if (draft.meta.level) return { level: draft.meta.level, fromName: false }
  const township = TOWNSHIP_NAME.test(draft.meta.agencyName.trim())
  return { level: township ? '乡镇级' : null, fromName: township }
}

/** W4: 规章 rows are non-zero for a 县级 or 乡镇级 body, which cannot make 规章. */
export function checkW4(draft: ReportDraft, values: CellValues): Finding[] {
  const { level, fromName } = levelForW4(draft)
  if (!level || !NO_REGULATIONS.includes(level)) return []
  const nonZero = REGULATION_CELLS.filter((key) => {
    const value = values.get(key)
    return value?.status === 'valid' && value.value > 0
  })
  if (nonZero.length === 0) return []
  return [
    {
      rule: 'W4',
      severity: 'warning',
      cells: nonZero,
      fields: ['meta.level'],
      message: `${fromName ? `从机关名称看为${level}（未填行政层级）` : `行政层级为${level}`}，无权制定规章，但表二“规章”行填了非零数字；应为0，或把文件计入“行政规范性文件”`,
    },
  ]
}

/**
 * Above these many 万元 a year's fees look like 元 typed into the 万元 column. Real reports stay
 * far below (a municipal centre: 0; a city bureau: 24252.311082); 元 typed as 万元 is 10,000
 * times too large, so a bound well above real figures still catches it.
 */
export const FEE_PLAUSIBLE_MAX_WAN: Record<Level | 'unknown', number> = {
  国务院部门: 5_000_000,
  省级: 500_000,
  设区的市级: 100_000,
  县级: 50_000,
  乡镇级: 5_000,
  unknown: 500_000,
}

/** W5: 本年收费金额 looks like 元 rather than 万元 (implausibly large for the body's level). */
export function checkW5(draft: ReportDraft, values: CellValues): Finding[] {
  const fee = values.get('table2.fees.amountWan')
  if (fee?.status !== 'valid') return []
  const level = draft.meta.level ?? 'unknown'
  const limit = FEE_PLAUSIBLE_MAX_WAN[level]
  if (fee.value <= limit) return []
  const yi = (fee.value / 10_000).toLocaleString('zh-CN', { maximumFractionDigits: 2 })
  return [
    {
      rule: 'W5',
      severity: 'warning',
      cells: ['table2.fees.amountWan'],
      fields: [],
      message: `本年收费金额填的是${fee.text}万元（约${yi}亿元），对${draft.meta.level ?? '一般机关'}而言过大；单位是万元，是否误填为元？`,
    },
  ]
}

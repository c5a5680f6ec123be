/**
 * 本级汇总: summing the input cells of several reports into a new draft. Counts add up; the fee
 * (万元) adds up exactly as decimals; a cell blank in every report stays blank, blank beside
 * numbers counts as 0 (as in a total); a cell that is not a number in some report, or that an
 * import could not read with certainty (I2, still unconfirmed), is left blank and named, so nothing
 * unreadable is silently counted as 0. Reports of different years are refused.
 */
import { INPUT_CELLS, type CellKey } from '../cells'
import { createEmptyDraft, type ReportDraft, type SummedSource } from '../draft'
import type { Level } from '../format'
import { parseCell } from '../numbers'
import { sumDecimals } from './decimalSum'
import { versionKey } from './versions'

/** One report to sum: its draft, its fingerprint, and how many errors it has. */
export interface AggregateSource {
  readonly draft: ReportDraft
  readonly fingerprint: string
  readonly errorCount: number
}

/** What the user chose for the new draft. */
export interface AggregateTarget {
  readonly agencyName: string
  readonly year: number
  readonly level?: Level | null
}

/** A cell left blank because some report's value in it is not a number, or is uncertain (I2). */
export interface UnreadCell {
  readonly cell: CellKey
  readonly agencies: readonly string[]
}

/** The new draft and what could not be summed, or why nothing was summed. */
export type AggregateResult =
  | { readonly ok: true; readonly draft: ReportDraft; readonly unread: readonly UnreadCell[] }
  | { readonly ok: false; readonly reason: string }

const agencyOf = (draft: ReportDraft) => draft.meta.agencyName.trim() || '未命名机关'

/** Refuses an empty selection, a report without a year, and reports of another year than `year`. */
export function checkAggregateYears(
  sources: readonly AggregateSource[],
  year: number,
): string | null {
  if (sources.length === 0) return '没有选中的报告，请先勾选要汇总的报告。'
  const missing = sources.filter((s) => s.draft.meta.year === null).map((s) => agencyOf(s.draft))
  if (missing.length > 0) {
    return `以下报告没有填写报告年度，无法汇总：${missing.join('、')}。请先补填年度或取消勾选。`
  }
  const other = sources.filter((s) => s.draft.meta.year !== year)
  if (other.length === 0) return null
  const years = [...new Set(sources.map((s) => s.draft.meta.year))].sort()
  const list = other.map((s) => `${agencyOf(s.draft)}（${s.draft.meta.year}年）`).join('、')
  return (
    `选中的报告年度不一致（${years.join('年、')}年），只能汇总同一年度的报告。` +
    `与${year}年不同的有：${list}。请取消勾选它们后再汇总。`
  )
}

/**
 * Refuses an agency selected twice (two versions of one report, or the same file added twice):
 * summing it would count its figures twice. Names each agency and how often it was selected.
 */
export function checkAggregateAgencies(sources: readonly AggregateSource[]): string | null {
  const counts = new Map<string, { name: string; count: number }>()
  for (const { draft } of sources) {
    const key = versionKey(draft.meta.agencyName, 0) ?? ''
    if (key === '') continue
    const seen = counts.get(key)
    counts.set(key, { name: agencyOf(draft), count: (seen?.count ?? 0) + 1 })
  }
  const twice = [...counts.values()].filter((entry) => entry.count > 1)
  if (twice.length === 0) return null
  const list = twice.map((entry) => `${entry.name}（${entry.count}份）`).join('、')
  return `同一机关的报告被选中了不止一份，汇总会重复计入：${list}。请每个机关只勾选一份（通常是最新版本）后再汇总。`
}

/** Sums the sources' input cells into a new draft for `target`, recording `summedFrom`. */
export function aggregateReports(
  sources: readonly AggregateSource[],
  target: AggregateTarget,
): AggregateResult {
  const refused = checkAggregateYears(sources, target.year) ?? checkAggregateAgencies(sources)
  if (refused) return { ok: false, reason: refused }
  const draft = createEmptyDraft(target.year)
  draft.meta.agencyName = target.agencyName.trim()
  draft.meta.level = target.level ?? null
  const unread: UnreadCell[] = []
  const uncertain = sources.map(
    (source) => new Set<CellKey>(source.draft.importReview?.uncertainCells ?? []),
  )
  for (const cell of INPUT_CELLS) {
    const texts: string[] = []
    const bad: string[] = []
    sources.forEach((source, i) => {
      const parsed = parseCell(source.draft.cells[cell.key] ?? '', cell.kind)
      if (parsed.status === 'invalid' || uncertain[i]?.has(cell.key)) {
        bad.push(agencyOf(source.draft))
      } else if (parsed.status === 'valid') texts.push(parsed.text)
    })
    if (bad.length > 0) unread.push({ cell: cell.key, agencies: bad })
    else if (texts.length > 0) draft.cells[cell.key] = sumDecimals(texts)
  }
  draft.summedFrom = sources.map((source): SummedSource => ({
    agencyName: agencyOf(source.draft),
    year: target.year,
    fingerprint: source.fingerprint,
    errorCount: source.errorCount,
  }))
  return { ok: true, draft, unread }
}

/** The warning a summed draft shows while any of its sources had errors; null when none had. */
export function summedFromWarning(sources: readonly SummedSource[] | undefined): string | null {
  const broken = (sources ?? []).filter((source) => source.errorCount > 0)
  if (broken.length === 0) return null
  const names = broken.map((s) => `${s.agencyName}（${s.errorCount}处错误）`).join('、')
  return `本汇总所依据的${sources?.length ?? 0}份报告中，有${broken.length}份存在错误：${names}。请待其更正后重新汇总。`
}

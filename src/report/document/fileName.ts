/** The file names of the report's outputs (spec §1 title; （草稿） for a draft, spec §5). */
import type { ReportMeta } from '../draft'
import { formatReportTitle } from '../format'
import { outputFileName } from '../gate'

/** The suffix a draft's file name ends with, before the extension. */
export const DRAFT_FILE_SUFFIX = '（草稿）'

/**
 * `{机关名称}{年度}年政府信息公开工作年度报告[（草稿）].{ext}`, cleaned and cut to a sane length by
 * the gate's `outputFileName`, e.g. reportFileName(meta, false, 'docx').
 */
export function reportFileName(
  meta: Pick<ReportMeta, 'agencyName' | 'year'>,
  isDraft: boolean,
  ext: string,
): string {
  const title = formatReportTitle(meta.agencyName.trim(), meta.year)
  return outputFileName(title, ext, isDraft ? 'draft' : 'final')
}

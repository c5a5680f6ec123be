/**
 * The 2021 report format (国办公开办函〔2021〕30号) as data: parts, rows, columns, keys and the
 * verbatim labels every agency copies. Everything else (editor, PDF, importer) reads this file.
 */

/** Administrative levels a report's agency can belong to. */
export const LEVELS = ['国务院部门', '省级', '设区的市级', '县级', '乡镇级'] as const
/** One of {@link LEVELS}. */
export type Level = (typeof LEVELS)[number]

/** The first report year the 2021 format applies to. */
export const FIRST_FORMAT_YEAR = 2021

/** Headings of the six parts, verbatim. */
export const PART_HEADINGS = {
  overview: '一、总体情况',
  table2: '二、主动公开政府信息情况',
  table3: '三、收到和处理政府信息公开申请情况',
  table4: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  otherMatters: '六、其他需要报告的事项',
} as const

/** Keys of the five sub-parts of 一、总体情况, in order. */
export const OVERVIEW_SECTION_KEYS = [
  'proactive',
  'onRequest',
  'management',
  'platform',
  'oversight',
] as const
/** One of {@link OVERVIEW_SECTION_KEYS}. */
export type OverviewSectionKey = (typeof OVERVIEW_SECTION_KEYS)[number]

/** Sub-part headings of 一、总体情况, verbatim. */
export const OVERVIEW_SECTION_HEADINGS: Record<OverviewSectionKey, string> = {
  proactive: '（一）主动公开情况',
  onRequest: '（二）依申请公开情况',
  management: '（三）政府信息管理情况',
  platform: '（四）政府信息公开平台建设情况',
  oversight: '（五）监督保障情况',
}

/** Title of a report: `{机关名称}{年度}年政府信息公开工作年度报告`. */
export function formatReportTitle(agencyName: string, year: number | null): string {
  return `${agencyName}${year ?? ''}年政府信息公开工作年度报告`
}

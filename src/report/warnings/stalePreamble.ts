/**
 * A preamble edited by hand stops following the metadata: when the 机关名称, 联系电话 or 网址
 * changes afterwards, the printed preamble would still carry the old one. Reported as a W3
 * (the text disagrees with the report's own data), never blocking.
 */
import type { ReportDraft } from '../draft'
import type { Finding } from '../finding'

const squeeze = (text: string) => text.replace(/[\s\u3000]+/g, '')
const bareUrl = (url: string) =>
  squeeze(url)
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')

const CHECKED = [
  { field: 'agencyName', label: '机关名称', normalise: squeeze },
  { field: 'phone', label: '联系电话', normalise: squeeze },
  { field: 'websiteUrl', label: '网址', normalise: bareUrl },
] as const

/** The metadata a hand-edited preamble no longer holds, as one warning (none if it follows). */
export function checkStalePreamble(draft: ReportDraft): Finding[] {
  if (draft.preamble === null) return []
  const text = squeeze(draft.preamble)
  const missing = CHECKED.filter(({ field, normalise }) => {
    const value = normalise(draft.meta[field])
    return value !== '' && !text.includes(value)
  })
  if (missing.length === 0) return []
  const named = missing.map(({ field, label }) => `${label}“${draft.meta[field].trim()}”`)
  return [
    {
      rule: 'W3',
      severity: 'warning',
      cells: [],
      fields: ['preamble', ...missing.map(({ field }) => `meta.${field}` as const)],
      message: `开头说明已手动修改，其中没有当前的${named.join('、')}；请改正开头说明，或恢复为自动生成的文字`,
    },
  ]
}

/** The notice printed under the title of a draft (any hard rule fails), in every output. */
export const DRAFT_NOTICE = '【草稿】本报告未通过校验，不得作为正式报告发布。'

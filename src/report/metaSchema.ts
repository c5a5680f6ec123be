/** The yup schema of the metadata form; typed against {@link ReportMeta} so it cannot drift. */
import { mixed, number, object, string, type ObjectSchema } from 'yup'
import type { ReportMeta } from './draft'
import { FIRST_FORMAT_YEAR, LEVELS, type Level } from './format'

/** The last year a report can be written for: next year (drafting ahead happens). */
export function lastSelectableYear(today: Date): number {
  return today.getFullYear() + 1
}

/** Every year the 报告年度 select offers: 2021 to next year. */
export function selectableYears(today: Date): number[] {
  const years: number[] = []
  for (let y = FIRST_FORMAT_YEAR; y <= lastSelectableYear(today); y += 1) years.push(y)
  return years
}

// A phone number as agencies print it: digits with -, spaces, brackets, 转 extensions, or several.
const PHONE = /^[0-9０-９()（）\-－—+＋、,，;；/\s转]*$/

/** Validation of the metadata form, with Chinese messages that say how to fix the field. */
export function createMetaSchema(today: Date): ObjectSchema<ReportMeta> {
  return object({
    agencyName: string()
      .defined()
      .trim()
      .required('请填写机关名称')
      .max(60, '机关名称不超过60个字'),
    year: number()
      .nullable()
      .defined()
      .required('请选择报告年度')
      .integer('报告年度须为整数')
      .min(FIRST_FORMAT_YEAR, `报告年度须为${FIRST_FORMAT_YEAR}年或以后（2021年版格式）`)
      .max(lastSelectableYear(today), `报告年度不能晚于${lastSelectableYear(today)}年`),
    level: mixed<Level>()
      .nullable()
      .defined()
      .oneOf([...LEVELS, null], '请从列表中选择行政层级'),
    websiteName: string().defined().max(60, '网站名称不超过60个字'),
    websiteUrl: string()
      .defined()
      .max(200, '网址不超过200个字符')
      .matches(/^(|https?:\/\/\S+|[\w.-]+\.[a-z]{2,}\S*)$/i, {
        message: '网址格式不对，例如 https://www.example.gov.cn',
        excludeEmptyString: true,
      }),
    address: string().defined().max(100, '联系地址不超过100个字'),
    phone: string().defined().max(60, '联系电话不超过60个字符').matches(PHONE, {
      message: '联系电话只能包含数字、-、括号和“转”',
      excludeEmptyString: true,
    }),
    issuedOn: string().nullable().defined(),
  })
}

/**
 * Page furniture: what a government site prints around a report (navigation, 发布时间/来源 lines,
 * 打印本页 关闭窗口, footers, page numbers). Recognised by line, on the {@link labelKey} form.
 */
import { DRAFT_NOTICE } from '../document/notice'
import { readNumber } from '../warnings/chineseNumerals'
import { labelKey, MAX_HEADING_LENGTH } from './text'

const NAVIGATION = /^(首页|当前位置|您当前的位置|您的位置|所在位置|位置)[:>›»/]|首页[>›»/]/
const TOOLS =
  /(打印本页|关闭窗口|【打印】|【关闭】|\[打印\]|\[关闭\]|返回顶部|分享到|字号[:]|字体[:]|扫一扫|我要纠错|浏览次数|阅读次数|点击数|访问次数|【大中小】|\[大中小\]|视力保护色)/
const FIELD =
  /^(发布时间|发布日期|发布机构|发布单位|发文机关|发文单位|发文日期|成文日期|生成日期|公开日期|来源|信息来源|文章来源|作者|编辑|责任编辑|索引号|主题分类|组配分类|体裁分类|服务对象|文号|有效性|时效|日期|时间|抓取时间|采集时间|下载时间|原文链接|原文地址|标题)[:]/
const FOOTER =
  /(版权所有|文档指纹|附件下载|主办单位|主办[:]|承办单位|承办[:]|ICP备|ICP证|网站标识码|公网安备|网站地图|联系我们|技术支持|Copyright|©|上一篇|下一篇|相关链接|相关文章)/i
const DATE_ONLY = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(\d{1,2}:\d{2}(:\d{2})?)?$/
const PAGE_NUMBER = /^([-—–]\d+[-—–]|第\d+页(共\d+页)?|\d+\/\d+)$/

// The notice this app prints under a draft's title: reading the app's own file back, it must not
// become part of the preamble.
const OWN_DRAFT_NOTICE = labelKey(DRAFT_NOTICE)

/** True for a line of page furniture, anywhere in the page. */
export function isFurniture(line: string): boolean {
  const key = labelKey(line)
  if (key === OWN_DRAFT_NOTICE) return true
  if (key === '' || key.length > MAX_HEADING_LENGTH) return false
  return (
    NAVIGATION.test(key) ||
    TOOLS.test(key) ||
    FIELD.test(key) ||
    FOOTER.test(key) ||
    DATE_ONLY.test(key) ||
    PAGE_NUMBER.test(key)
  )
}

/** True for furniture that ends the page's content: tools and footers after the report. */
export function isPageEnd(line: string): boolean {
  const key = labelKey(line)
  if (key === '' || key.length > MAX_HEADING_LENGTH) return false
  return TOOLS.test(key) || FOOTER.test(key) || NAVIGATION.test(key)
}

/** True for a page number or a running date a PDF copy leaves between paragraphs. */
export function isInlineFurniture(line: string): boolean {
  const key = labelKey(line)
  // Also the fingerprint line this app prints at each page's foot.
  return (key.length <= 20 && PAGE_NUMBER.test(key)) || /^文档指纹[0-9a-f]{8,}$/.test(key)
}

/**
 * Reads a signature date line as ISO, e.g. “2022年1月20日” or “二〇二二年一月二十日” → “2022-01-20”;
 * null when the line is not just a date.
 */
export function readSignatureDate(line: string): string | null {
  const key = labelKey(line).replace(/^[(]|[)]$/g, '')
  const match =
    /^([\d〇零O一二三四五六七八九]{4})年([\d一二三四五六七八九十]{1,3})月([\d一二三四五六七八九十]{1,3})日$/.exec(
      key,
    )
  if (!match) return null
  // One reader of numerals for the whole domain; a Latin O typed for 〇 is read as 〇.
  const [year, month, day] = [match[1], match[2], match[3]].map((part) =>
    readNumber((part ?? '').replace(/O/g, '〇')),
  )
  if (!year || !month || !day || month > 12 || day > 31) return null
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

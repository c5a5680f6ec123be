/**
 * The few inline styles of the web page. Inline, because CMS editors (TRS, 大汉, UEditor) strip
 * class names and <style> elements on paste; borders are also given as `border="1"` for those
 * that strip styles too. Fonts and indents follow the model's role table (`ROLE_STYLES`); sizes
 * stay relative, for the reader's browser.
 */
import { ROLE_STYLES, type FontRole } from '@/report/document'

/** Font role → CSS font family: each with the faces Windows, macOS and Linux name. */
const FONT_FAMILIES: Readonly<Record<FontRole, string>> = {
  title: '方正小标宋简体,小标宋,宋体,SimSun,serif',
  heading: '黑体,SimHei,sans-serif',
  subheading: '楷体_GB2312,楷体,KaiTi,serif',
  body: '仿宋_GB2312,仿宋,FangSong,STFangsong,serif',
}

const family = (role: keyof typeof ROLE_STYLES) => FONT_FAMILIES[ROLE_STYLES[role].font]
const indent = (role: keyof typeof ROLE_STYLES) => `text-indent:${ROLE_STYLES[role].indentChars}em`

/** The page's body: 仿宋 where installed, a readable width, the 公文's line spacing. */
export const BODY_STYLE = `max-width:52em;margin:0 auto;padding:1em;font-family:${family('paragraph')};font-size:16px;line-height:1.8;color:#000;background:#fff`

/** The title: centred, 小标宋 where installed. */
export const TITLE_STYLE = `text-align:center;font-family:${family('title')};font-size:1.6em;font-weight:normal`

/** A 一、 heading: 黑体. */
export const HEADING1_STYLE = `font-family:${family('heading1')};font-size:1em;${indent('heading1')}`

/** A （一） heading: 楷体. */
export const HEADING2_STYLE = `font-family:${family('heading2')};font-size:1em;${indent('heading2')}`

/** A body paragraph: first line indented two characters. */
export const PARAGRAPH_STYLE = `${indent('paragraph')};margin:0.3em 0`

/** The draft notice: centred and dark red (contrast 7:1 on white). */
export const NOTICE_STYLE = 'text-align:center;color:#a00000;font-weight:bold'

/** A 落款 line: right-aligned. */
export const SIGNATURE_STYLE = 'text-align:right;margin:0.3em 0'

/** A table: full width, collapsed ruled borders. */
export const TABLE_STYLE = 'border-collapse:collapse;width:100%;font-size:14px;line-height:1.5'

/** Every table cell: a ruled border and some padding (kept per cell: editors drop table CSS). */
export const CELL_STYLE = 'border:1px solid #000;padding:2px 4px'

import { describe, expect, it } from 'vitest'
import { findClaims, readNumber } from '../../../../src/report/warnings'

describe('readNumber', () => {
  it.each([
    ['75', 75],
    ['７５', 75],
    ['1,234', 1234],
    ['七十五', 75],
    ['十二', 12],
    ['十', 10],
    ['一百零三', 103],
    ['两千', 2000],
    ['三万五千', 35000],
    ['零', 0],
    ['二〇二一', 2021],
    ['一千二百三十四', 1234],
  ])('%s → %i', (text, value) => {
    expect(readNumber(text)).toBe(value)
  })

  it.each(['', 'abc', '七十五件', '1.5'])('%j is not a number', (text) => {
    expect(readNumber(text)).toBeNull()
  })
})

describe('findClaims (W3 phrasings)', () => {
  it.each([
    ['2021年共收到政府信息公开申请75件', 'newReceived', 75],
    ['本年度新收政府信息公开申请七十五件', 'newReceived', 75],
    ['全年共受理依申请公开12件', 'newReceived', 12],
    ['全年受理政府信息公开申请共计36件', 'newReceived', 36],
    ['接到群众提交的政府信息公开申请５件', 'newReceived', 5],
    ['共收到申请3件，均已按时答复', 'newReceived', 3],
    ['上年结转政府信息公开申请2件', 'carriedOver', 2],
    ['上年度结转申请两件', 'carriedOver', 2],
    ['已全部办结73件', 'results', 73],
    ['按时答复申请人60件', 'results', 60],
    ['结转下年度继续办理4件', 'carriedForward', 4],
    ['结转至下一年度办理的申请1件', 'carriedForward', 1],
    ['发生政府信息公开行政复议案件2起', 'reconsideration', 2],
    ['行政复议3件，行政诉讼1件', 'reconsideration', 3],
    ['被申请行政复议1件', 'reconsideration', 1],
    ['未发生政府信息公开为由提起的行政复议和行政诉讼', 'reconsideration', 0],
    ['未发生政府信息公开为由提起的行政复议和行政诉讼', 'litigation', 0],
    ['涉及政府信息公开的行政诉讼案件4起', 'litigation', 4],
    ['全年制发行政规范性文件8件', 'normativeDocuments', 8],
    ['主动公开规范性文件十一件', 'normativeDocuments', 11],
  ])('%s → %s %i', (sentence, kind, value) => {
    const claims = findClaims(sentence).filter((c) => c.kind.id === kind)
    expect(claims.map((c) => c.value)).toEqual([value])
    expect(sentence.slice(claims[0]?.start, claims[0]?.end)).toBe(claims[0]?.phrase)
  })

  it.each([
    ['2021年共收到政府信息公开申请75件', '75'],
    ['本年度新收政府信息公开申请七十五件', '七十五'],
    ['接到群众提交的政府信息公开申请５件', '５'],
    ['全年受理政府信息公开申请共计 1,234 件', '1,234'],
    ['发生政府信息公开行政复议案件2起', '2'],
    ['3件行政诉讼', '3'],
    ['未发生行政复议', '未发生行政复议'],
  ])('in %s the number to replace is %s', (sentence, number) => {
    const [claim] = findClaims(sentence)
    expect(sentence.slice(claim?.numberStart, claim?.numberEnd)).toBe(number)
  })

  it.each([
    ['共主动公开政府信息131条，其中工作动态58条'],
    ['收到人大代表建议3件、政协提案5件'],
    ['开展政务公开专题培训1次'],
    ['2021年1月1日起至2021年12月31日止'],
    ['不予公开0件'],
    ['国办公开办函〔2021〕30号'],
  ])('%s states no table figure', (sentence) => {
    expect(findClaims(sentence)).toEqual([])
  })
})

// Runs of numeral characters that lead nowhere: each is matched from its start only and never
// re-tried shorter (speed is measured in `npm run bench`, findings section); what is found must
// not change.
describe('findClaims on long numeral runs', () => {
  const run = (text: string, n: number) => text.repeat(n)
  it.each([
    ['10,000 〇', run('〇', 10_000), []],
    ['10,000 一 then 件', `${run('一', 10_000)}件`, []],
    ['行政复议 and 10,000 〇', `行政复议${run('〇', 10_000)}`, []],
    ['10,000 commas', run('，', 10_000), []],
    ['“1,” 5,000 times then 件', `${run('1,', 5000)}1件`, []],
    ['a claim after a long run', `${run('〇', 10_000)}。共收到政府信息公开申请75件`, [75]],
    ['a claim before a long run', `行政复议3件。${run('二', 10_000)}`, [3]],
    ['thousands separators still read', '共收到政府信息公开申请1,234件', [1234]],
    ['a trailing comma is not part of the number', '行政复议3件，', [3]],
  ])('%s', (_, text, values) => {
    expect(findClaims(text).map((claim) => claim.value)).toEqual(values)
  })
})

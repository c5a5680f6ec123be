import { describe, expect, it } from 'vitest'
import {
  computeDraftValues,
  createEmptyDraft,
  TABLE3_RESULT_ROW_KEYS,
  type CellKey,
  type ReportDraft,
} from '@/report'
import { checkW3 } from '@/report/warnings/narrativeWarnings'
import { ledgerCellKeys } from '@/report/ledger'
import {
  DATA_SENTENCE_FIELDS,
  applyReplacements,
  dataSentences,
  disagreeingSentences,
  insertAt,
  type DataSentenceField,
} from '@/report/sentences'

function draftWith(
  cells: Record<string, number | string>,
  year: number | null = 2025,
): ReportDraft {
  const draft = createEmptyDraft(year)
  for (const [key, value] of Object.entries(cells)) draft.cells[key as CellKey] = String(value)
  return draft
}

function allZero(): Record<string, number> {
  const cells: Record<string, number> = {}
  for (const key of [...ledgerCellKeys('applications'), ...ledgerCellKeys('cases')]) cells[key] = 0
  for (const row of ['regulations', 'normativeDocuments'])
    for (const col of ['issued', 'repealed', 'inForce']) cells[`table2.${row}.${col}`] = 0
  for (const row of ['licensing', 'punishment', 'coercion']) cells[`table2.${row}.decisions`] = 0
  cells['table2.fees.amountWan'] = 0
  return cells
}

function sentenceText(field: DataSentenceField, draft: ReportDraft): string {
  const result = dataSentences(field, draft, computeDraftValues(draft))
  if ('error' in result) throw new Error(result.error)
  return result.sentences.map((s) => s.text).join('')
}

describe('dataSentences: the wording reports use, from the tables', () => {
  it('一（二） with several kinds, outcomes and a carry-over', () => {
    const draft = draftWith({
      ...allZero(),
      'table3.newReceived.natural': 80,
      'table3.newReceived.commercial': 10,
      'table3.newReceived.legal': 5,
      'table3.carriedOver.natural': 3,
      'table3.disclosed.natural': 60,
      'table3.partiallyDisclosed.commercial': 10,
      'table3.withheldStateSecret.natural': 1,
      'table3.withheldThirdParty.natural': 2,
      'table3.unavailableNotHeld.legal': 5,
      'table3.otherOther.natural': 15,
      'table3.carriedForward.natural': 5,
    })
    expect(sentenceText('narrative.overview.onRequest', draft)).toBe(
      '2025年，本机关共收到政府信息公开申请95件，其中自然人80件、商业企业10件、法律服务机构5件，上年结转政府信息公开申请3件。' +
        '本年度办结政府信息公开申请93件，其中予以公开60件、部分公开10件、不予公开3件（属于国家秘密1件、保护第三方合法权益2件）、无法提供5件（本机关不掌握相关政府信息）、其他处理15件（其他情形）；结转下年度继续办理5件。',
    )
  })

  it('“均” where every item is of one kind; 0件 parts left out', () => {
    const draft = draftWith(
      {
        ...allZero(),
        'table3.newReceived.natural': 4,
        'table3.disclosed.natural': 4,
      },
      null,
    )
    expect(sentenceText('narrative.overview.onRequest', draft)).toBe(
      '本年度，本机关共收到政府信息公开申请4件，均为自然人申请。本年度办结政府信息公开申请4件，均予以公开，无结转下年度继续办理的申请。',
    )
  })

  it('all-zero tables', () => {
    const draft = draftWith(allZero())
    expect(sentenceText('narrative.overview.onRequest', draft)).toBe(
      '2025年，本机关未收到新的政府信息公开申请。',
    )
    expect(sentenceText('narrative.overview.proactive', draft)).toBe(
      '2025年，本机关未制发规章和行政规范性文件。',
    )
    expect(sentenceText('narrative.overview.oversight', draft)).toBe(
      '2025年，本机关未发生因政府信息公开引起的行政复议、行政诉讼案件。',
    )
  })

  it('一（一） from table 2', () => {
    const draft = draftWith({
      ...allZero(),
      'table2.normativeDocuments.issued': 12,
      'table2.normativeDocuments.repealed': 3,
      'table2.normativeDocuments.inForce': 120,
      'table2.licensing.decisions': 530,
      'table2.coercion.decisions': 2,
      'table2.fees.amountWan': '4068.208',
    })
    expect(sentenceText('narrative.overview.proactive', draft)).toBe(
      '2025年，本机关制发行政规范性文件12件，废止3件，现行有效120件。作出行政许可决定530件、行政强制决定2件。收取行政事业性收费4068.208万元。',
    )
  })

  it('table 4 with 复议 and both kinds of 诉讼', () => {
    const draft = draftWith({
      ...allZero(),
      'table4.reconsideration.upheld': 2,
      'table4.reconsideration.corrected': 1,
      'table4.litigationDirect.pending': 1,
      'table4.litigationAfterReconsideration.upheld': 1,
      'table4.litigationAfterReconsideration.other': 1,
    })
    expect(sentenceText('narrative.overview.oversight', draft)).toBe(
      '2025年，本机关因政府信息公开被申请行政复议3件，其中结果维持2件、结果纠正1件；被提起行政诉讼3件，其中未经复议直接起诉1件（均尚未审结）、复议后起诉2件（其中结果维持1件、其他结果1件）。',
    )
  })

  it('an invalid cell stops the sentence with the reason', () => {
    const draft = draftWith({ 'table3.newReceived.natural': '12元' })
    expect(dataSentences('narrative.overview.onRequest', draft, computeDraftValues(draft))).toEqual(
      {
        error: '表格中“一、本年新收政府信息公开申请数量 总计”的值无效，请先改正表格',
      },
    )
  })
})

// Each case puts a figure in one row/cell: the sentence, inserted into its field, must pass W3.
const W3_CASES: [string, Record<string, number | string>][] = [
  ['all zero', {}],
  ...TABLE3_RESULT_ROW_KEYS.map((row): [string, Record<string, number>] => [
    `table 3 ${row}`,
    { 'table3.newReceived.research': 2, [`table3.${row}.research`]: 2 },
  ]),
  ...['natural', 'commercial', 'research', 'publicInterest', 'legal', 'otherOrg'].map(
    (column): [string, Record<string, number>] => [
      `table 3 column ${column}`,
      {
        [`table3.newReceived.${column}`]: 7,
        [`table3.carriedOver.${column}`]: 2,
        [`table3.disclosed.${column}`]: 6,
        [`table3.carriedForward.${column}`]: 3,
      },
    ],
  ),
  ['carried over only', { 'table3.carriedOver.natural': 2, 'table3.carriedForward.natural': 2 }],
  [
    '1 of each',
    Object.fromEntries(
      TABLE3_RESULT_ROW_KEYS.map((row) => [`table3.${row}.natural`, 1]).concat([
        ['table3.newReceived.natural', 21],
      ]),
    ),
  ],
  ...['regulations', 'normativeDocuments'].flatMap((row) =>
    ['issued', 'repealed', 'inForce'].map((column): [string, Record<string, number>] => [
      `table 2 ${row}.${column}`,
      { [`table2.${row}.${column}`]: 9 },
    ]),
  ),
  ...['licensing', 'punishment', 'coercion'].map((row): [string, Record<string, number>] => [
    `table 2 ${row}`,
    { [`table2.${row}.decisions`]: 11 },
  ]),
  ['table 2 fee', { 'table2.fees.amountWan': '0.5' }],
  ...['reconsideration', 'litigationDirect', 'litigationAfterReconsideration'].flatMap((group) =>
    ['upheld', 'corrected', 'other', 'pending'].map((column): [string, Record<string, number>] => [
      `table 4 ${group}.${column}`,
      { [`table4.${group}.${column}`]: 3 },
    ]),
  ),
  [
    'table 4 litigation only',
    { 'table4.litigationDirect.upheld': 1, 'table4.litigationAfterReconsideration.corrected': 4 },
  ],
]

describe('a sentence inserted into its field passes W3 by construction', () => {
  it.each(W3_CASES)('%s', (_label, cells) => {
    const draft = draftWith({ ...allZero(), ...cells })
    for (const field of DATA_SENTENCE_FIELDS) {
      const key = field.split('.')[2] as 'proactive' | 'onRequest' | 'oversight'
      draft.narrative.overview[key] =
        `本机关认真做好相关工作。${sentenceText(field, draft)}下一步将继续努力。`
    }
    expect(checkW3(draft, computeDraftValues(draft))).toEqual([])
  })
})

describe('disagreeingSentences: a disagreeing sentence is replaced alone', () => {
  const draft = draftWith({
    ...allZero(),
    'table3.newReceived.natural': 95,
    'table3.disclosed.natural': 95,
  })
  const values = computeDraftValues(draft)
  const generated = dataSentences('narrative.overview.onRequest', draft, values)
  const sentences = 'sentences' in generated ? generated.sentences : []

  it('replaces only the sentence whose number disagrees; the user’s other text stays', () => {
    const text =
      '我局高度重视依申请公开工作。全年受理政府信息公开申请17件，均按时答复。\n办理过程中严格审查，无超期答复情况。'
    const replacements = disagreeingSentences(text, values, sentences)
    expect(replacements).toHaveLength(1)
    expect(replacements[0]!.before).toBe('全年受理政府信息公开申请17件，均按时答复。')
    const after = applyReplacements(text, replacements)
    expect(after).toBe(
      '我局高度重视依申请公开工作。2025年，本机关共收到政府信息公开申请95件，均为自然人申请。\n办理过程中严格审查，无超期答复情况。',
    )
    const checked = {
      ...draft,
      narrative: {
        ...draft.narrative,
        overview: { ...draft.narrative.overview, onRequest: after },
      },
    }
    expect(checkW3(checked, values)).toEqual([])
  })

  it('finds nothing to replace when the numbers agree', () => {
    expect(disagreeingSentences('共收到政府信息公开申请95件。', values, sentences)).toEqual([])
  })

  it('insertAt puts the text at the cursor or over the selection', () => {
    expect(insertAt('甲乙', 'X', 1)).toBe('甲X乙')
    expect(insertAt('甲乙丙', 'X', 1, 2)).toBe('甲X丙')
    expect(insertAt('甲', 'X', 99)).toBe('甲X')
  })
})

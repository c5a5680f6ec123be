// Generated draft files (spec §6 JSON) for the workspace tests: many agencies, varied levels,
// names, numbers and fees, some deliberately broken. Written from the spec's keys, not by the app.
import { INPUT_CELLS, TABLE3_COLUMNS, balancedReport } from './report'

/** What is wrong with a generated draft, by the rule it must trip. */
export type Breakage = 'R1' | 'V2' | 'W4' | 'W6' | null

/** One generated draft: its agency, level, numbers (cell key → text, '' for blank) and breakage. */
export interface GeneratedDraft {
  readonly agencyName: string
  readonly level: string
  readonly year: number
  readonly cells: Map<string, string>
  readonly broken: Breakage
  readonly fileName: string
}

const KINDS = [
  '县发展和改革局',
  '县教育局',
  '镇人民政府',
  '县卫生健康委员会',
  '街道办事处',
  '县自然资源局',
]
const PLACES = ['东', '西', '南', '北', '青石', '柳河', '白沙', '龙泉', '桃源', '安平']

/** `count` drafts for `year`; those at `brokenAt` indexes are broken as given. */
export function generateDrafts(
  count: number,
  year: number,
  brokenAt: ReadonlyMap<number, Breakage>,
): GeneratedDraft[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!
    const township = kind.endsWith('镇人民政府') || kind.endsWith('街道办事处')
    const level = township ? '乡镇级' : i % 5 === 0 ? '设区的市级' : '县级'
    const agencyName = `${PLACES[i % PLACES.length]}${kind.startsWith('县') ? '' : PLACES[(i + 3) % PLACES.length]}${kind}${i}`
    const cells = balancedReport(1000 + i * 17)
    // Only a 设区的市级 body makes 规章; the others write 0 (W4).
    if (level !== '设区的市级')
      for (const col of ['issued', 'repealed', 'inForce'])
        cells.set(`table2.regulations.${col}`, '0')
    // Fees vary in decimals: 0, 1, 2 and 6 places.
    cells.set('table2.fees.amountWan', ['0', '0.1', '0.2', '12.35', '3.000001', '7'][i % 6]!)
    const broken = brokenAt.get(i) ?? null
    if (broken === 'R1') {
      const col = TABLE3_COLUMNS[i % TABLE3_COLUMNS.length]!
      cells.set(
        `table3.newReceived.${col}`,
        String(Number(cells.get(`table3.newReceived.${col}`)) + 1 + (i % 3)),
      )
    }
    if (broken === 'V2') {
      // Blank cells outside table 3's balance, so that V2 alone is broken.
      cells.set('table4.litigationDirect.pending', '')
      cells.set(i % 2 ? 'table2.licensing.decisions' : 'table4.reconsideration.other', '')
    }
    if (broken === 'W4') cells.set('table2.regulations.issued', String(1 + (i % 2)))
    return {
      agencyName,
      level: broken === 'W4' ? '乡镇级' : level,
      year,
      cells,
      broken,
      fileName: `${String(i + 1).padStart(2, '0')}-${agencyName}.json`,
    }
  })
}

function problemsText(draft: GeneratedDraft, i: number): string {
  if (draft.broken === 'W6') return ''
  return (
    `一是政府信息公开工作的制度建设仍需加强，个别科室对主动公开的范围把握不够准确；二是政策解读形式较为单一。` +
    `下一步，${draft.agencyName}将加强业务培训，丰富解读形式，提升公开质量。（第${i + 1}份）`
  )
}

/** The §6 document of a generated draft (numbers as numbers, the fee as a decimal string). */
export function draftDocument(draft: GeneratedDraft, i: number): Record<string, unknown> {
  const doc: Record<string, Record<string, Record<string, unknown>> | unknown> = {
    kind: 'zfxxgk-annual-report',
    format: '2021',
    schemaVersion: i % 2 === 0 ? 1 : 2,
    meta: {
      agencyName: draft.agencyName,
      year: draft.year,
      level: draft.level,
      websiteName: '',
      websiteUrl: '',
      address: '',
      phone: '',
      issuedOn: null,
    },
    preamble: null,
    narrative: {
      overview: {
        intro: `${draft.agencyName}认真贯彻落实《中华人民共和国政府信息公开条例》。`,
        proactive: '按照规定主动公开政府信息。',
        onRequest: '依法办理政府信息公开申请。',
        management: '加强政府信息管理。',
        platform: '做好政府网站信息公开专栏维护。',
        oversight: '落实监督保障工作。',
      },
      problems: problemsText(draft, i),
      otherMatters: '无其他需要报告的事项。',
    },
  }
  for (const key of INPUT_CELLS) {
    const [table, row, column] = key.split('.') as [string, string, string]
    const text = draft.cells.get(key) ?? ''
    const tables = doc as Record<string, Record<string, Record<string, unknown>>>
    const rows = (tables[table] ??= {})
    const value = text === '' ? null : key === 'table2.fees.amountWan' ? text : Number(text)
    ;(rows[row] ??= {})[column] = value
  }
  return doc
}

/** Exact sum of non-negative decimal strings, in millionths (the fee has up to 6 decimals). */
export function sumMillionths(texts: readonly string[]): bigint {
  return texts.reduce((sum, text) => {
    const [whole = '0', fraction = ''] = text.split('.')
    return sum + BigInt(whole) * 1_000_000n + BigInt(fraction.padEnd(6, '0'))
  }, 0n)
}

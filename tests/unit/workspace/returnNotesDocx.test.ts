import { describe, expect, it } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'
import { buildReturnNotesDocx, type ReturnNotesLetter } from '@/workspace/returnNotesDocx'

async function documentXml(letters: ReturnNotesLetter[]): Promise<string> {
  const blob = await buildReturnNotesDocx(letters)
  return strFromU8(unzipSync(new Uint8Array(await blob.arrayBuffer()))['word/document.xml']!)
}

describe('buildReturnNotesDocx', () => {
  it.each([
    {
      letters: [
        {
          text: '关于《甲县财政局2026年…》的审核意见\n1. 表三有误。',
          reviewer: '乙市政务公开办',
          issuedOn: '2027-01-05',
        },
        {
          text: '关于《丙镇人民政府2026年…》的审核意见',
          reviewer: '乙市政务公开办',
          issuedOn: '2027-01-05',
        },
      ],
      sections: 2,
      signs: ['乙市政务公开办', '2027年1月5日'],
      perLetter: 2,
    },
    {
      letters: [{ text: '第一行\n第二行', reviewer: '  ', issuedOn: '2026-12-31' }],
      sections: 1,
      signs: ['2026年12月31日'],
      perLetter: 1,
    },
  ])(
    'gives each of $sections letter(s) its own section and 落款',
    async ({ letters, sections, signs, perLetter }) => {
      const xml = await documentXml(letters)
      expect(xml.match(/<w:sectPr/g)?.length).toBe(sections)
      for (const sign of signs) expect(xml.split(sign).length - 1).toBe(sections)
      expect(xml.match(/<w:jc w:val="right"\/>/g)?.length).toBe(perLetter * sections)
      for (const letter of letters)
        for (const line of letter.text.split('\n')) expect(xml).toContain(line)
    },
  )
})

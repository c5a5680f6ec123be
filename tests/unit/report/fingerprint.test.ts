import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { sha256Hex } from '@/report/sha256'
import { canonicalJson, digestHex, fingerprintDraft } from '@/report/fingerprint'
import { serializeDraftFile } from '@/report'
import { seedDraft } from '../pdf/seedDraft'

describe('sha256Hex', () => {
  it.each(['', 'abc', '政府信息公开', 'x'.repeat(55), 'y'.repeat(56), 'z'.repeat(1000)])(
    'matches node:crypto for %j',
    (text) => {
      const expected = createHash('sha256').update(text, 'utf8').digest('hex')
      expect(sha256Hex(new TextEncoder().encode(text))).toBe(expected)
    },
  )
})

describe('digestHex', () => {
  const texts = ['', 'abc', '政府信息公开', 'z'.repeat(1000)]
  it.each(texts)(
    'gives node:crypto’s digest natively and without Web Crypto, for %j',
    async (text) => {
      const expected = createHash('sha256').update(text, 'utf8').digest('hex')
      const bytes = new TextEncoder().encode(text)
      expect(await digestHex(bytes)).toBe(expected)
      expect(await digestHex(bytes, null)).toBe(expected)
    },
  )
})

describe('fingerprintDraft', () => {
  it.each([
    [{ b: 1, a: [2, { d: null, c: 'x' }] }, '{"a":[2,{"c":"x","d":null}],"b":1}'],
    [{ u: undefined, s: '“引号”' }, '{"s":"“引号”"}'],
  ])('canonical JSON of %j', (value, expected) => {
    expect(canonicalJson(value)).toBe(expected)
  })

  it('is 16 hex digits, stable under key order and blank cells, and changes with content', async () => {
    const draft = seedDraft()
    const fp = await fingerprintDraft(draft)
    expect(fp).toMatch(/^[0-9a-f]{16}$/)
    const reordered = {
      narrative: draft.narrative,
      cells: { ...draft.cells, extra: '' },
      preamble: draft.preamble,
      meta: draft.meta,
    }
    expect(await fingerprintDraft(reordered)).toBe(fp)
    draft.cells['table2.fees.amountWan'] = '0.0'
    expect(await fingerprintDraft(draft)).not.toBe(fp)
  })

  it('matches the canonical JSON of the exported §6 draft file', async () => {
    const draft = seedDraft()
    draft.cells['table3.newReceived.natural'] = '1,234'
    const exported = canonicalJson(JSON.parse(serializeDraftFile(draft)))
    const expected = createHash('sha256').update(exported, 'utf8').digest('hex').slice(0, 16)
    expect(await fingerprintDraft(draft)).toBe(expected)
  })
})

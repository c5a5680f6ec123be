import { describe, expect, it, vi } from 'vitest'
import { jsPDF } from 'jspdf'
import { inflateSync } from 'node:zlib'
import { flateEncode, installFastFlate, precompress } from '@/pdf/fastFlate'

type Process = (data: string, filters: string[]) => { data: string; reverseChain: string }

describe('flateEncode', () => {
  it('deflates to the very bytes jsPDF’s own FlateEncode writes', () => {
    const original = (jsPDF.API as unknown as { processDataByFilters: Process })
      .processDataByFilters
    let text = ''
    for (let i = 0; i < 40_000; i += 1) text += String.fromCharCode((i * 7919) % 256)
    for (const data of ['', 'BT\n/F1 12 Tf\nET', text, 'q 0 0 1 rg\n'.repeat(5000)]) {
      expect(flateEncode(data)).toBe(original(data, ['FlateEncode']).data)
    }
  })
})

describe('precompress', () => {
  it('hands natively deflated streams to the next FlateEncode of the same data, once', async () => {
    const original = vi.fn<Process>(() => ({ data: 'stock', reverseChain: '' }))
    const fake = { API: { processDataByFilters: original } }
    installFastFlate(fake as unknown as typeof jsPDF)
    const process = fake.API.processDataByFilters
    const page = 'BT\n/F1 12 Tf\n<0001> Tj\nET\n'.repeat(200)
    const font = new Uint8Array(3000).map((_, i) => (i * 31) % 256)
    const fontData = String.fromCharCode(...font)
    const forget = await precompress([page, { bytes: font, data: fontData }])
    const latin1 = (s: string) => Buffer.from(s, 'latin1')
    const deflated = process(page, ['FlateEncode'])
    expect(deflated.reverseChain).toBe('/FlateDecode')
    expect(inflateSync(latin1(deflated.data)).toString('latin1')).toBe(page)
    expect(inflateSync(latin1(process(fontData, ['FlateEncode']).data))).toEqual(Buffer.from(font))
    forget()
    expect(process(page, ['FlateEncode']).data).toBe(flateEncode(page))
    expect(process(page, ['ASCIIHexEncode']).data).toBe('stock')
    expect(original).toHaveBeenCalledTimes(1)
  })
})

import { describe, expect, it, vi } from 'vitest'
import type { jsPDF as JsPdf } from 'jspdf'
import { MAX_CACHED, MIN_CACHED_LENGTH, installStreamCache } from '@/pdf/streamCache'

type Process = (data: string, filters: string | string[]) => { data: string; reverseChain: string }

function fakeJsPdf() {
  const original = vi.fn<Process>((data) => ({ data: `z${data.length}`, reverseChain: '/F' }))
  const jsPDF = { API: { processDataByFilters: original } }
  installStreamCache(jsPDF as unknown as typeof JsPdf)
  const process = (data: string, filters: string[] = ['FlateEncode']) =>
    jsPDF.API.processDataByFilters(data, filters)
  return { original, process }
}

const big = (ch: string) => ch.repeat(MIN_CACHED_LENGTH)

describe('installStreamCache', () => {
  it('compresses a large stream once and returns the same result again', () => {
    const { original, process } = fakeJsPdf()
    const first = process(big('a'))
    expect(process(big('a'))).toBe(first)
    expect(original).toHaveBeenCalledTimes(1)
  })

  it('compresses small streams, other data and other filters every time', () => {
    const { original, process } = fakeJsPdf()
    process('small')
    process('small')
    process(big('a'))
    process(big('b'))
    process(big('a'), [])
    expect(original).toHaveBeenCalledTimes(5)
  })

  it('keeps only the most recently used streams', () => {
    const { original, process } = fakeJsPdf()
    const keys = Array.from({ length: MAX_CACHED + 1 }, (_, i) => big(String.fromCharCode(65 + i)))
    keys.forEach((data) => process(data))
    process(keys[0]!) // evicted by the last one: compressed again
    process(keys[MAX_CACHED]!) // still cached
    expect(original).toHaveBeenCalledTimes(MAX_CACHED + 2)
  })

  it('wraps a jsPDF build only once', () => {
    const original = vi.fn<Process>(() => ({ data: '', reverseChain: '' }))
    const jsPDF = { API: { processDataByFilters: original } }
    installStreamCache(jsPDF as unknown as typeof JsPdf)
    const wrapped = jsPDF.API.processDataByFilters
    installStreamCache(jsPDF as unknown as typeof JsPdf)
    expect(jsPDF.API.processDataByFilters).toBe(wrapped)
  })
})

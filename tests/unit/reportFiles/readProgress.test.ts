// The import dialog's reading of a picked file (issue 21): a Blob over its size cap is refused
// before a byte of it is read; each stage of a reading is reported (a PDF's pages, which pdf.js
// reads only in a browser, in e2e importFiles/hostileFiles); the progress line's wording.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { REFUSALS, readingProgress } from '@/reportFiles/messages'
import { readReportBlob, type ReadProgress } from '@/reportFiles/readReportFile'

const published = (name: string) =>
  new Blob([readFileSync(new URL(`../../fixtures/published/${name}`, import.meta.url))])

/** A Blob of `size` bytes whose bytes must not be read (reading them throws). */
function unreadable(size: number): Blob {
  const blob = new Blob([])
  Object.defineProperty(blob, 'size', { value: size })
  blob.arrayBuffer = () => Promise.reject(new Error('read the bytes of an oversized file'))
  return blob
}

async function stagesOf(blob: Blob, name: string) {
  const seen: ReadProgress[] = []
  const read = await readReportBlob(blob, name, { onProgress: (step) => seen.push(step) })
  return { read, seen }
}

describe('readReportBlob', () => {
  it.each([
    ['报告.pdf', 31 * 1024 * 1024, /文件大小 31\.0 MB，超过 30 MB 上限/],
    ['整站.txt', 6 * 1024 * 1024, /文件大小 6\.0 MB，超过 5 MB 上限/],
    ['网页.html', 5 * 1024 * 1024 + 1, /超过 5 MB 上限/],
  ])('%s of %i bytes: refused before its bytes are read', async (name, size, says) => {
    const { read, seen } = await stagesOf(unreadable(size), name)
    expect(read).toMatchObject({ status: 'refused', message: expect.stringMatching(says) })
    expect(seen).toEqual([])
  })

  it('a file that cannot be read from disk is refused in plain words', async () => {
    const { read } = await stagesOf(unreadable(10), '报告.txt')
    expect(read).toEqual({ status: 'refused', message: REFUSALS.failed })
  })

  it('a .txt: its bytes, its text, the parse', async () => {
    const blob = new Blob(['2023年政府信息公开工作年度报告\n一、总体情况\n'])
    const { read, seen } = await stagesOf(blob, '报告.txt')
    expect(read.status).toBe('read')
    expect(seen).toEqual([
      { stage: 'file', bytes: blob.size },
      { stage: 'text' },
      { stage: 'parse' },
    ])
  })

  it('a .docx: its bytes, the Word file, the parse', async () => {
    const blob = published('city.docx')
    const { read, seen } = await stagesOf(blob, 'city.docx')
    expect(read.status).toBe('read')
    expect(seen.map((step) => step.stage)).toEqual(['file', 'docx', 'parse'])
  }, 20_000)
})

describe('readingProgress', () => {
  it.each([
    [{ stage: 'file', bytes: 300 }, '正在读取文件…（1 KB）'],
    [{ stage: 'file', bytes: 364 * 1024 }, '正在读取文件…（364 KB）'],
    [{ stage: 'file', bytes: 4_900_000 }, '正在读取文件…（4.7 MB）'],
    [{ stage: 'docx' }, '正在读取 Word 文件…'],
    [{ stage: 'pdf', done: 0, total: 0 }, '正在读取 PDF…'],
    [{ stage: 'pdf', done: 3, total: 12 }, '正在读取 PDF…第 3 / 12 页'],
    [{ stage: 'text' }, '正在读取文字…'],
    [{ stage: 'parse' }, '正在识别报告内容…'],
  ] as const)('%j → %s', (progress, line) => {
    expect(readingProgress(progress)).toBe(line)
  })
})

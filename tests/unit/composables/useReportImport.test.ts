// @vitest-environment jsdom
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, nextTick, watch } from 'vue'
import {
  IMPORT_PREVIEW_DELAY_MS,
  applyPaste,
  decodeReportFile,
  useReportImport,
} from '../../../src/composables/useReportImport'
import { useDraftsStore } from '../../../src/stores/drafts'
import { useReportStore } from '../../../src/stores/report'

// jsdom's URL does not resolve file: URLs; the tests run from the repository root.
const fixture = (name: string) => readFileSync(resolve('tests/fixtures/import', name), 'utf8')
const clipboard = (data: Record<string, string>) => ({
  getData: (type: string) => data[type] ?? '',
})

describe('applyPaste', () => {
  it.each([
    // [text, selection, clipboard, kept html, → text, html, caret]
    ['ab', [1, 1], { 'text/plain': 'X' }, '', 'aXb', '', 2],
    ['ab', [0, 2], { 'text/plain': 'X', 'text/html': '<table/>' }, '', 'X', '<table/>', 1],
    ['ab', [2, 2], { 'text/plain': 'X' }, '<old/>', 'abX', '<old/>', 3],
    ['ab', [0, 2], { 'text/plain': 'X' }, '<old/>', 'X', '', 1],
    [
      '',
      [0, 0],
      { 'text/html': '<p>一、总体情况</p>' },
      '',
      '一、总体情况',
      '<p>一、总体情况</p>',
      6,
    ],
  ] as const)('%j %j %j (html %j) → %j', (text, sel, data, html, wantText, wantHtml, caret) => {
    expect(applyPaste({ text, html }, sel, clipboard(data))).toEqual({
      text: wantText,
      html: wantHtml,
      caret,
    })
  })
})

describe('decodeReportFile', () => {
  it('reads UTF-8, and GBK pages as GB18030', () => {
    expect(decodeReportFile(new TextEncoder().encode('年度报告').buffer as ArrayBuffer)).toBe(
      '年度报告',
    )
    const gbk = new Uint8Array([0xc4, 0xea, 0xb6, 0xc8, 0xb1, 0xa8, 0xb8, 0xe6])
    expect(decodeReportFile(gbk.buffer)).toBe('年度报告')
  })
})

/** The importer under test, set up by mounting {@link Harness}. */
let importer: ReturnType<typeof useReportImport>
const Harness = defineComponent({
  setup() {
    importer = useReportImport()
    return () => h('textarea', { onPaste: importer.onPaste })
  },
})

describe('the paste handler', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    setActivePinia(createPinia())
    useDraftsStore().init(null)
  })
  afterEach(() => vi.useRealTimers())

  function paste(area: HTMLTextAreaElement, data: Record<string, string>): Event {
    const event = new Event('paste', { bubbles: true, cancelable: true })
    Object.defineProperty(event, 'clipboardData', { value: clipboard(data) })
    area.dispatchEvent(event)
    return event
  }

  it('keeps the HTML the paste carries next to its text and reads the tables from it', async () => {
    const wrapper = mount(Harness, { attachTo: document.body })
    const area = wrapper.element as HTMLTextAreaElement
    const html = fixture('report.html.txt')
    const event = paste(area, {
      'text/plain': '市住房和城乡建设局2022年政府信息公开工作年度报告',
      'text/html': html,
    })
    expect(event.defaultPrevented).toBe(true)
    expect(importer.html.value).toBe(html)
    expect(area.value).toBe('市住房和城乡建设局2022年政府信息公开工作年度报告')
    await nextTick()
    vi.advanceTimersByTime(IMPORT_PREVIEW_DELAY_MS - 1)
    expect(importer.result.value).toBeNull()
    vi.advanceTimersByTime(1)
    // The parser loads on first use; wait for it and the parse.
    // Loading the parser took over 1 s (waitFor's default) with the machine shared: wait longer.
    await vi.waitFor(() => expect(importer.result.value).not.toBeNull(), { timeout: 15_000 })
    expect(importer.result.value?.report.found.tableSources).toEqual({
      table2: 'html',
      table3: 'html',
      table4: 'html',
    })
    wrapper.unmount()
  })

  it('a plain paste keeps no HTML; confirming makes a new draft and empties the dialog', async () => {
    const wrapper = mount(Harness, { attachTo: document.body })
    const area = wrapper.element as HTMLTextAreaElement
    paste(area, { 'text/plain': fixture('report.collapsed-ambiguous.txt') })
    expect(importer.html.value).toBe('')
    const drafts = useDraftsStore()
    const before = drafts.currentId
    expect(await importer.confirm()).toBe(true)
    expect(drafts.currentId).not.toBe(before)
    expect(drafts.entries).toHaveLength(1)
    expect(useReportStore().uncertainCells.size).toBe(8)
    expect(importer.text.value).toBe('')
    wrapper.unmount()
  })
})

describe('opening a file (no worker in jsdom: the importer reads on the page)', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    useDraftsStore().init(null)
  })
  afterEach(() => vi.useRealTimers())

  const seed = readFileSync(resolve('tests/fixtures/seed-report-2021.txt'), 'utf8')

  it('a .txt arrives with its parse, reported stage by stage, and is not parsed again', async () => {
    const wrapper = mount(Harness)
    const stages: string[] = []
    const stop = watch(importer.progress, (step) => {
      if (step && stages.at(-1) !== step.stage) stages.push(step.stage)
    })
    // Fake timers from the start: the preview's debounce is set as the text arrives.
    vi.useFakeTimers()
    const opening = importer.openFile(new File([seed], '年报.txt'))
    expect(importer.reading.value).toBe(true)
    await opening
    stop()
    expect(stages).toEqual(['file', 'text', 'parse'])
    expect(importer.reading.value).toBe(false)
    expect(importer.progress.value).toBeNull()
    expect(importer.text.value).toBe(seed)
    expect(importer.fileName.value).toBe('年报.txt')
    const parsed = importer.result.value
    expect(parsed?.report.recognized).toBe(true)
    // The preview's debounced parse comes round and keeps the file's parse: the same object.
    await nextTick()
    expect(vi.getTimerCount()).toBe(1)
    await vi.runAllTimersAsync()
    vi.useRealTimers()
    expect(importer.result.value).toBe(parsed)
    expect(await importer.confirm()).toBe(true)
    expect(useDraftsStore().entries).toHaveLength(1)
    wrapper.unmount()
  })

  it('a refused file leaves the text as it was and says why', async () => {
    const wrapper = mount(Harness)
    importer.setText('原有的文字')
    await importer.openFile(new File([new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2])], '旧.doc'))
    expect(importer.text.value).toBe('原有的文字')
    expect(importer.fileName.value).toBeNull()
    expect(importer.fileError.value).toMatch(/^未读取“旧\.doc”：请在 Word\/WPS 中另存为 \.docx/)
    wrapper.unmount()
  })

  it('a cancelled read leaves the dialog as it was, its error included', async () => {
    const wrapper = mount(Harness)
    importer.setText('原有的文字')
    await importer.openFile(new File([], '空.txt'))
    const errorBefore = importer.fileError.value
    expect(errorBefore).toMatch(/文件是空的/)
    const opening = importer.openFile(new File([seed], '年报.txt'))
    importer.cancelRead()
    await opening
    expect(importer.reading.value).toBe(false)
    expect(importer.text.value).toBe('原有的文字')
    expect(importer.fileName.value).toBeNull()
    expect(importer.fileError.value).toBe(errorBefore)
    wrapper.unmount()
  })
})

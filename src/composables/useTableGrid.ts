/**
 * Spreadsheet keys for one table: a focused cell is in navigation mode (arrows move, typing
 * replaces the value); F2 or a double click enters edit mode (arrows move the caret). Shift+arrows
 * or a mouse drag select a range; Delete clears it; Ctrl+C copies it as tab-separated text; a
 * pasted block fills cells from the focused one as one undoable step, or is refused whole.
 */
import { computed, nextTick, reactive, type InjectionKey, type Ref } from 'vue'
import { findCell, isCellKey, parseCell, type CellKey, type TableGrid } from '@/report'
import { useReportStore } from '@/stores/report'
import {
  blockTargets,
  buildInputMatrix,
  cellsInRange,
  isBlock,
  moveFrom,
  parseTsv,
  rowEdge,
  toTsv,
  type Direction,
} from '@/report/tableEditing/tableGridModel'
import type { WholeTablePaste } from '@/report/tableEditing/tablePasteShapes'
import { useDraftCommits } from './useDraftCommits'

/** What a cell needs to know about the grid it is in. */
export interface TableGridState {
  readonly selected: ReadonlySet<CellKey>
  readonly editing: CellKey | null
}

/** Injection key through which cells read their table's grid state. */
export const TABLE_GRID_KEY: InjectionKey<TableGridState> = Symbol('table-grid')

const ARROWS: Record<string, Direction> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
}

function keyOf(target: EventTarget | null): CellKey | null {
  const key = target instanceof HTMLInputElement ? target.dataset.cell : undefined
  return key !== undefined && isCellKey(key) ? key : null
}

/** Wires the keys, the range and the clipboard of a table rendered inside `root`. */
export function useTableGrid(grid: TableGrid, root: Ref<HTMLElement | null>) {
  const store = useReportStore()
  const matrix = buildInputMatrix(grid)
  // Whole-table shapes are loaded with the first pasted block: pasting is rare, loading is not.
  let shapeModule: Promise<typeof import('@/report/tableEditing/tablePasteShapes')> | null = null
  const loadShapes = () => (shapeModule ??= import('@/report/tableEditing/tablePasteShapes'))
  let shapes: ReturnType<Awaited<ReturnType<typeof loadShapes>>['wholeTableShapes']> | null = null
  const state = reactive({
    anchor: null as CellKey | null,
    focus: null as CellKey | null,
    editing: null as CellKey | null,
    message: '',
    /** The cell the message is about: it is shown next to it, not below the table. */
    messageAt: null as CellKey | null,
  })
  // A paste message answers one action: the next edit anywhere makes it stale, so it goes.
  useDraftCommits(() => (state.message = ''))

  function say(message: string, at: CellKey): void {
    state.message = message
    state.messageAt = at
  }
  let extending = false
  let dragging = false

  const range = computed(() =>
    state.anchor && state.focus ? cellsInRange(matrix, state.anchor, state.focus) : [],
  )
  const selected = computed(() => {
    const keys = range.value.flat()
    return new Set(keys.length > 1 ? keys : [])
  })
  const gridState: TableGridState = reactive({
    selected,
    editing: computed(() => state.editing),
  }) as TableGridState

  function inputFor(key: CellKey): HTMLInputElement | null {
    return (
      root.value?.querySelector<HTMLInputElement>(`input[data-cell="${CSS.escape(key)}"]`) ?? null
    )
  }

  function go(key: CellKey | null, extend = false): void {
    if (!key) return
    extending = extend
    state.editing = null
    const input = inputFor(key)
    input?.focus()
    input?.select()
    extending = false
  }

  function enterEditMode(input: HTMLInputElement, key: CellKey): void {
    state.editing = key
    const end = input.value.length
    input.setSelectionRange(end, end)
  }

  function clearRange(): void {
    const keys = range.value.flat()
    const targets = keys.length > 0 ? keys : state.focus ? [state.focus] : []
    store.setCells(targets.map((key) => [key, ''] as const))
    state.message = ''
  }

  // What the focused cell held when focus arrived: Esc puts it back, as in Excel/WPS.
  let held: { key: CellKey; text: string } | null = null

  function onFocusIn(event: FocusEvent): void {
    const key = keyOf(event.target)
    if (!key) return
    // A cell in focus may receive a paste next: have the whole-table shapes ready for it.
    void loadShapes()
    held = { key, text: (event.target as HTMLInputElement).value }
    if (!extending && !dragging) state.anchor = key
    state.focus = key
    if (state.editing !== key) {
      state.editing = null
      ;(event.target as HTMLInputElement).select()
    }
  }

  function onKeydown(event: KeyboardEvent): void {
    const key = keyOf(event.target)
    if (!key || event.isComposing) return
    const input = event.target as HTMLInputElement
    const editing = state.editing === key
    const direction = ARROWS[event.key]
    if (event.key === 'Enter') {
      event.preventDefault()
      go(moveFrom(matrix, key, event.shiftKey ? 'up' : 'down'))
    } else if (event.key === 'F2') {
      event.preventDefault()
      enterEditMode(input, key)
    } else if (event.key === 'Escape') {
      if (held?.key === key && input.value !== held.text) {
        event.preventDefault()
        store.setCell(key, held.text)
        input.value = held.text
      }
      state.editing = null
      input.select()
    } else if (editing) {
      return
    } else if (direction) {
      event.preventDefault()
      if (event.shiftKey) {
        const next = moveFrom(matrix, state.focus ?? key, direction)
        if (next) state.focus = next
      } else {
        go(moveFrom(matrix, key, direction))
      }
    } else if (event.key === 'Home' || event.key === 'End') {
      event.preventDefault()
      go(rowEdge(matrix, key, event.key === 'Home' ? 'start' : 'end'))
    } else if (event.key === 'Delete') {
      event.preventDefault()
      clearRange()
    } else if (
      event.key === 'Backspace' ||
      (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey)
    ) {
      // Typing replaces the selected value, as in a spreadsheet; the keystroke itself goes through.
      state.editing = key
    }
  }

  function onDblClick(event: MouseEvent): void {
    const key = keyOf(event.target)
    if (key) enterEditMode(event.target as HTMLInputElement, key)
  }

  function onMouseDown(event: MouseEvent): void {
    const key = keyOf(event.target)
    if (!key || event.button !== 0 || state.editing === key) return
    if (event.shiftKey && state.anchor) {
      event.preventDefault()
      state.focus = key
      return
    }
    dragging = true
    state.anchor = key
    state.focus = key
    window.addEventListener('mouseup', () => (dragging = false), { once: true })
  }

  function onMouseOver(event: MouseEvent): void {
    const key = keyOf(event.target)
    if (dragging && key && (event.buttons & 1) === 1) state.focus = key
  }

  function onCopy(event: ClipboardEvent): void {
    if (range.value.flat().length < 2 || !event.clipboardData) return
    event.preventDefault()
    event.clipboardData.setData(
      'text/plain',
      toTsv(range.value.map((row) => row.map((k) => store.draft.cells[k] ?? ''))),
    )
    const at = state.focus ?? range.value[0]?.[0]
    if (at) say(`已复制 ${range.value.length} 行`, at)
  }

  /** Refusal text for pasted values that are not numbers; null when every value reads. */
  function unreadable(values: readonly (readonly [CellKey, string])[]): string | null {
    const problems = values.flatMap(([target, raw]) => {
      const def = findCell(target)
      const parsed = def ? parseCell(raw, def.kind) : null
      return parsed?.status === 'invalid'
        ? [`“${def?.name}”处的“${raw.trim()}”${parsed.reason}`]
        : []
    })
    if (problems.length === 0) return null
    const more = problems.length > 3 ? `等${problems.length}处` : ''
    return `未粘贴：${problems.slice(0, 3).join('；')}${more}。表格未作任何改动。`
  }

  const normalised = (values: readonly (readonly [CellKey, string])[]) =>
    values.map(([target, raw]) => {
      const parsed = parseCell(raw, findCell(target)?.kind ?? 'count')
      return [target, parsed.status === 'valid' ? parsed.text : ''] as const
    })

  /** Sets cells as one step, then shows the message once the edit has gone through. */
  async function write(entries: readonly (readonly [CellKey, string])[], at: CellKey) {
    store.setCells(entries)
    state.anchor = entries[0]?.[0] ?? at
    state.focus = entries.at(-1)?.[0] ?? at
    await nextTick()
  }

  /** A whole table as printed: inputs filled wherever it was pasted, stated totals compared. */
  async function pasteWholeTable(
    whole: WholeTablePaste,
    at: CellKey,
    compareTotals: Awaited<ReturnType<typeof loadShapes>>['compareTotals'],
  ): Promise<void> {
    const shape = `${whole.shape.height}行×${whole.shape.width}列`
    const refused = unreadable(whole.inputs)
    if (refused) return say(`按整张表（${shape}）识别。${refused}`, at)
    await write(normalised(whole.inputs), at)
    const mismatches = compareTotals(whole.totals, store.values)
    const skipped = whole.totals.length > 0 ? `，合计${whole.totals.length}格由本程序计算` : ''
    const lead = `已按整张表（${shape}）粘贴：填入${whole.inputs.length}格${skipped}。`
    const named = mismatches
      .slice(0, 3)
      .map((m) => `“${findCell(m.key)?.name ?? m.key}”粘贴为${m.pasted}，按各项计算为${m.computed}`)
    const more = mismatches.length > 3 ? `等${mismatches.length}处` : ''
    say(
      mismatches.length > 0
        ? `${lead}粘贴的合计与计算不符：${named.join('；')}${more}。请核对原表。`
        : lead,
      at,
    )
  }

  function onPaste(event: ClipboardEvent): void {
    const key = keyOf(event.target)
    const text = event.clipboardData?.getData('text/plain') ?? ''
    if (!key || !isBlock(text)) return
    event.preventDefault()
    const rows = parseTsv(text)
    const width = Math.max(...rows.map((row) => row.length))
    // The smallest whole table is table 4 as 3 × 4 or 1 × 12: a smaller block is filled at once.
    if (rows.length >= 3 || width >= 12) void pasteLarge(rows, key)
    else pasteBlock(rows, key)
  }

  async function pasteLarge(rows: string[][], key: CellKey): Promise<void> {
    const model = await loadShapes()
    shapes ??= model.wholeTableShapes(matrix)
    const whole = model.recogniseWholeTable(shapes, rows)
    if (whole) return pasteWholeTable(whole, key, model.compareTotals)
    pasteBlock(rows, key)
  }

  /** A block from the focused cell on: filled as one step, or refused whole with the reason. */
  function pasteBlock(rows: string[][], key: CellKey): void {
    const width = Math.max(...rows.map((row) => row.length))
    const targets = blockTargets(matrix, key, rows.length, width)
    const name = findCell(key)?.name ?? key
    if (!targets.ok) {
      return say(`未粘贴：从“${name}”起粘贴${rows.length}行×${width}列，${targets.reason}。`, key)
    }
    const values = rows.flatMap((row, i) =>
      row.flatMap((raw, j) => {
        const target = targets.cells[i]?.[j]
        return target ? [[target, raw] as const] : []
      }),
    )
    const refused = unreadable(values)
    if (refused) return say(refused, key)
    void write(normalised(values), key).then(() =>
      say(`已粘贴 ${rows.length} 行 × ${width} 列`, key),
    )
  }

  return {
    state,
    gridState,
    handlers: {
      focusin: onFocusIn,
      keydown: onKeydown,
      dblclick: onDblClick,
      mousedown: onMouseDown,
      mouseover: onMouseOver,
      copy: onCopy,
      paste: onPaste,
    },
  }
}

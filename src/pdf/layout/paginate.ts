/**
 * Pagination: stacks flow items (text lines, table rows) onto pages of a fixed height. An item
 * is never split; an item marked keepWithNext lands on the same page as the next one (a heading
 * is never the last thing on a page, a table's header stays with its first row); a table's
 * header rows are repeated at the top of a page the table continues on.
 */

/** One unsplittable item of the flow. */
export interface FlowItem<P> {
  readonly height: number
  /** Space above the item, dropped at the top of a page. */
  readonly spaceBefore: number
  readonly keepWithNext: boolean
  readonly payload: P
}

/** An item on a page, with its top edge relative to the text block's top. */
export interface PlacedItem<P> {
  readonly item: FlowItem<P>
  readonly y: number
  /** True for a table header repeated at the top of a continuation page. */
  readonly repeated: boolean
}

/** Options: items to repeat at the top of a page that starts with the given item. */
export interface PaginateOptions<P> {
  readonly repeatBefore?: (item: FlowItem<P>) => readonly FlowItem<P>[]
}

const EPSILON = 1e-6

/** The end of the keep-with-next chain starting at `start` (inclusive index). */
function chainEnd<P>(items: readonly FlowItem<P>[], start: number): number {
  let end = start
  while (end < items.length - 1 && items[end]?.keepWithNext) end += 1
  return end
}

/** Splits a flow into pages of `pageHeight` mm. */
export function paginate<P>(
  items: readonly FlowItem<P>[],
  pageHeight: number,
  options: PaginateOptions<P> = {},
): PlacedItem<P>[][] {
  const pages: PlacedItem<P>[][] = [[]]
  let y = 0
  const page = () => pages[pages.length - 1] as PlacedItem<P>[]
  const newPage = (next: FlowItem<P>) => {
    pages.push([])
    y = 0
    for (const header of options.repeatBefore?.(next) ?? []) {
      page().push({ item: header, y, repeated: true })
      y += header.height
    }
  }
  const heightFrom = (from: number, to: number, atTop: boolean) => {
    let total = 0
    for (let i = from; i <= to; i += 1) {
      const item = items[i] as FlowItem<P>
      total += item.height + (i === from && atTop ? 0 : item.spaceBefore)
    }
    return total
  }
  let i = 0
  while (i < items.length) {
    const end = chainEnd(items, i)
    const first = items[i] as FlowItem<P>
    const fits = y + heightFrom(i, end, y === 0) <= pageHeight + EPSILON
    if (!fits && page().some((placed) => !placed.repeated)) newPage(first)
    // Place the chain; when even a fresh page cannot hold it, it breaks where it must.
    for (let k = i; k <= end; k += 1) {
      const item = items[k] as FlowItem<P>
      let space = y === 0 ? 0 : item.spaceBefore
      if (y + space + item.height > pageHeight + EPSILON && page().length > 0) {
        newPage(item)
        space = 0
      }
      y += space
      page().push({ item, y, repeated: false })
      y += item.height
    }
    i = end + 1
  }
  return pages
}

import { describe, expect, it } from 'vitest'
import { paginate, type FlowItem } from '@/pdf/layout/paginate'

type P = { id: string; header?: boolean }
const item = (id: string, height = 10, keepWithNext = false, header = false): FlowItem<P> => ({
  height,
  spaceBefore: 0,
  keepWithNext,
  payload: { id, header },
})
const ids = (pages: ReturnType<typeof paginate<P>>) =>
  pages.map((page) => page.map((placed) => placed.item.payload.id))

describe('paginate', () => {
  it.each([
    ['fills pages in order', [item('a'), item('b'), item('c')], 20, [['a', 'b'], ['c']]],
    [
      'moves a heading that would end a page to the next page',
      [item('a'), item('H', 10, true), item('b')],
      20,
      [['a'], ['H', 'b']],
    ],
    [
      'keeps a chain of headings with the first line after them',
      [item('a'), item('H1', 10, true), item('H2', 10, true), item('b')],
      30,
      [['a'], ['H1', 'H2', 'b']],
    ],
    [
      'breaks a chain taller than a page where it must',
      [item('H', 10, true), item('x', 10, true), item('y')],
      20,
      [['H', 'x'], ['y']],
    ],
    ['never splits an item', [item('a', 15), item('row', 10)], 20, [['a'], ['row']]],
  ])('%s', (_name, items, height, expected) => {
    const pages = paginate(items, height)
    expect(ids(pages)).toEqual(expected)
    for (const page of pages) {
      const last = page[page.length - 1]
      if (page !== pages[pages.length - 1])
        expect(last?.item.keepWithNext && page.length > 1 && last.item.payload.id === 'H').toBe(
          false,
        )
      for (const placed of page) expect(placed.y + placed.item.height).toBeLessThanOrEqual(height)
    }
  })

  it('repeats header rows at the top of a continuation page', () => {
    const header = item('head', 5, true, true)
    const rows = Array.from({ length: 5 }, (_, i) => item(`r${i}`, 10))
    const pages = paginate([header, ...rows], 30, {
      repeatBefore: (next) => (next.payload.id.startsWith('r') ? [header] : []),
    })
    expect(ids(pages)).toEqual([
      ['head', 'r0', 'r1'],
      ['head', 'r2', 'r3'],
      ['head', 'r4'],
    ])
    expect(pages[1]?.[0]?.repeated).toBe(true)
  })

  it('drops the space before an item at the top of a page', () => {
    const pages = paginate([item('a', 18), { ...item('b'), spaceBefore: 5 }], 20)
    expect(pages[1]?.[0]?.y).toBe(0)
  })
})

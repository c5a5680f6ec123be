/**
 * Undo you can see: after an undo or redo, the page scrolls to what changed, marks it for a
 * moment and announces it (“已撤销：表三 一、本年新收… 自然人”), so a step never changes something
 * off-screen silently.
 */
import { ref, watch } from 'vue'
import { describeChangedPlaces } from '@/report'
import { useHistoryStore } from '@/stores/history'

/** How long the changed element stays marked. */
export const MARK_MS = 1600

const announcement = ref('')

function elementOf(path: string): HTMLElement | null {
  const selector = path.startsWith('cells.')
    ? `[data-cell="${CSS.escape(path.slice('cells.'.length))}"]`
    : `[data-field="${CSS.escape(path)}"]`
  return document.querySelector<HTMLElement>(selector)
}

/** Starts showing each undo/redo step; returns the announcement text for a live region. */
export function useHistoryFeedback() {
  const history = useHistoryStore()
  const timers = new Map<HTMLElement, ReturnType<typeof setTimeout>>()
  watch(
    () => history.lastApplied,
    (step) => {
      if (!step) return
      const verb = step.direction === 'undo' ? '已撤销' : '已重做'
      announcement.value = `${verb}：${describeChangedPlaces(step.paths)}`
      const elements = step.paths.map(elementOf).filter((el): el is HTMLElement => el !== null)
      const first = elements[0]
      if (!first) return
      // Focus stays where it is (a field's own Ctrl+Z); the page only moves when it must.
      if (!first.contains(document.activeElement)) {
        first.scrollIntoView({ block: 'center', behavior: 'smooth' })
      }
      for (const element of elements) {
        element.setAttribute('data-history-mark', step.direction)
        clearTimeout(timers.get(element))
        timers.set(
          element,
          setTimeout(() => element.removeAttribute('data-history-mark'), MARK_MS),
        )
      }
    },
    { flush: 'post' },
  )
  return { announcement }
}

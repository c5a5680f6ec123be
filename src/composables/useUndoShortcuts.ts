/**
 * Keyboard undo and redo: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on macOS). Inside a text field or
 * a cell they act on that field's own edits; elsewhere on the page's last step.
 */
import { onBeforeUnmount, onMounted } from 'vue'
import { useHistoryStore } from '@/stores/history'

/** What a key press asks for: 'undo', 'redo', or null. Ctrl+Z → undo; Ctrl+Shift+Z → redo. */
export function shortcutOf(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>,
): 'undo' | 'redo' | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null
  const key = event.key.toLowerCase()
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo'
  if (key === 'y' && !event.shiftKey) return 'redo'
  return null
}

/** The draft path of the field or cell an element edits, or null. */
export function draftPathOf(element: EventTarget | null): string | null {
  if (!(element instanceof HTMLElement)) return null
  const cell = element.closest('input[data-cell]')?.getAttribute('data-cell')
  if (cell) return `cells.${cell}`
  return element.closest('[data-field]')?.getAttribute('data-field') ?? null
}

/** Binds the shortcuts to the window while the calling component is mounted. */
export function useUndoShortcuts(): void {
  const history = useHistoryStore()
  const onKeydown = (event: KeyboardEvent) => {
    if (event.isComposing) return
    const command = shortcutOf(event)
    if (!command) return
    // The page's own history replaces the browser's per-field undo, which would not know the store.
    event.preventDefault()
    const path = draftPathOf(event.target)
    if (path) {
      // In a field: only that field's edits, never a change somewhere off-screen.
      if (command === 'undo') history.undoPath(path)
      else history.redoPath(path)
    } else if (command === 'undo') history.undo()
    else history.redo()
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}

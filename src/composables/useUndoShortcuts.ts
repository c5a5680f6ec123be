/** Keyboard undo and redo for the whole page: Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y (⌘ on macOS). */
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

/** Binds the shortcuts to the window while the calling component is mounted. */
export function useUndoShortcuts(): void {
  const history = useHistoryStore()
  const onKeydown = (event: KeyboardEvent) => {
    if (event.isComposing) return
    const command = shortcutOf(event)
    if (!command) return
    // The page's own history replaces the browser's per-field undo, which would not know the store.
    event.preventDefault()
    if (command === 'undo') history.undo()
    else history.redo()
  }
  onMounted(() => window.addEventListener('keydown', onKeydown))
  onBeforeUnmount(() => window.removeEventListener('keydown', onKeydown))
}

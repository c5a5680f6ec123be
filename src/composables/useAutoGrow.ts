/** Lets a textarea grow with its content where CSS `field-sizing: content` is not supported. */
import { nextTick, onMounted, watch, type Ref } from 'vue'

const SUPPORTS_FIELD_SIZING =
  typeof CSS !== 'undefined' &&
  typeof CSS.supports === 'function' &&
  CSS.supports('field-sizing', 'content')

/** Resizes `element` to fit its text whenever `text` changes. */
export function useAutoGrow(element: Ref<HTMLTextAreaElement | null>, text: Ref<string>): void {
  if (SUPPORTS_FIELD_SIZING) return
  const resize = () => {
    const el = element.value
    if (!el) return
    el.style.height = 'auto'
    el.style.height = `${el.scrollHeight + 2}px`
  }
  onMounted(resize)
  watch(text, () => void nextTick(resize))
}

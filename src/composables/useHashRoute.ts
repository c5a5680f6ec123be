/**
 * The page's two views by the URL's hash: the editor (`#/` or none) and the reviewer's workspace
 * (`#/workspace`). A hash works from any sub-path of a static server, and can be bookmarked.
 */
import { readonly, ref } from 'vue'

/** The views. */
export type AppRoute = 'editor' | 'workspace'

/** The hash of the workspace view. */
export const WORKSPACE_HASH = '#/workspace'

/** The view a hash names; anything unknown is the editor. */
export function routeOfHash(hash: string): AppRoute {
  return /^#\/workspace(?:[/?]|$)/.test(hash) ? 'workspace' : 'editor'
}

const route = ref<AppRoute>(routeOfHash(location.hash))
window.addEventListener('hashchange', () => (route.value = routeOfHash(location.hash)))

/** The current view (follows the hash, so back and forward work). */
export function useHashRoute() {
  return readonly(route)
}

/** Shows a view by setting the hash (a history entry, so “back” returns). */
export function goTo(next: AppRoute): void {
  location.hash = next === 'workspace' ? WORKSPACE_HASH : '#/'
}

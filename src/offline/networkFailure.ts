/**
 * True for an error that means the network failed (a lazily loaded script or a fetch that never
 * got a response), not the file or the program: each engine words it differently.
 */
export function isNetworkFailure(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error)
  return /Failed to fetch|dynamically imported module|Importing a module script failed|NetworkError|Load failed|network error|ERR_INTERNET_DISCONNECTED|ERR_CONNECTION/i.test(
    message,
  )
}

/** Starts every message about a missing network: plain words, no URL, never “已损坏”. */
export const OFFLINE_PREFIX = '您已离线：'

/** Said when a part of the program (a lazily loaded file) could not be fetched for `action`. */
export function offlineProgramMessage(action: string): string {
  return `${OFFLINE_PREFIX}${action}所需的程序文件尚未保存在此浏览器中。请联网后重试；联网时点“准备离线使用”，之后离线也能${action}。`
}

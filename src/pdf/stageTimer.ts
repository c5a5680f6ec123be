/**
 * Stage timings of one PDF generation, as User Timing measures (`pdf:<stage>`), so that DevTools'
 * performance panel and the bench (which reads them from the worker) see the same numbers.
 */

/** Milliseconds per stage of the last generation, e.g. `{ fonts: 12.5, layout: 8.1 }`. */
export type StageTimings = Record<string, number>

/** Times the stages of one generation; `stage` ends the previous stage and starts the next. */
export function createStageTimer(): {
  stage(name: string): void
  finish(): StageTimings
} {
  const timings: StageTimings = {}
  let current: { name: string; start: number } | undefined
  const end = () => {
    if (!current) return
    const { name, start } = current
    const ms = performance.now() - start
    timings[name] = (timings[name] ?? 0) + ms
    performance.measure(`pdf:${name}`, { start, duration: ms })
    current = undefined
  }
  performance.clearMeasures()
  return {
    stage(name) {
      end()
      current = { name, start: performance.now() }
    },
    finish() {
      end()
      return timings
    },
  }
}

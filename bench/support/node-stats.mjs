// Shared by the Node-side bench sections: load the app's TypeScript through Vite's SSR loader, and
// time a function over repeated runs.
import { fileURLToPath } from 'node:url'
import { createServer } from 'vite'

const root = fileURLToPath(new URL('../../', import.meta.url))

/**
 * Runs `use(load)` with a loader for TypeScript modules of this repo (paths from the root).
 * @template T
 * @param {(load: (path: string) => Promise<any>) => Promise<T>} use
 * @returns {Promise<T>}
 */
export async function withTsModules(use) {
  const server = await createServer({
    root,
    configFile: false,
    logLevel: 'error',
    appType: 'custom',
    resolve: { alias: { '@': `${root}src` } },
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  })
  try {
    return await use((path) => server.ssrLoadModule(path))
  } finally {
    await server.close()
  }
}

/**
 * Median and p95 of a list of times.
 * @param {number[]} times
 */
export function stats(times) {
  const sorted = [...times].sort((a, b) => a - b)
  const at = (/** @type {number} */ q) =>
    sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? NaN
  return { median: at(0.5), p95: at(0.95) }
}

/**
 * Times `fn()` `runs` times after `warmup` runs.
 * @param {() => unknown} fn
 * @param {{ warmup?: number, runs?: number }} [options]
 */
export function time(fn, { warmup = 5, runs = 30 } = {}) {
  for (let i = 0; i < warmup; i += 1) fn()
  const times = []
  for (let i = 0; i < runs; i += 1) {
    const t0 = performance.now()
    fn()
    times.push(performance.now() - t0)
  }
  return stats(times)
}

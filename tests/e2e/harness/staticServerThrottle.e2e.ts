// The test server's emulated office link (used where the engine has no network emulation:
// Firefox over BiDi): bodies take their bytes' time on one shared link, plus latency. Kept with
// the e2e files because only their typecheck reads the harness's .mjs.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startStaticServer } from '../support/static-server.mjs'

const root = mkdtempSync(join(tmpdir(), 'throttle-'))
writeFileSync(join(root, 'a.bin'), Buffer.alloc(100_000, 1))
writeFileSync(join(root, 'b.bin'), Buffer.alloc(100_000, 2))

let close: (() => Promise<void>) | undefined
afterEach(async () => close?.())

async function timed(paths: string[], throttle?: { bitsPerSecond: number; latencyMs: number }) {
  const server = await startStaticServer({ root, throttle })
  close = server.close
  const started = performance.now()
  const bodies = await Promise.all(
    paths.map(async (path) => Buffer.from(await (await fetch(server.url + path)).arrayBuffer())),
  )
  return { ms: performance.now() - started, bodies }
}

describe('throttled static server', () => {
  it('sends the whole body unchanged', async () => {
    const { bodies } = await timed(['a.bin'], { bitsPerSecond: 8_000_000, latencyMs: 10 })
    expect(bodies[0]?.equals(Buffer.alloc(100_000, 1))).toBe(true)
  })

  // Lower bounds only: 100 KB at 1.6 Mbit/s is 500 ms of wire time; two bodies share the link
  // (1 s), so a server that gives each connection its own link fails the second case.
  it.each([
    { paths: ['a.bin'], atLeastMs: 500 + 100 },
    { paths: ['a.bin', 'b.bin'], atLeastMs: 1000 + 100 },
  ])(
    '$paths take at least $atLeastMs ms on a 1.6 Mbit/s link with 100 ms latency',
    async ({ paths, atLeastMs }) => {
      const { ms, bodies } = await timed(paths, { bitsPerSecond: 1_600_000, latencyMs: 100 })
      expect(bodies.every((body) => body.length === 100_000)).toBe(true)
      expect(ms).toBeGreaterThanOrEqual(atLeastMs - 5)
    },
  )
})

// Standalone vitest config for the browser e2e suite (Chromium via playwright-core on dist/).
// Run with `npm run test:e2e`. One file at a time, to spare the 2 cores.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    setupFiles: ['tests/e2e/support/setup.ts'],
    fileParallelism: false,
    // Sized from measured durations with the machine's two cores shared (issue 22): the slowest
    // test (export.e2e.ts, a draft and a 落款) ran 77 s, so 180 s keeps every test under half
    // its limit. Polls wait for state, not a clock: 1 s (the default) failed under load.
    testTimeout: 180_000,
    hookTimeout: 120_000,
    expect: { poll: { timeout: 15_000, interval: 50 } },
  },
})

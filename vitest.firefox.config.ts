// The core paths in Firefox ESR (puppeteer-core over WebDriver BiDi) on dist/: `npm run
// test:firefox` (after `npm run build`). One file at a time, to spare the 2 cores.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 120_000,
  },
})

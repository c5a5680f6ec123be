/// <reference types="vite/client" />

/** App version from package.json, injected at build time. */
declare const __APP_VERSION__: string

/** True only in a build for `npm run bench` (BENCH_HOOKS=1): bench-only hooks are compiled in. */
declare const __BENCH_HOOKS__: boolean

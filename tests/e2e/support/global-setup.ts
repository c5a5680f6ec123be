// Vitest globalSetup for the e2e suite: build dist/ if it is missing, then serve it under a
// sub-path on 127.0.0.1 for the whole run. Test files read the URL with inject('appUrl').
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { TestProject } from 'vitest/node'
import { DEPLOY_CSP, startStaticServer } from './static-server.mjs'

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string
    appOrigin: string
  }
}

const root = fileURLToPath(new URL('../../../', import.meta.url))
// APP_DIST serves another build (e.g. a stub app to check the harness itself); no build then.
const dist = process.env.APP_DIST ?? fileURLToPath(new URL('../../../dist/', import.meta.url))

export default async function setup(project: TestProject) {
  if (!existsSync(join(dist, 'index.html'))) {
    const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
    if (build.status !== 0) throw new Error('dist/ is missing and `npm run build` failed')
  }
  // Serve with the Content-Security-Policy the README tells deployers to set, so every test
  // proves the app works under it (worker, wasm, blob: preview, no other host).
  const server = await startStaticServer({
    root: dist,
    headers: { 'Content-Security-Policy': DEPLOY_CSP },
  })
  project.provide('appUrl', server.url)
  project.provide('appOrigin', server.origin)
  return () => server.close()
}

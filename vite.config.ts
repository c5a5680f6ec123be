import { defineConfig, type Plugin } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa'
import { FONT_CACHE } from './src/pdf/fonts/fontCacheName'
import { ASSET_CACHE, OFFLINE_ASSETS_FILE } from './src/offline/offlineAssets'
import { fileURLToPath } from 'node:url'
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import browserslist from 'browserslist'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
}

// Parts only some users need (reading .docx/.pdf reports, writing .docx/.xlsx, the reviewer's
// file worker, jsPDF on the page — the PDF worker carries its own — and its optional HTML
// renderer, pdf.js's CMaps) are not precached: precaching would
// fetch megabytes right after the first visit, over the same office link as the first PDF. They
// are cached when first used (runtimeCaching below), so what was used once works offline too.
const PDFJS_CMAPS = new Set(
  readdirSync(new URL('./node_modules/pdfjs-dist/cmaps/', import.meta.url)).map((name) =>
    name.replace(/\.bcmap$/, ''),
  ),
)
const ON_DEMAND =
  /^assets\/(xlsx|lib|dist|pdf|jspdf\.es\.min|html2canvas|purify\.es|index\.es|workspaceFiles\.worker|readPdf|readDocx|buildDocx)-[\w-]+\.m?js$/
const isOnDemand = (url: string) => {
  const chunk = /^assets\/(.+)-[\w-]{8}\.js$/.exec(url)?.[1]
  return ON_DEMAND.test(url) || (chunk !== undefined && PDFJS_CMAPS.has(chunk))
}

/** What the precache leaves out: files loaded on first use (and pdf.js's worker and CMaps). */
const isLeftOut = (url: string) => isOnDemand(url) || /^assets\/.+\.(mjs|bcmap)$/.test(url)

// The list 准备离线使用 fetches besides the fonts (src/offline/offlineAssets.ts): every program
// file the precache leaves out, with its size, written next to index.html after the build.
const offlineAssetList = (): Plugin => {
  let outDir = ''
  return {
    name: 'offline-asset-list',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle() {
      const list = readdirSync(join(outDir, 'assets'))
        .map((name) => `assets/${name}`)
        .filter(isLeftOut)
        .sort()
        .map((file) => ({ file, bytes: statSync(join(outDir, file)).size }))
      writeFileSync(join(outDir, OFFLINE_ASSETS_FILE), `${JSON.stringify(list)}\n`)
    },
  }
}

// The service worker (Workbox, issue 13): precaches the app shell (every script, style and the
// font manifest) so a reload without network opens the editor; glyph pieces are cached as a PDF
// fetches them (the worker does so itself too, see src/pdf/fonts/fontCache.ts). A new version
// waits until the user chooses to reload (src/components/offline/). Scope and URLs are relative
// to the service worker's own folder, so any sub-path works.
const pwaOptions: Partial<VitePWAOptions> = {
  registerType: 'prompt',
  injectRegister: false,
  manifest: false,
  workbox: {
    globPatterns: ['**/*.{js,css,html}', 'fonts/manifest.json', 'fonts/OFL-*.txt'],
    globIgnores: ['fonts/pieces/**'],
    manifestTransforms: [
      (entries) => ({ manifest: entries.filter((entry) => !isOnDemand(entry.url)), warnings: [] }),
    ],
    navigateFallback: 'index.html',
    runtimeCaching: [
      {
        urlPattern: ({ url }) => /\/assets\/[^/]+-[\w-]{8}\.(m?js|bcmap)$/.test(url.pathname),
        handler: 'CacheFirst',
        // 准备离线使用 fills the same cache (src/offline/offlineAssets.ts).
        options: { cacheName: ASSET_CACHE, expiration: { maxEntries: 400 } },
      },
      {
        // Not the packs of 准备离线使用: the page keeps those itself (once, not twice).
        urlPattern: ({ url }) =>
          url.pathname.includes('/fonts/pieces/') && !/-pack\.\w+\.bin$/.test(url.pathname),
        handler: 'CacheFirst',
        options: { cacheName: FONT_CACHE },
      },
    ],
  },
}

// The build target is the stated browser list (package.json `browserslist`): the oldest Chromium
// kernel and the oldest Firefox ESR supported; CI checks dist/ against it (es-check).
const BUILD_TARGET = Object.entries(
  browserslist().reduce<Record<string, number>>((oldest, entry) => {
    const [name = '', version = ''] = entry.split(' ')
    oldest[name] = Math.min(oldest[name] ?? Infinity, Number.parseFloat(version))
    return oldest
  }, {}),
).map(([name, version]) => `${name}${version}`)

// Modules whose top level only defines things: the pure domain core (no side effects by design,
// see ARCHITECTURE.md) and yup (whose load-time code only sets up its own classes). A bundle using
// nothing from one drops it: the PDF worker reaches the domain barrel but validates nothing.
const treeshake = {
  moduleSideEffects: (id: string) =>
    /[\\/]src[\\/]report[\\/]|[\\/]node_modules[\\/]yup[\\/]/.test(id) ? false : undefined,
}

const NO_OPTIONAL_DEPS = fileURLToPath(new URL('./src/pdf/noOptionalDeps.ts', import.meta.url))

// Relative base so the static build works from any path of any web server.
export default defineConfig({
  base: './',
  plugins: [vue(), VitePWA(pwaOptions), offlineAssetList()],
  resolve: {
    alias: {
      '@': fileURLToPath(new URL('./src', import.meta.url)),
      // jsPDF's optional renderers (doc.html(), SVG): never called here, so never bundled.
      ...Object.fromEntries(
        ['html2canvas', 'canvg', 'dompurify'].map((name) => [name, NO_OPTIONAL_DEPS]),
      ),
    },
  },
  define: {
    __APP_VERSION__: JSON.stringify(pkg.version),
    // Hooks only `npm run bench` uses (e.g. ?pdf-fonts=full): dropped from a normal build.
    __BENCH_HOOKS__: JSON.stringify(process.env.BENCH_HOOKS === '1'),
  },
  // Module workers, so a worker's dynamic imports stay separate chunks fetched on demand (the
  // workspace worker reads a .json batch without pdf.js or mammoth) instead of being inlined.
  worker: { format: 'es', rolldownOptions: { treeshake } },
  build: {
    target: BUILD_TARGET,
    sourcemap: false,
    // Everything the first paint needs in one chunk: split into the many small shared chunks the
    // lazy parts cause, the first load gzips several kB worse (the hard limit is 100 kB).
    rolldownOptions: {
      treeshake,
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
})

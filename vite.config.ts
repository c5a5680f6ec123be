import { defineConfig } from 'vite'
import vue from '@vitejs/plugin-vue'
import { VitePWA, type VitePWAOptions } from 'vite-plugin-pwa'
import { FONT_CACHE } from './src/pdf/fonts/fontCacheName'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as {
  version: string
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
    navigateFallback: 'index.html',
    runtimeCaching: [
      {
        urlPattern: ({ url }) => url.pathname.includes('/fonts/pieces/'),
        handler: 'CacheFirst',
        options: { cacheName: FONT_CACHE },
      },
    ],
  },
}

// Relative base so the static build works from any path of any web server.
export default defineConfig({
  base: './',
  plugins: [vue(), VitePWA(pwaOptions)],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Everything the first paint needs in one chunk: split into the many small shared chunks the
    // lazy parts cause, the first load gzips several kB worse (the hard limit is 100 kB).
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'app', tags: ['$initial'] }] } },
    },
  },
})

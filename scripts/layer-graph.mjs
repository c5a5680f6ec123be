// Prints the folder-level import graph of src/ (`node scripts/layer-graph.mjs`): for each top
// folder, the other folders it imports, statically or on first use (dynamic import()). The
// diagram in ARCHITECTURE.md is drawn from this output; rerun it after moving code.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const src = fileURLToPath(new URL('../src/', import.meta.url))

/** @param {string} dir @returns {string[]} */
function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) return files(path)
    return /\.(ts|mts|mjs|vue)$/.test(name) ? [path] : []
  })
}

/** The top folder of a path under src/ (a file directly in src/ counts as `app`). */
function folderOf(/** @type {string} */ path) {
  const parts = relative(src, path).split('/')
  const [top = ''] = parts
  // `@/report` names the folder itself; `main.ts` and `App.vue` sit in src/ directly.
  return parts.length > 1 || !/\.\w+$/.test(top) ? top : 'app'
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g
/** @type {Map<string, Map<string, 'static' | 'dynamic'>>} */
const edges = new Map()
for (const file of files(src)) {
  const from = folderOf(file)
  for (const match of readFileSync(file, 'utf8').matchAll(IMPORT)) {
    const specifier = match[1] ?? match[2] ?? ''
    const target = specifier.startsWith('@/')
      ? join(src, specifier.slice(2))
      : specifier.startsWith('.')
        ? resolve(dirname(file), specifier)
        : null
    if (!target) continue
    const to = folderOf(target)
    if (to === from) continue
    const kind = match[2] ? 'dynamic' : 'static'
    const out = edges.get(from) ?? new Map()
    // A folder imported both ways counts as static: it is on the importer's load path.
    if (out.get(to) !== 'static') out.set(to, kind)
    edges.set(from, out)
  }
}
for (const [from, out] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
  const list = [...out].sort(([a], [b]) => a.localeCompare(b))
  console.log(
    `${from} → ${list.map(([to, kind]) => (kind === 'dynamic' ? `(${to})` : to)).join(', ')}`,
  )
}
console.log('(folder) = only through dynamic import(), loaded on first use')

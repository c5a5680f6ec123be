// Build-time font subsetting for the PDF (`npm run fonts`, run by predev/prebuild).
// Cuts the open-licence CJK fonts of node_modules to GB 2312 plus report symbols with hb-subset,
// cuts a fallback font holding every other character of Noto Serif SC (堃, 喆, …), and writes
// them with a manifest (files, sizes, coverage) and their licences to public/fonts/ (git-ignored).
// Skips all work when the outputs are newer than every input.
import { copyFileSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSubsetter, readCmapCodePoints } from '../src/pdf/fonts/hbSubset.mjs'
import { gb2312CodePoints, reportSymbolCodePoints } from './lib/charset.mjs'
import { encodeRanges } from './lib/ranges.mjs'
import { woffToTtf } from './lib/woff.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const outDir = join(root, 'public/fonts')
const require = createRequire(import.meta.url)
const pkg = (/** @type {string} */ name) => dirname(require.resolve(`${name}/package.json`))

const notoSerif = pkg('@expo-google-fonts/noto-serif-sc')
const notoSans = pkg('@expo-google-fonts/noto-sans-sc')
const wenkai = pkg('@fontsource/lxgw-wenkai')

/** Role → source. GB/T 9704 roles: 小标宋 → serif bold, 黑体 → sans, 楷体 → kai, 仿宋 → serif. */
export const FONT_SOURCES = {
  serif: { path: join(notoSerif, '400Regular/NotoSerifSC_400Regular.ttf'), licence: 'NotoSerifSC' },
  serifBold: { path: join(notoSerif, '700Bold/NotoSerifSC_700Bold.ttf'), licence: 'NotoSerifSC' },
  sans: { path: join(notoSans, '500Medium/NotoSansSC_500Medium.ttf'), licence: 'NotoSansSC' },
  kai: { path: join(wenkai, 'files/lxgw-wenkai-latin-500-normal.woff'), licence: 'LXGWWenKai' },
}
const LICENCES = {
  NotoSerifSC: join(notoSerif, 'LICENSE_FONT'),
  NotoSansSC: join(notoSans, 'LICENSE_FONT'),
  LXGWWenKai: join(wenkai, 'LICENSE'),
}
const WASM = require.resolve('harfbuzzjs/dist/harfbuzz-subset.wasm')

/** Reads a source font as TrueType bytes (WOFF 1.0 is unpacked). */
export function readSourceFont(/** @type {string} */ path) {
  const bytes = new Uint8Array(readFileSync(path))
  return path.endsWith('.woff') ? woffToTtf(bytes) : bytes
}

async function main() {
  const inputs = [
    fileURLToPath(import.meta.url),
    join(root, 'src/pdf/fonts/hbSubset.mjs'),
    ...['charset', 'ranges', 'woff'].map((name) => join(root, `scripts/lib/${name}.mjs`)),
    WASM,
    ...Object.values(FONT_SOURCES).map((source) => source.path),
  ]
  const manifestPath = join(outDir, 'manifest.json')
  const newestInput = Math.max(...inputs.map((file) => statSync(file).mtimeMs))
  if (!process.argv.includes('--force') && existsSync(manifestPath)) {
    if (statSync(manifestPath).mtimeMs > newestInput) {
      console.log('fonts: public/fonts/ is up to date')
      return
    }
  }
  const started = performance.now()
  mkdirSync(outDir, { recursive: true })
  const subsetter = await createSubsetter(readFileSync(WASM))
  const charset = new Set([...gb2312CodePoints(), ...reportSymbolCodePoints()])
  /** @type {Record<string, { file: string, bytes: number, coverage: string, licence: string }>} */
  const faces = {}
  for (const [face, source] of Object.entries(FONT_SOURCES)) {
    const font = subsetter.subset(readSourceFont(source.path), charset, { dropHinting: true })
    faces[face] = write(face, font, source.licence)
  }
  // The fallback: every character of Noto Serif SC Regular the GB 2312 cut leaves out.
  const serifSource = readSourceFont(FONT_SOURCES.serif.path)
  const fallback = subsetter.subset(serifSource, charset, { invert: true, dropHinting: true })
  faces.fallback = write('fallback', fallback, 'NotoSerifSC')
  for (const [name, path] of Object.entries(LICENCES)) {
    copyFileSync(path, join(outDir, `OFL-${name}.txt`))
  }
  writeFileSync(manifestPath, JSON.stringify({ faces }))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`fonts: wrote ${Object.keys(faces).length} fonts to public/fonts/ in ${seconds} s`)
}

/** @param {string} face @param {Uint8Array} font @param {string} licence */
function write(face, font, licence) {
  const file = `${face}.ttf`
  writeFileSync(join(outDir, file), font)
  const coverage = encodeRanges([...readCmapCodePoints(font)])
  console.log(`fonts: ${file} ${(font.byteLength / 1024).toFixed(0)} KB`)
  return { file, bytes: font.byteLength, coverage, licence: `OFL-${licence}.txt` }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()

// Build-time font subsetting for the PDF (`npm run fonts`, run by predev/prebuild).
// Cuts the open-licence CJK fonts of node_modules to GB 2312 plus report symbols with hb-subset,
// cuts a fallback font holding every other character of Noto Serif SC (堃, 喆, …), and splits
// each into a base and glyph pieces of PIECE_SIZE characters in frequency order (scripts/lib/
// charOrder.mjs), so that a PDF fetches only the pieces holding its characters. Writes the pieces
// (content-hashed names, cacheable for ever), a manifest (pieces, order, coverage) and the
// licences to public/fonts/ (git-ignored); the whole cut faces go to .cache/fonts/ (git-ignored,
// for tests and the bench, not deployed). Skips all work when the outputs are newer than every input.
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createSubsetter, readCmapCodePoints } from '../src/pdf/fonts/hbSubset.mjs'
import { gb2312CodePoints, gb2312Levels, reportSymbolCodePoints } from './lib/charset.mjs'
import { junDaRanking } from './lib/charOrder.mjs'
import { encodeRanges } from './lib/ranges.mjs'
import { splitFace } from './lib/splitFace.mjs'
import { woffToTtf } from './lib/woff.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const outDir = join(root, 'public/fonts')
/** The whole cut faces: read by tests and the bench, never deployed. */
export const WHOLE_FACES_DIR = join(root, '.cache/fonts')
/** The committed ranked head of the piece order (tiers 1–3, see scripts/lib/charOrder.mjs). */
export const ORDER_FILE = join(root, 'scripts/lib/char-order.txt')
/**
 * Characters per piece. Measured (body face, bytes of the pieces fetched ÷ outline bytes of the
 * glyphs used) on a report outside the order's corpus: 64 → 3.4×, 32 → 2.9×, 24 → 2.7×; the seed
 * 1.6×, 1.5×, 1.5×. 32 keeps the count of requests of a long report near a hundred.
 */
export const PIECE_SIZE = { main: 32, fallback: 32 }
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
    join(root, 'src/pdf/fonts/sfnt.mjs'),
    join(root, 'src/pdf/fonts/glyphPieces.mjs'),
    ORDER_FILE,
    ...['charset', 'charOrder', 'ranges', 'splitFace', 'woff'].map((name) =>
      join(root, `scripts/lib/${name}.mjs`),
    ),
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
  rmSync(outDir, { recursive: true, force: true })
  mkdirSync(join(outDir, 'pieces'), { recursive: true })
  mkdirSync(WHOLE_FACES_DIR, { recursive: true })
  const subsetter = await createSubsetter(readFileSync(WASM))
  const charset = new Set([...gb2312CodePoints(), ...reportSymbolCodePoints()])
  const ranked = [...readFileSync(ORDER_FILE, 'utf8').trim()].map((c) => c.codePointAt(0) ?? 0)
  const [level1 = [], level2 = []] = gb2312Levels()
  const cut = Object.entries(FONT_SOURCES).map(([face, source]) => {
    const font = subsetter.subset(readSourceFont(source.path), charset, { dropHinting: true })
    return { face, font, licence: source.licence }
  })
  // hb-subset keeps a few code points beyond the charset that share a glyph with one in it.
  const mainCodePoints = new Set(cut.flatMap(({ font }) => [...readCmapCodePoints(font)]))
  const main = pieceOrder(mainCodePoints, ranked, [level1, level2])
  /** @type {Record<string, object>} */
  const faces = {}
  for (const { face, font, licence } of cut) faces[face] = write(face, font, licence, main)
  // The fallback: every character of Noto Serif SC Regular the GB 2312 cut leaves out.
  const serifSource = readSourceFont(FONT_SOURCES.serif.path)
  const fallback = subsetter.subset(serifSource, charset, { invert: true, dropHinting: true })
  const junDa = junDaRanking().map((c) => c.codePointAt(0) ?? 0)
  const fallbackOrder = pieceOrder(readCmapCodePoints(fallback), junDa, [])
  faces.fallback = write('fallback', fallback, 'NotoSerifSC', fallbackOrder)
  const orders = { main: main.encoded, fallback: fallbackOrder.encoded }
  for (const [name, path] of Object.entries(LICENCES)) {
    copyFileSync(path, join(outDir, `OFL-${name}.txt`))
  }
  writeFileSync(manifestPath, JSON.stringify({ faces, orders }))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`fonts: wrote ${Object.keys(faces).length} fonts to public/fonts/ in ${seconds} s`)
}

/**
 * A piece order over `charset`: its ranked code points first, then each of `levels`, then the
 * rest, all but the first part ascending, so the manifest keeps them as ranges.
 * @param {Set<number>} charset
 * @param {number[]} ranked
 * @param {number[][]} levels
 */
function pieceOrder(charset, ranked, levels) {
  const placed = new Set()
  /** @param {number[]} cps */
  const take = (cps) => cps.filter((cp) => charset.has(cp) && !placed.has(cp) && placed.add(cp))
  const head = take(ranked)
  const runs = [...levels, [...charset]].map((part) => take([...part].sort((a, b) => a - b)))
  return {
    all: [...head, ...runs.flat()],
    encoded: { ranked: String.fromCodePoint(...head), runs: runs.map((run) => encodeRanges(run)) },
  }
}

/**
 * Writes a face: the whole cut to .cache/fonts/, its base and pieces to public/fonts/pieces/.
 * @param {string} face @param {Uint8Array} font @param {string} licence
 * @param {ReturnType<typeof pieceOrder>} order
 */
function write(face, font, licence, order) {
  const file = `${face}.ttf`
  writeFileSync(join(WHOLE_FACES_DIR, file), font)
  const codePoints = readCmapCodePoints(font)
  const all = order.all
  const pieceSize = face === 'fallback' ? PIECE_SIZE.fallback : PIECE_SIZE.main
  const { base, pieces } = splitFace(font, all, pieceSize)
  // A hash of the content in each name, so a piece can be cached for ever; the manifest keeps
  // only the hash (see pieceFile in src/pdf/fonts/manifest.ts).
  const put = (/** @type {string} */ name, /** @type {Uint8Array} */ bytes) => {
    const hash = createHash('sha256').update(bytes).digest('hex').slice(0, 8)
    writeFileSync(join(outDir, `pieces/${face}-${name}.${hash}.bin`), bytes)
    return hash
  }
  const written = pieces.map((piece, k) => (piece ? put(String(k), piece) : null))
  const pieceBytes = pieces.reduce((sum, p) => sum + (p?.byteLength ?? 0), 0)
  console.log(
    `fonts: ${face} ${(font.byteLength / 1024).toFixed(0)} KB → ${written.length} pieces, ${(pieceBytes / 1024).toFixed(0)} KB`,
  )
  return {
    file,
    bytes: font.byteLength,
    coverage: encodeRanges([...codePoints]),
    licence: `OFL-${licence}.txt`,
    order: face === 'fallback' ? 'fallback' : 'main',
    pieceSize,
    base: { file: `pieces/${face}-base.${put('base', base)}.bin`, bytes: base.byteLength },
    pieces: written,
    piecesBytes: pieceBytes,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()

// Build-time font subsetting for the PDF (`npm run fonts`, run by predev/prebuild).
// Cuts the open-licence CJK fonts of node_modules to GB 2312 plus report symbols with hb-subset,
// cuts a fallback font holding every other character of Noto Serif SC (堃, 喆, …), and splits
// each into a base and glyph pieces (scripts/lib/splitFace.mjs), so that a PDF fetches only the
// pieces holding its characters. A main face's order is its head (the characters it prints in
// every report: scripts/lib/face-heads.json) in one piece, then the shared frequency order
// (scripts/lib/charOrder.mjs) in pieces that get smaller as characters get rarer; the fallback's
// order is its code points ascending. Writes the pieces (a hash of the face's pieces in their
// names, cacheable for ever), a manifest (orders, layouts, hashes) and the licences to
// public/fonts/ (git-ignored); the whole cut faces go to .cache/fonts/ (git-ignored, for tests
// and the bench, not deployed). Skips all work when the outputs are newer than every input.
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
import { encodePack } from '../src/pdf/fonts/glyphPieces.mjs'
import { createSubsetter, readCmapCodePoints } from '../src/pdf/fonts/hbSubset.mjs'
import { pieceCount } from '../src/pdf/fonts/pieceLayout.mjs'
import { gb2312CodePoints, gb2312Levels, reportSymbolCodePoints } from './lib/charset.mjs'
import { encodeRanges } from './lib/ranges.mjs'
import { splitFace } from './lib/splitFace.mjs'
import { woffToTtf } from './lib/woff.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const outDir = join(root, 'public/fonts')
/** The whole cut faces: read by tests and the bench, never deployed. */
export const WHOLE_FACES_DIR = join(root, '.cache/fonts')
/** The committed ranked part of the shared piece order (see scripts/lib/charOrder.mjs). */
export const ORDER_FILE = join(root, 'scripts/lib/char-order.txt')
/** The committed heads of the main faces (see tests/unit/pdf/fonts/faceHeads.test.ts). */
export const HEADS_FILE = join(root, 'scripts/lib/face-heads.json')
/**
 * How each face's order is cut, after its head ([count, size] runs, see
 * src/pdf/fonts/pieceLayout.mjs). Measured with bench pdf-fonts (font bytes fetched ÷ outline
 * bytes of the glyphs used, three reports outside the order's corpus): one size of 32 after the
 * head → 2.0×; 32 → 16 → 8 as characters get rarer → 1.5×, with fewer requests than 16 alone.
 * The heading faces print few characters beyond their heads (the agency's name in the title):
 * small pieces. The fallback: a report has a handful of its characters, if any.
 */
export const LAYOUTS = {
  body: [
    [8, 32],
    [16, 16],
    [0, 8],
  ],
  heading: [[0, 8]],
  fallback: [[0, 16]],
}
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
/** Layout per face, after the head. */
const FACE_LAYOUT = /** @type {Record<string, 'body' | 'heading'>} */ ({
  serif: 'body',
  serifBold: 'heading',
  sans: 'heading',
  kai: 'heading',
})
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
    join(root, 'src/pdf/fonts/pieceLayout.mjs'),
    ORDER_FILE,
    HEADS_FILE,
    ...['charset', 'ranges', 'splitFace', 'woff'].map((name) =>
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
  /** @type {Record<string, string>} */
  const heads = JSON.parse(readFileSync(HEADS_FILE, 'utf8'))
  const [level1 = [], level2 = []] = gb2312Levels()
  const cut = Object.entries(FONT_SOURCES).map(([face, source]) => {
    const font = subsetter.subset(readSourceFont(source.path), charset, { dropHinting: true })
    return { face, font, licence: source.licence }
  })
  // hb-subset keeps a few code points beyond the charset that share a glyph with one in it.
  const mainCodePoints = new Set(cut.flatMap(({ font }) => [...readCmapCodePoints(font)]))
  const shared = sharedOrder(mainCodePoints, ranked, [level1, level2])
  /** @type {Record<string, object>} */
  const faces = {}
  for (const { face, font, licence } of cut) {
    const own = readCmapCodePoints(font)
    const head = [...new Set(heads[face] ?? '')].filter((c) => own.has(c.codePointAt(0) ?? 0))
    const headSet = new Set(head.map((c) => c.codePointAt(0) ?? 0))
    const order = [...headSet, ...shared.all.filter((cp) => own.has(cp) && !headSet.has(cp))]
    const layout = [
      ...(head.length ? [[1, head.length]] : []),
      ...LAYOUTS[FACE_LAYOUT[face] ?? 'heading'],
    ]
    faces[face] = {
      ...write(face, font, licence, order, layout),
      order: 'main',
      head: head.join(''),
      missing: encodeRanges(shared.all.filter((cp) => !own.has(cp))),
    }
  }
  // The fallback: every character of Noto Serif SC Regular the GB 2312 cut leaves out.
  const serifSource = readSourceFont(FONT_SOURCES.serif.path)
  const printable = readCmapCodePoints(serifSource)
  const fallback = subsetter.subset(serifSource, charset, { invert: true, dropHinting: true })
  // Its order, as the app derives it: what the serif cut lacks of the source, ascending.
  const serifOwn = readCmapCodePoints(cut.find(({ face }) => face === 'serif')?.font ?? fallback)
  const fallbackOrder = [...printable].filter((cp) => !serifOwn.has(cp)).sort((a, b) => a - b)
  faces.fallback = {
    ...write('fallback', fallback, 'NotoSerifSC', fallbackOrder, LAYOUTS.fallback, serifOwn),
    order: 'fallback',
    head: '',
    missing: '',
  }
  for (const [name, path] of Object.entries(LICENCES)) {
    copyFileSync(path, join(outDir, `OFL-${name}.txt`))
  }
  const manifest = {
    version: 2,
    printable: encodeRanges([...printable]),
    order: shared.encoded,
    faces,
  }
  writeFileSync(manifestPath, JSON.stringify(manifest))
  const seconds = ((performance.now() - started) / 1000).toFixed(1)
  console.log(`fonts: wrote ${Object.keys(faces).length} fonts to public/fonts/ in ${seconds} s`)
}

/**
 * The main faces' shared order over `charset`: its ranked code points first, then each of
 * `levels`, then the rest, all but the first part ascending, so the manifest keeps them as ranges.
 * @param {Set<number>} charset
 * @param {number[]} ranked
 * @param {number[][]} levels
 */
function sharedOrder(charset, ranked, levels) {
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
 * @param {number[]} order every code point of the face (but `elsewhere`) in piece order
 * @param {number[][]} layout see src/pdf/fonts/pieceLayout.mjs
 * @param {Set<number>} [elsewhere] code points of the face another face draws (no piece)
 */
function write(face, font, licence, order, layout, elsewhere) {
  const file = `${face}.ttf`
  writeFileSync(join(WHOLE_FACES_DIR, file), font)
  const typedLayout = /** @type {[number, number][]} */ (layout)
  const { base, pieces } = splitFace(font, order, typedLayout, elsewhere)
  if (pieces.length !== pieceCount(typedLayout, order.length)) throw new Error(`${face}: layout`)
  // One hash of all the face's pieces in every piece's name: the manifest keeps one hash per
  // face, not one per piece (thousands). Any change to the face renames all its pieces.
  const hash = createHash('sha256')
  for (const piece of [base, ...pieces]) hash.update(piece)
  const digest = hash.digest('hex').slice(0, 10)
  const name = (/** @type {string} */ part) => `pieces/${face}-${part}.${digest}.bin`
  writeFileSync(join(outDir, name('base')), base)
  pieces.forEach((piece, k) => writeFileSync(join(outDir, name(String(k))), piece))
  // The same again in one file, for 准备离线使用.
  const pack = encodePack([base, ...pieces])
  writeFileSync(join(outDir, name('pack')), pack)
  const pieceBytes = pieces.reduce((sum, p) => sum + p.byteLength, 0)
  console.log(
    `fonts: ${face} ${(font.byteLength / 1024).toFixed(0)} KB → ${pieces.length} pieces, ${(pieceBytes / 1024).toFixed(0)} KB`,
  )
  return {
    file,
    bytes: font.byteLength,
    licence: `OFL-${licence}.txt`,
    layout,
    pieceCount: pieces.length,
    hash: digest,
    base: { file: name('base'), bytes: base.byteLength },
    pack: { file: name('pack'), bytes: pack.byteLength },
    piecesBytes: pieceBytes,
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main()

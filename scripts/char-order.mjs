// Writes scripts/lib/char-order.txt, the ranked head of the font pieces' order (tiers 0–3 of
// scripts/lib/charOrder.mjs, restricted to the GB 2312 cut). Committed, so that editing a label
// does not reshuffle the pieces (and make every browser fetch them again); rerun by hand
// (`npm run fonts:order`) when the app's texts change a lot.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gb2312CodePoints, reportSymbolCodePoints } from './lib/charset.mjs'
import { charOrder, headingTexts, junDaRanking, repositoryTexts } from './lib/charOrder.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const { appFiles, corpusFiles, read } = repositoryTexts(root)
const charset = new Set([...gb2312CodePoints(), ...reportSymbolCodePoints()])
const ranking = junDaRanking()
const headings = headingTexts(root)
const order = charOrder({
  charset,
  headingTexts: headings,
  appTexts: read(appFiles),
  corpusTexts: read(corpusFiles),
  ranking,
  levels: [],
})
// Only tiers 0–3 (ranked); the build appends GB 2312's levels and the rest itself.
const rankedSet = new Set([
  ...headings.join(''),
  ...read([...appFiles, ...corpusFiles]).join(''),
  ...ranking,
])
const head = order.filter((cp) => rankedSet.has(String.fromCodePoint(cp)))
writeFileSync(
  fileURLToPath(new URL('./lib/char-order.txt', import.meta.url)),
  String.fromCodePoint(...head) + '\n',
)
console.log(`char-order: ${head.length} ranked characters`)

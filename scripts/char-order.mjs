// Writes scripts/lib/char-order.txt, the ranked part of the main faces' piece order (tiers 1–2
// of scripts/lib/charOrder.mjs, restricted to the GB 2312 cut). Committed, so that editing a text
// does not reshuffle the pieces (and make every browser fetch them again); rerun by hand
// (`npm run fonts:order`, which also rewrites the faces' heads) when the corpus changes.
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { gb2312CodePoints, reportSymbolCodePoints } from './lib/charset.mjs'
import { corpusFiles, junDaRanking, rankedOrder, readTexts } from './lib/charOrder.mjs'

const root = fileURLToPath(new URL('../', import.meta.url))
const ranked = rankedOrder({
  charset: new Set([...gb2312CodePoints(), ...reportSymbolCodePoints()]),
  corpusTexts: readTexts(corpusFiles(root)),
  ranking: junDaRanking(),
})
writeFileSync(
  fileURLToPath(new URL('./lib/char-order.txt', import.meta.url)),
  String.fromCodePoint(...ranked) + '\n',
)
console.log(`char-order: ${ranked.length} ranked characters`)

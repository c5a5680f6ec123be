// PDF fonts over an office link (issue 13): the bytes a first PDF fetches, as a compressing
// server sends them (gzip on scripts, JSON and font pieces; the section serves dist/ itself, like
// the README's nginx, with cache headers and ETags); click → download under Chromium's network
// emulation at 10 Mbit/s / 40 ms and 4 Mbit/s / 80 ms; the bytes a second PDF fetches after a
// reload; and the limit — the outline bytes (glyf) of just the glyphs the PDF embeds — with the
// ratio of the font bytes fetched to it. The service worker is blocked in these pages, so every
// script the PDF needs is fetched when the button is clicked (a first visit, or a plain-http
// intranet page); with it, the scripts would already be precached. BENCH_NO_GZIP=1: the same from
// a server that compresses nothing (the font pieces are deflated at build time, so their bytes
// hardly change; the scripts' do).
// Rows: the seed; a report with 10,000 characters of prose (the seed's and the held-out report's
// prose, repeated); the held-out report (tests/fixtures/import, outside the corpus the piece
// order was drawn from). Also: merging pieces into one font per face against embedding a font
// per piece, in PDF font bytes.
import { readFileSync } from 'node:fs'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync, inflateSync } from 'node:zlib'
import { startStaticServer } from '../../tests/e2e/support/static-server.mjs'
import { assembleFont, decodePiece } from '../../src/pdf/fonts/glyphPieces.mjs'
import { readCmap, readTables } from '../../src/pdf/fonts/sfnt.mjs'
import { clickAction } from '../../tests/e2e/support/browser.mjs'

const LINKS = [
  { name: '10 Mbit/s, 40 ms', bps: 1_250_000, latency: 40 },
  { name: '4 Mbit/s, 80 ms', bps: 500_000, latency: 80 },
]
const dir = mkdtempSync(join(tmpdir(), 'bench-fonts-'))
const seedModule = readFileSync(
  new URL('../../tests/unit/pdf/fixtures/seed.ts', import.meta.url),
  'utf8',
)
/** @type {{ meta: Record<string, string | number>, preamble: string, narrative: { overview: Record<string, string>, problems: string, otherMatters: string } }} */
const SEED = new Function(
  `return ${seedModule.slice(seedModule.indexOf('{'), seedModule.lastIndexOf('as const'))}`,
)()
// The held-out report's prose: its lines that are sentences, not table rows or headings.
const HELD_OUT = readFileSync(
  new URL('../../tests/fixtures/import/report.lines.txt', import.meta.url),
  'utf8',
)
  .split('\n')
  .filter((line) => line.length > 30 && /[。；]/.test(line))

/** @typedef {{ agency: string, overview: Record<string, string>, problems: string, other: string }} Report */

/** @type {[string, Report][]} */
const REPORTS = (() => {
  const seed = {
    agency: String(SEED.meta.agencyName),
    overview: SEED.narrative.overview,
    problems: SEED.narrative.problems,
    other: SEED.narrative.otherMatters,
  }
  const keys = Object.keys(SEED.narrative.overview)
  let prose = [...Object.values(SEED.narrative.overview), ...HELD_OUT].join('\n')
  const base = prose
  while (prose.length < 10_000) prose += `\n${base}`
  prose = prose.slice(0, 10_000)
  const parts = keys.map((_, i) =>
    prose.slice(
      Math.floor((i * prose.length) / keys.length),
      Math.floor(((i + 1) * prose.length) / keys.length),
    ),
  )
  const heldOut = HELD_OUT.join('\n')
  // Short reports of other agencies (tests/fixtures/published): few characters beyond the labels.
  const published = ['county', 'district'].map((name) => {
    /** @type {{ meta: { agencyName: string }, narrative: Record<string, string> }} */
    const report = JSON.parse(
      readFileSync(
        new URL(`../../tests/fixtures/published/${name}.expected.json`, import.meta.url),
        'utf8',
      ),
    )
    const { problems = '', otherMatters = '', ...overview } = report.narrative
    return /** @type {[string, Report]} */ ([
      `short: ${report.meta.agencyName}`,
      { agency: report.meta.agencyName, overview, problems, other: otherMatters },
    ])
  })
  return [
    ['seed', seed],
    [
      `prose ${prose.length} chars`,
      { ...seed, overview: Object.fromEntries(keys.map((key, i) => [key, parts[i] ?? ''])) },
    ],
    [
      'held-out report',
      {
        agency: '市住房和城乡建设局',
        overview: { intro: heldOut },
        problems: HELD_OUT.at(-2) ?? '',
        other: HELD_OUT.at(-1) ?? '',
      },
    ],
    ...published,
  ]
})()

/** @param {import('playwright-core').Page} page @param {Report} report */
async function fill(page, report) {
  const field = (/** @type {string} */ key) => `[data-field="${key}"]`
  await page.waitForSelector(field('meta.agencyName'))
  await page.fill(field('meta.agencyName'), report.agency)
  await page.selectOption(field('meta.year'), '2025')
  for (const [key, text] of Object.entries(report.overview)) {
    await page.fill(field(`narrative.overview.${key}`), text)
  }
  await page.fill(field('narrative.problems'), report.problems)
  await page.fill(field('narrative.otherMatters'), report.other)
  await page.click('[data-action="fill-zero"]')
  await page.waitForFunction(
    (agency) => Object.values(localStorage).some((value) => value.includes(agency)),
    report.agency,
  )
}

/** @param {import('playwright-core').Page} page @param {string} name */
async function download(page, name) {
  const started = Date.now()
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 180_000 }),
    clickAction(page, 'download-pdf'),
  ])
  const ms = Date.now() - started
  const path = join(dir, name)
  await file.saveAs(path)
  return { ms, path }
}

/** The fonts a PDF embeds: face name → TrueType bytes. */
function embeddedFonts(/** @type {string} */ path) {
  const pdf = readFileSync(path)
  const text = pdf.toString('latin1')
  /** @type {Map<string, Uint8Array>} */
  const fonts = new Map()
  for (const match of text.matchAll(/\/FontName \/(\w+)\s+\/FontFile2 (\d+) 0 R/g)) {
    const at = text.indexOf(`\n${match[2]} 0 obj`)
    const start = text.indexOf('stream\n', at) + 'stream\n'.length
    const end = text.indexOf('endstream', start)
    fonts.set(String(match[1]), new Uint8Array(inflateSync(pdf.subarray(start, end))))
  }
  return fonts
}

/** The outline bytes of the glyphs a PDF embeds (the limit of what any scheme must fetch). */
const outlineBytes = (/** @type {Map<string, Uint8Array>} */ fonts) =>
  [...fonts.values()].reduce((sum, font) => sum + (readTables(font).get('glyf')?.length ?? 0), 0)

/**
 * PDF font-file bytes (deflated, as embedded) of one font per face assembled from its pieces,
 * against one font per piece (each cut to the piece's characters the report uses).
 * @param {string} distDir @param {Map<string, Uint8Array>} fonts
 */
function mergeVersusPerPiece(distDir, fonts) {
  const manifest = JSON.parse(readFileSync(join(distDir, 'fonts/manifest.json'), 'utf8'))
  const read = (/** @type {string} */ file) =>
    decodePiece(new Uint8Array(readFileSync(join(distDir, 'fonts', file))))
  let merged = 0
  let perPiece = 0
  let pieceFonts = 0
  for (const [face, font] of fonts) {
    const entry = manifest.faces[face]
    const used = [...readCmap(font).keys()]
    const base = read(entry.base.file)
    /** @type {Map<number, number[]>} */
    const byPiece = new Map()
    // Which piece holds which code point: read from the pieces themselves.
    /** @type {Map<number, number>} */
    const holder = new Map()
    for (let k = 0; k < entry.pieceCount; k += 1) {
      for (const [cp] of read(`pieces/${face}-${k}.${entry.hash}.bin`).map) holder.set(cp, k)
    }
    for (const cp of used) {
      const k = /** @type {number} */ (holder.get(cp))
      byPiece.set(k, [...(byPiece.get(k) ?? []), cp])
    }
    const file = (/** @type {number} */ k) => `pieces/${face}-${k}.${entry.hash}.bin`
    const pieces = [...byPiece.keys()].map((k) => read(file(k)))
    merged += deflateSync(assembleFont(base, pieces, used)).length
    for (const [k, cps] of byPiece) {
      perPiece += deflateSync(assembleFont(base, [read(file(k))], cps)).length
    }
    pieceFonts += byPiece.size
  }
  return { merged, perPiece, pieceFonts, faces: fonts.size }
}

/**
 * Chromium's network emulation of `link` for `page`.
 * @param {import('playwright-core').BrowserContext} context
 * @param {import('playwright-core').Page} page
 * @param {(typeof LINKS)[number]} link
 */
async function throttle(context, page, link) {
  const cdp = await context.newCDPSession(page)
  await cdp.send('Network.enable')
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: link.latency,
    downloadThroughput: link.bps,
    uploadThroughput: link.bps,
  })
}

/**
 * 准备离线使用 over an office link: the time from the click to 已可离线使用, the requests and the
 * bytes as sent.
 * @param {import('playwright-core').Browser} browser
 * @param {Awaited<ReturnType<typeof startStaticServer>>} server
 * @param {(typeof LINKS)[number]} link
 */
async function prepareOfflineFigure(browser, server, link) {
  const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' })
  try {
    const page = await context.newPage()
    await page.goto(server.url)
    await page.waitForSelector('[data-action="prepare-offline"]', { state: 'attached' })
    await throttle(context, page, link)
    const mark = server.sent.length
    const started = Date.now()
    await clickAction(page, 'prepare-offline')
    await page.waitForSelector('[data-status="offline"][data-state="done"]', { timeout: 600_000 })
    const seconds = ((Date.now() - started) / 1000).toFixed(1)
    const sent = server.sent.slice(mark).filter((r) => isFont(r.path))
    const mb = (sent.reduce((sum, r) => sum + r.bytes, 0) / 1048576).toFixed(1)
    return `准备离线使用 at ${link.name}: ${seconds} s, ${sent.length} font requests, ${mb} MB as sent (every face, one pack each)`
  } finally {
    await context.close()
  }
}

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(0)
const isFont = (/** @type {string} */ path) => path.includes('/fonts/')

/** @type {import('../types.mjs').Section} */
export default {
  name: 'pdf-fonts',
  title: 'PDF fonts over an office link: bytes fetched (gzip) and click → download',
  async run({ browser, distDir }) {
    const server = await startStaticServer({
      root: distDir,
      caching: true,
      gzip: !process.env.BENCH_NO_GZIP,
    })
    const rows = []
    const notes = []
    try {
      for (const [label, report] of REPORTS) {
        /** @type {Record<string, number>} */
        const times = {}
        let first = { bytes: 0, fonts: 0 }
        let second = { bytes: 0, fonts: 0 }
        let limit = 0
        /** @type {Map<string, Uint8Array>} */
        let fonts = new Map()
        for (const link of LINKS) {
          const context = await browser.newContext({ locale: 'zh-CN', serviceWorkers: 'block' })
          try {
            const page = await context.newPage()
            await page.goto(server.url)
            await fill(page, report)
            await throttle(context, page, link)
            let mark = server.sent.length
            const { ms, path } = await download(page, `${label}-${link.bps}.pdf`)
            times[link.name] = ms
            const fetched = server.sent.slice(mark)
            first = {
              bytes: fetched.reduce((sum, r) => sum + r.bytes, 0),
              fonts: fetched.filter((r) => isFont(r.path)).reduce((sum, r) => sum + r.bytes, 0),
            }
            fonts = embeddedFonts(path)
            limit = outlineBytes(fonts)
            if (link === LINKS[0]) {
              await page.reload()
              // In the 下载与发布 menu: present, not visible until the menu opens.
              await page.waitForSelector('[data-action="download-pdf"]', { state: 'attached' })
              mark = server.sent.length
              await download(page, `${label}-second.pdf`)
              const again = server.sent.slice(mark)
              second = {
                bytes: again.reduce((sum, r) => sum + r.bytes, 0),
                fonts: again
                  .filter((r) => r.path.includes('/pieces/'))
                  .reduce((s, r) => s + r.bytes, 0),
              }
            }
          } finally {
            await context.close()
          }
        }
        rows.push([
          label,
          kb(first.bytes),
          kb(first.fonts),
          ...LINKS.map((link) => times[link.name] ?? NaN),
          `${kb(second.bytes)} / ${second.fonts}`,
          kb(limit),
          (first.fonts / limit).toFixed(2),
        ])
        if (label === 'seed' || label === 'held-out report') {
          const m = mergeVersusPerPiece(distDir, fonts)
          notes.push(
            `${label}: one font per face ${kb(m.merged)} KB of font files in the PDF (${m.faces} fonts); one font per piece ${kb(m.perPiece)} KB (${m.pieceFonts} fonts, each also with its own ToUnicode, /W, descriptor and Type 0 objects)`,
          )
        }
      }
      notes.push(
        await prepareOfflineFigure(
          browser,
          server,
          /** @type {(typeof LINKS)[number]} */ (LINKS[0]),
        ),
      )
    } finally {
      await server.close()
    }
    notes.push(
      `first PDF = every response from the click to the download (scripts, manifest, pieces), ${process.env.BENCH_NO_GZIP ? 'uncompressed (BENCH_NO_GZIP)' : 'gzip'} as sent; fonts = the manifest and pieces among them`,
      'second PDF = after a reload in the same browser: total KB / bytes of font pieces (target 0)',
      'limit = glyf bytes of the fonts embedded in the PDF; ratio = font KB fetched ÷ limit (target ≤ 2)',
      'targets for a full report: first PDF ≤ 1.5 MB and ≤ 3 s at 10 Mbit/s',
    )
    return {
      head: [
        'report',
        '1st PDF KB',
        'fonts KB',
        ...LINKS.map((link) => `ms ${link.name}`),
        '2nd PDF KB / font B',
        'limit KB',
        'ratio',
      ],
      rows,
      notes,
    }
  },
}

// First-load weight: gzip (level 9) sizes of every JS and CSS response fetched from page load
// until network idle, before any interaction.
import { gzipSync } from 'node:zlib'

/** @type {import('../types.mjs').Section} */
export default {
  name: 'first-load',
  title: 'First-load weight (JS + CSS until network idle, gzip -9)',
  async run({ newPage, url }) {
    const page = await newPage()
    /** @type {Promise<{ file: string, kind: string, raw: number, gzip: number }>[]} */
    const pending = []
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname
      const kind = /\.m?js$/.test(path) ? 'js' : /\.css$/.test(path) ? 'css' : null
      if (!kind || response.status() !== 200) return
      pending.push(
        response.body().then((body) => ({
          file: response.url().slice(url.length) || path,
          kind,
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        })),
      )
    })
    await page.goto(url, { waitUntil: 'networkidle' })
    const files = (await Promise.all(pending)).sort((a, b) => b.gzip - a.gzip)
    const sum = (/** @type {string} */ kind) =>
      files.filter((f) => kind === 'all' || f.kind === kind).reduce((s, f) => s + f.gzip, 0)
    const kb = (/** @type {number} */ bytes) => (bytes / 1000).toFixed(1)
    return {
      head: ['file', 'raw kB', 'gzip kB'],
      rows: [
        ...files.map((f) => [f.file, kb(f.raw), kb(f.gzip)]),
        ['TOTAL js', '', kb(sum('js'))],
        ['TOTAL css', '', kb(sum('css'))],
        ['TOTAL js+css', kb(files.reduce((s, f) => s + f.raw, 0)), kb(sum('all'))],
      ],
      notes: [`${files.length} files; first-load gzip total: ${sum('all')} bytes`],
    }
  },
}

// The built font files for unit tests: public/fonts/ (manifest, pieces) and .cache/fonts/ (the
// whole cut faces), made by `npm run fonts` when missing (it skips work when up to date).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { FontManifest } from '@/pdf/fonts/manifest'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
export const PUBLIC_FONTS = `${root}public/fonts/`
const WHOLE = `${root}.cache/fonts/`

/** Runs the font build when its outputs are missing. */
export function ensureFonts(): void {
  if (existsSync(`${PUBLIC_FONTS}manifest.json`) && existsSync(`${WHOLE}serif.ttf`)) return
  execFileSync(process.execPath, [`${root}scripts/subset-fonts.mjs`], { stdio: 'ignore' })
}

/** public/fonts/manifest.json. */
export function readManifest(): FontManifest {
  return JSON.parse(readFileSync(`${PUBLIC_FONTS}manifest.json`, 'utf8')) as FontManifest
}

/** A file of public/fonts/ (relative to the manifest). */
export function readPublic(file: string): Uint8Array {
  return new Uint8Array(readFileSync(`${PUBLIC_FONTS}${file}`))
}

/** A face's whole build-time cut. */
export function readWholeFace(face: string): Uint8Array {
  return new Uint8Array(readFileSync(`${WHOLE}${face}.ttf`))
}

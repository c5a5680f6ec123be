// The heads of the faces' piece orders (scripts/lib/face-heads.json, read by the font build):
// the characters each face prints in every report, so they come in one piece per face. Checked
// against the document model itself: a new label character not in the head would cost a piece
// per report. `npm run fonts:order` rewrites the file (WRITE_FACE_HEADS=1 runs this test as the
// writer), then `npm run fonts` cuts the pieces again.
import { readFileSync, writeFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { collectCharUsage } from '@/pdf/charUsage'
import type { Coverage } from '@/pdf/fonts/manifest'
import type { FaceId } from '@/pdf/layout/faces'
import { buildReportBlocks } from '@/pdf/reportDocument'
import { footerText } from '@/pdf/buildReportPdf'
import { createEmptyDraft } from '@/report/draft'
import { AGENCY_WORDS } from '../../../../scripts/lib/charOrder.mjs'

const FILE = new URL('../../../../scripts/lib/face-heads.json', import.meta.url)
const DIGITS = '0123456789'
/** Faces that print the agency's name and the year (title; preamble and 落款). */
const NAMED_FACES: FaceId[] = ['serifBold', 'serif']

/** Every fingerprint digit, so the footer's characters are all there (final and 草稿). */
const ANY_FINGERPRINT = '0123456789abcdef'

/**
 * Per face, every character the app itself prints in a PDF — labels, the 草稿 notice and
 * watermark, the footer (fingerprint · 草稿), page numbers, the 落款's date — final and draft, so
 * that offline only the user's own new characters can need a piece (issue 21: a 草稿 PDF made
 * offline after a final one fetched nothing new).
 */
function printedByEveryReport(): Map<FaceId, string> {
  const everything = { has: (cp: number) => cp <= 0xffff }
  const coverage: Coverage = new Map(
    (['serif', 'serifBold', 'sans', 'kai'] as FaceId[]).map((face) => [face, everything]),
  )
  const faces = new Map<FaceId, Set<string>>()
  const draft = createEmptyDraft(2025)
  // A 落款 whose date has every digit: “2025年10月9日”, “2026年12月31日”, …
  const dated = ['2025-10-09', '2026-12-31', '2034-05-27', '2048-06-18'].map((issuedOn) => ({
    ...draft,
    meta: { ...draft.meta, issuedOn },
  }))
  for (const isDraft of [false, true]) {
    const blocks = [draft, ...dated].flatMap((each) => buildReportBlocks(each, isDraft))
    const footer = footerText(ANY_FINGERPRINT, isDraft)
    for (const [face, codePoints] of collectCharUsage(blocks, coverage, footer).faces) {
      const set = faces.get(face) ?? new Set()
      for (const cp of codePoints) set.add(String.fromCodePoint(cp))
      faces.set(face, set)
    }
  }
  for (const face of NAMED_FACES)
    for (const char of AGENCY_WORDS + DIGITS) faces.get(face)?.add(char)
  return new Map([...faces].map(([face, chars]) => [face, [...chars].sort().join('')]))
}

if (process.env.WRITE_FACE_HEADS) {
  writeFileSync(FILE, `${JSON.stringify(Object.fromEntries(printedByEveryReport()), null, 2)}\n`)
}
const heads = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>

describe('the faces’ heads', () => {
  const printed = printedByEveryReport()
  it.each([...printed])('hold every character %s prints in every report', (face, chars) => {
    const head = new Set(heads[face] ?? '')
    const absent = [...chars].filter((char) => !head.has(char))
    expect(absent, 'run `npm run fonts:order`').toEqual([])
  })

  it.each(NAMED_FACES)('put the agency words and digits in the head of %s', (face) => {
    const head = new Set(heads[face] ?? '')
    expect([...(AGENCY_WORDS + DIGITS)].filter((char) => !head.has(char))).toEqual([])
  })

  it('hold nothing twice', () => {
    for (const head of Object.values(heads)) expect(new Set(head).size).toBe([...head].length)
  })
})

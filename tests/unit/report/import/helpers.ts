/** Test helpers: reading the import fixtures and their expected values. */
import { readFileSync } from 'node:fs'

const DIR = new URL('../../../fixtures/import/', import.meta.url)

/** A fixture file's text. */
export function fixture(name: string): string {
  return readFileSync(new URL(name, DIR), 'utf8')
}

/** What a fixture must import as (written by make-fixtures.mjs from data.mjs). */
export interface Expected {
  meta: Record<string, string | number>
  preamble?: string
  narrative: Record<string, string>
  cells: Record<string, string>
  stated: Record<string, string>
  issuedOn?: string
}

/** A fixture's expected values. */
export function expected(name: string): Expected {
  return JSON.parse(fixture(name)) as Expected
}

/** The seed report as published. */
export const SEED = readFileSync(
  new URL('../../../fixtures/seed-report-2021.txt', import.meta.url),
  'utf8',
)

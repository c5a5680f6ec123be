// axe-core in the page under test. The app's CSP forbids inline and foreign scripts, so the
// engine's source is evaluated through the DevTools protocol (page.evaluate), not a <script>.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'

const source = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

/** One violation, short enough to read in a failed assertion. */
export interface AxeViolation {
  id: string
  help: string
  targets: string[]
}

/** Runs axe on the page (or on `selector`) and returns its violations. */
export async function axeViolations(page: Page, selector?: string): Promise<AxeViolation[]> {
  await page.evaluate(source)
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (c: unknown) => Promise<AxeResults> } }).axe
    type AxeResults = {
      violations: { id: string; help: string; nodes: { target: string[] }[] }[]
    }
    const results = await axe.run(context ? { include: [context] } : document)
    return results.violations.map((v) => ({
      id: v.id,
      help: v.help,
      targets: v.nodes.map((node) => node.target.join(' ')),
    }))
  }, selector ?? null)
}

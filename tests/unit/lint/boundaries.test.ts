/**
 * The layer boundaries of eslint.config.js, checked through ESLint's own API over small inline
 * sources: each rule is shown failing once on an import across its boundary, and the named
 * exceptions are shown passing, so a config edit that silently drops a rule fails here.
 */
import { ESLint } from 'eslint'
import { fileURLToPath } from 'node:url'
import { beforeAll, describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../..', import.meta.url))
let eslint: ESLint

// Loading the config with its plugins (done by the first lint) took 4.3 s here with the machine
// shared; it happens once, before the cases, under a limit with a wide margin.
beforeAll(async () => {
  eslint = new ESLint({ cwd: root })
  await eslint.lintText('export {}\n', { filePath: 'src/report/warmUp.ts' })
}, 60_000)

async function ruleIds(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath })
  expect(result).toBeDefined()
  return (result?.messages ?? []).map((m) => m.ruleId ?? `fatal: ${m.message}`)
}

const use = (specifier: string) => `import { x } from '${specifier}'\nexport const y = x\n`
const load = (specifier: string) => `export const y = () => import('${specifier}')\n`
/** What makes a module in src/stores a store. */
const STORE = `import { defineStore } from 'pinia'\nexport const useA = defineStore('a', () => ({}))\n`

describe('lint: every layer boundary fails once', () => {
  it.each([
    // src/report: the pure domain.
    ['report → vue', 'src/report/a.ts', use('vue'), 'no-restricted-imports'],
    ['report → stores', 'src/report/a.ts', use('@/stores/report'), 'no-restricted-imports'],
    ['report → export', 'src/report/a.ts', use('@/export/mimeTypes'), 'no-restricted-imports'],
    [
      'report → workspace',
      'src/report/x/a.ts',
      use('@/workspace/droppedFiles'),
      'no-restricted-imports',
    ],
    [
      'report → reportFiles',
      'src/report/a.ts',
      use('@/reportFiles/decodeText'),
      'no-restricted-imports',
    ],
    [
      'report → offline',
      'src/report/a.ts',
      use('@/offline/serviceWorker'),
      'no-restricted-imports',
    ],
    [
      'report uses document',
      'src/report/a.ts',
      'export const y = document.title\n',
      'no-restricted-globals',
    ],
    // src/storage
    ['storage → stores', 'src/storage/a.ts', use('@/stores/drafts'), 'no-restricted-imports'],
    ['storage → pdf (relative)', 'src/storage/a.ts', use('../pdf/steps'), 'no-restricted-imports'],
    ['storage → pinia', 'src/storage/a.ts', use('pinia'), 'no-restricted-imports'],
    // src/stores
    [
      'stores → components',
      'src/stores/a.ts',
      use('@/components/App.vue'),
      'no-restricted-imports',
    ],
    [
      'stores → composables',
      'src/stores/a.ts',
      use('@/composables/useToasts'),
      'no-restricted-imports',
    ],
    ['stores → pdf', 'src/stores/a.ts', use('@/pdf/steps'), 'no-restricted-imports'],
    [
      'stores → export (dynamic)',
      'src/stores/a.ts',
      load('@/export/reportExport') + STORE, // a store, so only the import fails
      'no-restricted-syntax',
    ],
    // src/draftSession: the domain, storage and Vue's reactivity; never a store (no cycle).
    [
      'draftSession → stores',
      'src/draftSession/a.ts',
      use('@/stores/report'),
      'no-restricted-imports',
    ],
    [
      'draftSession → stores (relative)',
      'src/draftSession/a.ts',
      use('../stores/report'),
      'no-restricted-imports',
    ],
    ['draftSession → pinia', 'src/draftSession/a.ts', use('pinia'), 'no-restricted-imports'],
    [
      'draftSession → pdf (dynamic)',
      'src/draftSession/a.ts',
      load('@/pdf/pdfClient'),
      'no-restricted-syntax',
    ],
    [
      'report → draftSession',
      'src/report/a.ts',
      use('@/draftSession/draftSession'),
      'no-restricted-imports',
    ],
    [
      'composable → draftSession',
      'src/composables/useX.ts',
      use('@/draftSession/draftSync'),
      'no-restricted-imports',
    ],
    [
      'a module in stores that is not a Pinia store',
      'src/stores/a.ts',
      'export const y = 1\n',
      'no-restricted-syntax',
    ],
    [
      'a module in composables not named use…',
      'src/composables/gridModel.ts',
      'export const y = 1\n',
      'no-restricted-syntax',
    ],
    // The output side: each imports only the domain.
    ['pdf → vue', 'src/pdf/layout/a.ts', use('vue'), 'no-restricted-imports'],
    ['pdf → storage', 'src/pdf/a.ts', use('@/storage'), 'no-restricted-imports'],
    ['pdf → export', 'src/pdf/layout/a.ts', use('../../export/mimeTypes'), 'no-restricted-imports'],
    ['export → pdf', 'src/export/docx/a.ts', use('@/pdf/layout/page'), 'no-restricted-imports'],
    [
      'export → stores (dynamic)',
      'src/export/a.ts',
      load('@/stores/report'),
      'no-restricted-syntax',
    ],
    [
      'reportFiles → workspace',
      'src/reportFiles/a.ts',
      use('@/workspace/droppedFiles'),
      'no-restricted-imports',
    ],
    ['reportFiles → pinia', 'src/reportFiles/a.ts', use('pinia'), 'no-restricted-imports'],
    [
      'workspace → stores',
      'src/workspace/a.ts',
      use('@/stores/workspace'),
      'no-restricted-imports',
    ],
    [
      'workspace → storage',
      'src/workspace/a.ts',
      use('@/storage/workspaceDb'),
      'no-restricted-imports',
    ],
    [
      'workspace → pdf (dynamic)',
      'src/workspace/a.ts',
      load('@/pdf/pdfClient'),
      'no-restricted-syntax',
    ],
    [
      'offline → pdf outside fonts',
      'src/offline/a.ts',
      use('@/pdf/steps'),
      'no-restricted-imports',
    ],
    [
      'offline → components',
      'src/offline/a.ts',
      use('@/components/offline/X.vue'),
      'no-restricted-imports',
    ],
    // The UI side.
    [
      'component → storage',
      'src/components/a/X.vue',
      `<script setup lang="ts">\nimport { x } from '@/storage'\nconsole.log(x)\n</script>\n`,
      'no-restricted-imports',
    ],
    [
      'composable → storage',
      'src/composables/useX.ts',
      use('@/storage/keys'),
      'no-restricted-imports',
    ],
    [
      'a .ts module in components',
      'src/components/a/helper.ts',
      'export const y = 1\n',
      'no-restricted-syntax',
    ],
  ])('%s', async (_name, file, source, rule) => {
    expect(await ruleIds(file, source)).toContain(rule)
  })
})

describe('lint: what the layers may import passes', () => {
  it.each([
    ['report → its own modules', 'src/report/import/a.ts', use('../workspace/records')],
    ['pdf → the domain', 'src/pdf/a.ts', use('@/report/document')],
    ['export → the domain', 'src/export/html/a.ts', use('@/report')],
    [
      'workspace → reportFiles (named exception)',
      'src/workspace/a.ts',
      use('@/reportFiles/decodeText'),
    ],
    [
      'workspace → reportFiles, dynamic',
      'src/workspace/a.ts',
      load('@/reportFiles/readReportFile'),
    ],
    ['offline → pdf/fonts (named exception)', 'src/offline/a.ts', use('@/pdf/fonts/manifest')],
    ['stores → storage', 'src/stores/a.ts', use('@/storage') + STORE],
    ['stores → draftSession', 'src/stores/a.ts', use('@/draftSession/draftSession') + STORE],
    ['draftSession → storage', 'src/draftSession/a.ts', use('@/storage')],
    ['draftSession → vue', 'src/draftSession/a.ts', use('vue')],
    [
      'stores → the workspace client (named exception)',
      'src/stores/a.ts',
      use('@/workspace/workspaceFilesClient') + STORE,
    ],
    ['composable → pdf, on first use', 'src/composables/useX.ts', load('@/pdf/pdfClient')],
  ])('%s', async (_name, file, source) => {
    expect(await ruleIds(file, source)).toEqual([])
  })
})

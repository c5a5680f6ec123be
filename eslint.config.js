// @ts-check
import js from '@eslint/js'
import globals from 'globals'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier/flat'

const domainMessage =
  'src/report is the pure domain core: it must not depend on Vue, Pinia, forms, PDF code, the DOM or other app folders, so that the importer, the PDF and tests can use it anywhere.'

/** The app folders under src/ that are layers of their own (src/report is the domain). */
const APP_FOLDERS = [
  'stores',
  'draftSession',
  'components',
  'composables',
  'storage',
  'pdf',
  'export',
  'reportFiles',
  'ledgerFiles',
  'workspace',
  'offline',
]
const UI_PACKAGES = [
  'vue',
  'vue/*',
  '@vue/*',
  'pinia',
  'pinia/*',
  'vee-validate',
  '@vee-validate/*',
]

/**
 * @typedef {{ folder: string, forbid: string[], allow?: string[], packages?: string[], message: string, syntax?: { selector: string, message: string }[] }} Boundary
 */

/**
 * Which folders each layer may not import, and the named exceptions (`allow`: an alias path a
 * forbidden folder may still be reached through, with the reason in the message).
 * @type {Boundary[]}
 */
const BOUNDARIES = [
  {
    folder: 'storage',
    forbid: APP_FOLDERS.filter((f) => f !== 'storage'),
    packages: UI_PACKAGES,
    message:
      'src/storage is plain TypeScript over a Storage/IndexedDB: it depends on src/report only.',
  },
  {
    folder: 'stores',
    forbid: ['components', 'composables', 'pdf', 'export', 'reportFiles', 'offline'],
    message:
      "Stores depend on src/report and src/storage; they never import components, composables or the output side (src/workspace's file-reading client is the one exception).",
    syntax: [
      {
        selector: "Program:not(:has(CallExpression[callee.name='defineStore']))",
        message:
          'src/stores holds Pinia stores only: a module without defineStore belongs where its name says (src/draftSession, src/report, a use… composable).',
      },
    ],
  },
  {
    folder: 'draftSession',
    forbid: APP_FOLDERS.filter((f) => f !== 'draftSession' && f !== 'storage'),
    packages: ['pinia', 'pinia/*', 'vee-validate', '@vee-validate/*'],
    message:
      "src/draftSession (the drafts session, tab sync, last year's link) depends on src/report, src/storage and Vue's reactivity only: the drafts store passes the report store in, so the session never imports a store (no folder cycle).",
  },
  {
    folder: 'pdf',
    forbid: APP_FOLDERS.filter((f) => f !== 'pdf'),
    allow: ['offline/networkFailure'],
    packages: UI_PACKAGES,
    message:
      'src/pdf runs in a worker and depends on src/report only (report → PDF bytes), and on src/offline/networkFailure for the offline wording (the named exception).',
  },
  {
    folder: 'export',
    forbid: APP_FOLDERS.filter((f) => f !== 'export'),
    packages: UI_PACKAGES,
    message: 'src/export depends on src/report only (report/document → Word, web page).',
  },
  {
    folder: 'reportFiles',
    forbid: APP_FOLDERS.filter((f) => f !== 'reportFiles'),
    allow: ['offline/networkFailure'],
    packages: UI_PACKAGES,
    message:
      'src/reportFiles reads files in any context (worker included): it depends on src/report only, and on src/offline/networkFailure for the offline wording (the named exception).',
  },
  {
    folder: 'ledgerFiles',
    forbid: APP_FOLDERS.filter((f) => f !== 'ledgerFiles'),
    packages: UI_PACKAGES,
    message: 'src/ledgerFiles reads spreadsheets into raw rows: it depends on src/report only.',
  },
  {
    folder: 'workspace',
    forbid: APP_FOLDERS.filter((f) => f !== 'workspace'),
    allow: ['reportFiles'],
    packages: UI_PACKAGES,
    message:
      "src/workspace (the reviewer's file worker and writers) depends on src/report, and on src/reportFiles to read published reports (the named exception).",
  },
  {
    folder: 'offline',
    forbid: APP_FOLDERS.filter((f) => f !== 'offline'),
    allow: ['pdf/fonts'],
    packages: UI_PACKAGES,
    message:
      'src/offline depends on src/report, and on src/pdf/fonts for the font packs it fetches ahead (the named exception).',
  },
]

/**
 * Import specifiers that reach into `folder` under src/: the alias, a path through src/, or a
 * relative path from a layer's files (at most two folders deep). Patterns name the folder's
 * children only: with gitignore semantics an excluded folder could not be partly re-included
 * for a named exception; the bare folder names are matched exactly by `folderNames`.
 */
function folderPatterns(/** @type {string} */ folder) {
  return [`@/${folder}/*`, `**/src/${folder}/*`, `../${folder}/*`, `../../${folder}/*`]
}

/** The bare specifiers of a folder (its index module). */
function folderNames(/** @type {string} */ folder) {
  return [`@/${folder}`, `../${folder}`, `../../${folder}`]
}

/** Escapes a folder name for a regular expression in an esquery selector. */
const reFolder = (/** @type {string} */ folder) => folder.replace(/\//g, '\\/')

/**
 * One flat-config block for a boundary: static imports, re-exports and dynamic import().
 * @param {Boundary} boundary
 * @returns {import('eslint').Linter.Config}
 */
function boundaryConfig({ folder, forbid, allow = [], packages = [], message, syntax = [] }) {
  // An allowed whole folder is not forbidden; an allowed sub-folder is re-included by negation.
  const forbidden = forbid.filter((f) => !allow.includes(f)).flatMap(folderPatterns)
  // gitignore semantics: a deeper path is matched through its parent folder, so un-ignoring the
  // allowed folder itself lets everything under it through.
  const allowed = allow
    .filter((a) => a.includes('/'))
    .flatMap((a) => [`!@/${a}`, `!**/src/${a}`, `!../${a}`, `!../../${a}`])
  const dynamic = new RegExp(`^@\\/(${forbid.join('|')})(\\/|$)`).source
  const allowDynamic = allow.map((a) => `^@\\/${reFolder(a)}(\\/|$)`)
  const notAllowed = allowDynamic.map((re) => `:not([source.value=/${re}/])`).join('')
  return {
    files: [`src/${folder}/**/*.{ts,mts,mjs,vue}`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: forbid
            .filter((f) => !allow.includes(f))
            .flatMap(folderNames)
            .map((name) => ({ name, message })),
          patterns: [
            ...(packages.length ? [{ group: packages, message }] : []),
            { group: [...forbidden, ...allowed], message },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: `ImportExpression[source.value=/${dynamic}/]${notAllowed}`, message },
        ...syntax,
      ],
    },
  }
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    files: ['src/**/*.{ts,vue}'],
    languageOptions: {
      globals: { ...globals.browser, __APP_VERSION__: 'readonly', __BENCH_HOOKS__: 'readonly' },
    },
  },
  {
    files: [
      '**/*.{js,mjs,cjs}',
      'vite.config.ts',
      'vitest.config.ts',
      'scripts/**',
      'bench/**',
      'tests/e2e/**',
      'tests/firefox/**',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/report/**/*.ts'],
    languageOptions: { globals: { ...globals.es2021 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['vue', 'vue/*', '@vue/*'], message: domainMessage },
            { group: ['pinia', 'pinia/*'], message: domainMessage },
            { group: ['vee-validate', '@vee-validate/*'], message: domainMessage },
            { group: ['jspdf', 'jspdf/*', 'jspdf-*'], message: domainMessage },
            {
              group: [
                '**/stores/**',
                '**/draftSession/**',
                '**/components/**',
                '**/composables/**',
                '**/storage/**',
                '**/pdf/**',
                ...['stores', 'draftSession', 'components', 'composables', 'storage', 'pdf'].map(
                  (f) => `@/${f}`,
                ),
                ...['export', 'reportFiles', 'workspace', 'offline'].flatMap((f) => [
                  `@/${f}`,
                  `@/${f}/*`,
                ]),
              ],
              message: domainMessage,
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'localStorage',
          'sessionStorage',
          'navigator',
          'location',
          'HTMLElement',
          'Element',
        ].map((name) => ({
          name,
          message: domainMessage,
        })),
      ],
    },
  },
  // Every layer boundary of ARCHITECTURE.md, not only the domain's: one block per folder, built
  // from BOUNDARIES below (tests/unit/lint/boundaries.test.ts shows one violation per rule).
  ...BOUNDARIES.map(boundaryConfig),
  {
    files: ['src/components/**/*.{ts,vue}', 'src/composables/**/*.ts', 'src/App.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                '@/storage',
                '@/storage/*',
                '**/storage/**',
                '@/draftSession',
                '@/draftSession/*',
                '**/draftSession/**',
              ],
              message:
                'Components and composables reach storage and the draft session only through the stores.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/composables/**/*.ts'],
    ignores: ['src/composables/**/use*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message:
            'src/composables holds use… composables only: a pure model goes beside the domain (src/report), PDF code to src/pdf, a store to src/stores.',
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Program',
          message:
            'Composables and other TypeScript modules live in src/composables, not src/components.',
        },
      ],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'vue/no-v-html': 'error',
    },
  },
  prettier,
)

// @ts-check
import js from '@eslint/js'
import globals from 'globals'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'
import prettier from 'eslint-config-prettier/flat'

const domainMessage =
  'src/report is the pure domain core: it must not depend on Vue, Pinia, forms, PDF code, the DOM or other app folders, so that the importer, the PDF and tests can use it anywhere.'

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
                '**/components/**',
                '**/composables/**',
                '**/storage/**',
                '**/pdf/**',
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
  // Every layer boundary of ARCHITECTURE.md, not only the domain's.
  {
    files: ['src/pdf/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vue', 'vue/*', '@vue/*', 'pinia', 'pinia/*'],
              message: 'src/pdf runs in a worker: it never imports Vue or Pinia.',
            },
            {
              group: ['**/stores/**', '**/components/**', '**/composables/**', '**/storage/**'],
              message: 'src/pdf depends on src/report only (report → PDF bytes).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/storage/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['vue', 'vue/*', '@vue/*', 'pinia', 'pinia/*'],
              message: 'src/storage is plain TypeScript over a Storage.',
            },
            {
              group: ['**/stores/**', '**/components/**', '**/composables/**', '**/pdf/**'],
              message: 'src/storage depends on src/report only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/stores/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/components/**', '**/composables/**'],
              message: 'Stores never depend on components or composables.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/components/**/*.{ts,vue}', 'src/composables/**/*.ts', 'src/App.vue'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/storage', '@/storage/*', '**/storage/**'],
              message: 'Components and composables reach storage only through the stores.',
            },
          ],
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

// JSDoc types of a bench section in bench/sections/ (see bench/run.mjs). No runtime code.

/**
 * @typedef {object} SectionContext
 * @property {import('playwright-core').Browser} browser
 * @property {string} url the app's URL on the local server (a sub-path)
 * @property {string} origin the local server's origin
 * @property {string} distDir absolute path of dist/
 * @property {() => Promise<import('playwright-core').Page>} newPage a page in a fresh context
 */

/**
 * @typedef {object} SectionResult
 * @property {string[]} head column headings of the printed table
 * @property {(string | number)[][]} rows
 * @property {string[]} [notes] lines printed under the table
 */

/**
 * @typedef {object} Section
 * @property {string} name short id, matched by `npm run bench -- <filter>`
 * @property {string} title
 * @property {(ctx: SectionContext) => Promise<SectionResult>} run
 */

export {}

/** Jun Da's ranks past which the order is by code point. */
export const RANKED_LIMIT: number
/** What most agency names are made of; part of the heads of the faces that print the name. */
export const AGENCY_WORDS: string
/** Jun Da's list as characters in rank order. */
export function junDaRanking(): string[]
/** The ranked code points of `charset`: the corpus by count, then Jun Da's list. */
export function rankedOrder(input: {
  charset: Iterable<number>
  corpusTexts: string[]
  ranking: string[]
}): number[]
/** The government texts of the ranking's first tier in the repository at `root`. */
export function corpusFiles(root: string): string[]
/** The texts of `files`. */
export function readTexts(files: string[]): string[]

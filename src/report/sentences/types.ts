/** A sentence written from the tables, and the W3 claim kinds it states. */

/** The text fields that take a sentence from the tables (spec §7 `insert-data-sentence`). */
export const DATA_SENTENCE_FIELDS = [
  'narrative.overview.proactive',
  'narrative.overview.onRequest',
  'narrative.overview.oversight',
] as const
/** One of {@link DATA_SENTENCE_FIELDS}. */
export type DataSentenceField = (typeof DATA_SENTENCE_FIELDS)[number]

/** One sentence, ending in 。, and the ids of the W3 claim kinds whose figures it states. */
export interface DataSentence {
  readonly text: string
  readonly claims: readonly string[]
}

/** Sentences written from the tables for 一（一）, 一（二） and the 复议/诉讼 figures. */
export { DATA_SENTENCE_FIELDS, type DataSentence, type DataSentenceField } from './types'
export {
  applyReplacements,
  dataSentences,
  disagreeingSentences,
  insertAt,
  sentenceAround,
  type SentenceReplacement,
} from './place'

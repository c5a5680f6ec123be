/** The six parts of a report by key, in printed order (a module of its own, so that the import
 * review, which the page loads, does not bring the outline finder with it). */
import type { PART_HEADINGS } from '../format'

/** One of the six parts of a report. */
export type PartKey = keyof typeof PART_HEADINGS

/** The six part keys in printed order. */
export const PART_KEYS: readonly PartKey[] = [
  'overview',
  'table2',
  'table3',
  'table4',
  'problems',
  'otherMatters',
]

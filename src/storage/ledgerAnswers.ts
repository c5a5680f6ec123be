/**
 * The user's answers about ledger wordings (“视为放弃” → （六）3.其他), kept in this browser so
 * next year's ledger is placed without asking again. A broken entry is dropped, never reported:
 * losing it only means being asked again.
 */
import type { LedgerAnswers } from '@/report/ledger'
import { KEY_PREFIX } from './keys'
import { writeItem } from './safeStorage'
import { readStringMap } from './stringMap'

/** The key of the answers map. */
export const LEDGER_ANSWERS_KEY = `${KEY_PREFIX}ledgerAnswers`

/** Reads the remembered answers (`dimension:wording` → target key). */
export function readLedgerAnswers(storage: Storage): LedgerAnswers {
  return readStringMap(storage, LEDGER_ANSWERS_KEY)
}

/** Writes the answers; false when storage refused (they then last only until the page closes). */
export function writeLedgerAnswers(storage: Storage, answers: LedgerAnswers): boolean {
  return writeItem(storage, LEDGER_ANSWERS_KEY, JSON.stringify(answers)).ok
}

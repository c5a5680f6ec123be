/**
 * The user's answers about ledger wordings (“视为放弃” → （六）3.其他), kept in this browser so
 * next year's ledger is placed without asking again. A broken entry is dropped, never reported:
 * losing it only means being asked again.
 */
import { isJsonObject } from '@/report'
import type { LedgerAnswers } from '@/report/ledger'
import { KEY_PREFIX } from './keys'
import { readItem, writeItem } from './safeStorage'

/** The key of the answers map. */
export const LEDGER_ANSWERS_KEY = `${KEY_PREFIX}ledgerAnswers`

/** Reads the remembered answers (`dimension:wording` → target key). */
export function readLedgerAnswers(storage: Storage): LedgerAnswers {
  try {
    const raw: unknown = JSON.parse(readItem(storage, LEDGER_ANSWERS_KEY) ?? '{}')
    if (!isJsonObject(raw)) return {}
    return Object.fromEntries(
      Object.entries(raw).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    )
  } catch {
    return {}
  }
}

/** Writes the answers; false when storage refused (they then last only until the page closes). */
export function writeLedgerAnswers(storage: Storage, answers: LedgerAnswers): boolean {
  return writeItem(storage, LEDGER_ANSWERS_KEY, JSON.stringify(answers)).ok
}

/**
 * The published-report parser off the main thread: a multi-megabyte paste is parsed here so the
 * tab stays responsive. A parse that throws answers with its message; the page then parses itself.
 */
import { parseReportText } from '@/report/import/parse'
import type { ParseRequest, ParseResponse } from './importParser'

self.onmessage = (event: MessageEvent<ParseRequest>) => {
  const { id, text, options } = event.data
  let response: ParseResponse
  try {
    response = { id, result: parseReportText(text, options) }
  } catch (error) {
    response = { id, error: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}

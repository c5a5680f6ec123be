/** Findings: what the review panel lists, each tied to a rule id of spec §5. */
import type { CellKey } from './cells'
import type { FieldPath } from './draft'

/** Rule ids of spec §5. */
export type RuleId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R4'
  | 'V1'
  | 'V2'
  | 'M1'
  | 'M2'
  | 'W1'
  | 'W2'
  | 'W3'
  | 'W4'
  | 'W5'
  | 'W6'
  | 'W7'
  | 'W8'
  | 'W9'
  | 'W10'
  | 'I1'
  | 'I2'
  | 'I3'
  | 'G1'

/** `error` blocks a final report; `warning` and `info` never block anything. */
export type Severity = 'error' | 'warning' | 'info'

/** One finding: its rule, how serious, where it is, and a Chinese message naming the numbers. */
export interface Finding {
  readonly rule: RuleId
  readonly severity: Severity
  readonly cells: readonly CellKey[]
  readonly fields: readonly FieldPath[]
  readonly message: string
}

/** A stable key for a finding, e.g. for list rendering. */
export function findingKey(finding: Finding): string {
  return `${finding.rule}|${finding.cells.join(',')}|${finding.fields.join(',')}|${finding.message}`
}

/** True when any finding is an error (a hard rule is broken). */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error')
}

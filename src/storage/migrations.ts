/**
 * Step-by-step migrations of stored envelopes. Each stored shape has a version number; a step
 * takes version n to n + 1. To add version 2: bump CURRENT, add `1: (v1) => v2` below, freeze a
 * version-2 fixture next to tests/fixtures/storage/envelope-v1.json, and test the step.
 */

/** The envelope version this program writes. */
export const CURRENT_ENVELOPE_VERSION = 1

/** One step: an envelope of version n (already parsed) to version n + 1. */
export type MigrationStep = (envelope: Record<string, unknown>) => Record<string, unknown>

/** The chain, keyed by the version a step starts from. Empty while version 1 is current. */
export const ENVELOPE_MIGRATIONS: Readonly<Record<number, MigrationStep>> = {}

/** The outcome of migrating: the envelope at the current version, or why it cannot be. */
export type MigrationResult =
  | { readonly ok: true; readonly envelope: Record<string, unknown> }
  | { readonly ok: false; readonly reason: string }

/** Runs every step from the envelope's version up to `target`, in order. */
export function migrateEnvelope(
  envelope: Record<string, unknown>,
  steps: Readonly<Record<number, MigrationStep>> = ENVELOPE_MIGRATIONS,
  target = CURRENT_ENVELOPE_VERSION,
): MigrationResult {
  let version = envelope.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, reason: '缺少版本号' }
  }
  if (version > target) return { ok: false, reason: `由更新版本的程序保存（版本 ${version}）` }
  let current = envelope
  while (version < target) {
    const step = steps[version]
    if (!step) return { ok: false, reason: `无法从版本 ${version} 升级` }
    current = { ...step(current), schemaVersion: version + 1 }
    version += 1
  }
  return { ok: true, envelope: current }
}

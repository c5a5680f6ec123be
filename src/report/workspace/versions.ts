/**
 * Versions of one report: files of the same agency and year are the same report sent again
 * (a corrected resubmission after 退回). The last one added is current; older ones are superseded.
 * Agency names are compared as people read them: spaces and full-width forms do not make a
 * different agency.
 */

/** What versioning needs of a workspace report. */
export interface VersionSubject {
  readonly id: string
  readonly agencyName: string | null
  readonly year: number | null
  /** Order the files were added in: a later file is a later version. */
  readonly order: number
}

/** A report's place among the versions of its agency and year. */
export interface VersionInfo {
  /** 1 for the first file of that agency and year. */
  readonly version: number
  /** How many versions that agency and year has. */
  readonly count: number
  /** True when a later version replaced this one. */
  readonly superseded: boolean
  /** The ids of all versions of this report, oldest first. */
  readonly versionIds: readonly string[]
}

/** The key two reports share when they are versions of one: normalised agency name and year. */
export function versionKey(agencyName: string | null, year: number | null): string | null {
  const name = (agencyName ?? '').normalize('NFKC').replace(/\s+/g, '')
  return name === '' || year === null ? null : `${name}|${year}`
}

/** Each report's version; a report without agency name or year is a version 1 of its own. */
export function reportVersions(subjects: readonly VersionSubject[]): Map<string, VersionInfo> {
  const groups = new Map<string, VersionSubject[]>()
  const result = new Map<string, VersionInfo>()
  for (const subject of subjects) {
    const key = versionKey(subject.agencyName, subject.year)
    if (key === null) {
      result.set(subject.id, { version: 1, count: 1, superseded: false, versionIds: [subject.id] })
      continue
    }
    const group = groups.get(key)
    if (group) group.push(subject)
    else groups.set(key, [subject])
  }
  for (const group of groups.values()) {
    const ordered = [...group].sort((a, b) => a.order - b.order)
    const versionIds = ordered.map((subject) => subject.id)
    ordered.forEach((subject, index) =>
      result.set(subject.id, {
        version: index + 1,
        count: ordered.length,
        superseded: index < ordered.length - 1,
        versionIds,
      }),
    )
  }
  return result
}

/**
 * The year most reports of a batch are about, when more than half share it; null when there is
 * no such majority (then no year is odd one out). A report of another year is likely misfiled.
 */
export function batchYear(years: readonly (number | null)[]): number | null {
  const known = years.filter((year): year is number => year !== null)
  const counts = new Map<number, number>()
  for (const year of known) counts.set(year, (counts.get(year) ?? 0) + 1)
  for (const [year, count] of counts) if (count * 2 > known.length) return year
  return null
}

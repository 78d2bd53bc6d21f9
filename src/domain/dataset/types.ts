/**
 * The normalized dataset the app works with: the validated document plus the lookups every view
 * needs, built once when a dataset is accepted so no view has to search lists.
 */
import type { Windows } from '../membership/windows'
import type { PartialDate } from './dates'
import type { Confidence, SizeQualifier, SourceKind } from './schema'

export interface Sector {
  readonly id: string
  readonly label: string
  readonly description?: string
  /** Position in the dataset's list: the dataset's own order is the fallback order everywhere. */
  readonly index: number
}

export interface Source {
  readonly id: string
  readonly title: string
  readonly url: string
  readonly publisher?: string
  readonly date?: PartialDate
  /** The day the source was read. */
  readonly retrieved?: PartialDate
  /** An archived copy (a web archive, a pinned commit). */
  readonly archived?: string
  readonly kind?: SourceKind
}

/** When the dataset's member list of a coalition was last compared with the sources. */
export interface Roster {
  readonly checked: PartialDate
  /** False: the dataset names only some of the members (a partial roster). */
  readonly complete: boolean
  readonly sourceIds: readonly string[]
}

/** A size the coalition or the press reported, which may exceed the members the dataset names. */
export interface ReportedSize {
  readonly count: number
  readonly qualifier: SizeQualifier
  readonly date: PartialDate
  readonly sourceIds: readonly string[]
}

export interface Coalition {
  readonly id: string
  readonly name: string
  readonly shortName?: string
  readonly founded?: PartialDate
  readonly url?: string
  readonly description?: string
  readonly sourceIds: readonly string[]
  readonly note?: string
  readonly roster?: Roster
  /** Oldest first. */
  readonly reportedSizes: readonly ReportedSize[]
  readonly index: number
}

export interface Organization {
  readonly id: string
  readonly name: string
  readonly aliases: readonly string[]
  readonly sectorId: string
  readonly country?: string
  readonly url?: string
  readonly parentId?: string
  readonly note?: string
  /** Sources for what the record says (a notable absence, a rename). */
  readonly sourceIds: readonly string[]
  readonly index: number
}

/** One membership, with its start and end windows (see membership/windows.ts). */
export interface Membership extends Windows {
  readonly index: number
  readonly organizationId: string
  readonly coalitionId: string
  /**
   * Positions of its organization and coalition in their lists (-1 for a dangling reference, which
   * the validator refuses): loops over every membership read these instead of looking ids up, so a
   * pass over 260,000 memberships stays in order in memory and takes milliseconds, not a tenth of a second.
   */
  readonly organizationIndex: number
  readonly coalitionIndex: number
  readonly role: string
  readonly joined?: PartialDate
  readonly left?: PartialDate
  readonly joinedAfter?: PartialDate
  readonly joinedBy?: PartialDate
  readonly leftAfter?: PartialDate
  readonly leftBy?: PartialDate
  readonly sourceIds: readonly string[]
  readonly confidence?: Confidence
  readonly note?: string
}

export interface Dataset {
  readonly version: 1 | 2
  readonly title: string
  readonly description?: string
  readonly updated: PartialDate
  readonly license?: string
  readonly sectors: readonly Sector[]
  readonly sources: readonly Source[]
  readonly coalitions: readonly Coalition[]
  readonly organizations: readonly Organization[]
  readonly memberships: readonly Membership[]
  readonly sectorById: ReadonlyMap<string, Sector>
  readonly sourceById: ReadonlyMap<string, Source>
  readonly coalitionById: ReadonlyMap<string, Coalition>
  readonly organizationById: ReadonlyMap<string, Organization>
  readonly membershipsByCoalition: ReadonlyMap<string, readonly Membership[]>
  readonly membershipsByOrganization: ReadonlyMap<string, readonly Membership[]>
}

/** One thing wrong with a document: where (a JSON path such as `memberships[12].organization`) and what. */
export interface Problem {
  readonly path: string
  readonly message: string
}

export type ValidationResult =
  | { readonly ok: true; readonly dataset: Dataset; readonly warnings: readonly Problem[] }
  | {
      readonly ok: false
      readonly problems: readonly Problem[]
      readonly problemCount: number
      readonly warnings: readonly Problem[]
    }

/** `path: message`, or the message alone for the document as a whole. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message
}

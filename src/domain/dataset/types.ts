/**
 * The normalized dataset the app works with: the validated document plus the lookups every view
 * needs, built once when a dataset is accepted so no view has to search lists.
 */
import type { PartialDate } from './dates'
import type { Confidence } from './schema'

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
  readonly index: number
}

export interface Membership {
  readonly index: number
  readonly organizationId: string
  readonly coalitionId: string
  readonly role: string
  readonly joined?: PartialDate
  readonly left?: PartialDate
  readonly sourceIds: readonly string[]
  readonly confidence?: Confidence
  readonly note?: string
  /** First day it counts: joined, else the coalition's founding, else any date (-Infinity). */
  readonly start: number
  /** First day it no longer counts: left, else never (+Infinity). */
  readonly end: number
  /** True when the join date is unknown or only known to the month or year. */
  readonly approximate: boolean
}

export interface Dataset {
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
  | { readonly ok: false; readonly problems: readonly Problem[]; readonly warnings: readonly Problem[] }

/** `path: message`, or the message alone for the document as a whole. */
export function formatProblem(problem: Problem): string {
  return problem.path ? `${problem.path}: ${problem.message}` : problem.message
}

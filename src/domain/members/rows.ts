/**
 * The members table's row model: one row per organization (members and absentees alike) with its
 * memberships active on one day and every sort key precomputed, so sorting 10,000 rows compares
 * integers instead of re-reading dates and collating names on every click.
 */
import { countryName } from '../dataset/countries'
import { collationRanks, nameCollator, organizationNameRanks } from '../dataset/name-order'
import { isPossibleOn, startSortDay, uncertaintyCause } from '../membership/windows'
import type { Dataset, Membership, Organization } from '../dataset/types'
import { perDataset } from '../dataset/per-dataset'
import { runToEnd } from '../dataset/steps'

/** The membership a row shows for one coalition on the day: possible on it, and maybe certain. */
export interface MemberCell {
  readonly membership: Membership
  readonly role: string
  /** False when the evidence allows but does not prove membership on the day. */
  readonly certain: boolean
  /** Why it is uncertain: its start is not yet certain, or it may have ended; null when certain. */
  readonly cause: 'start' | 'end' | null
  /** startSortDay of the membership, null when its start is unknown. */
  readonly since: number | null
}

export interface MemberRow {
  readonly id: string
  readonly organization: Organization
  readonly name: string
  readonly sectorId: string
  readonly sectorLabel: string
  readonly country?: string
  readonly countryName?: string
  /** Memberships possible on the day, by coalition id. */
  readonly cells: ReadonlyMap<string, MemberCell>
  /** How many coalitions the organization may belong to on the day (certain or not). */
  readonly coalitionCount: number
  /** How many of those memberships are uncertain on the day. */
  readonly uncertainCount: number
  /** The day's membership with the earliest known start; undefined when no start is known. */
  readonly firstStart?: MemberCell
  /** Position of the name, sector label and country name in collation order (ties share a rank). */
  readonly nameRank: number
  readonly sectorRank: number
  /** -1 when the country is unknown. */
  readonly countryRank: number
}

/** Ranks that depend on the dataset only; rebuilt when the dataset changes, not when the day does. */
export interface DatasetKeys {
  readonly nameRank: Int32Array
  readonly sectorRank: Int32Array
  readonly countryRank: Int32Array
  readonly countryNames: readonly (string | undefined)[]
}

/** The same, worked out once per dataset. */
export const datasetKeys = perDataset(buildDatasetKeys)

export function buildDatasetKeys(dataset: Dataset): DatasetKeys {
  const organizations = dataset.organizations
  const countryNames = organizations.map((organization) =>
    organization.country ? countryName(organization.country) : undefined,
  )
  return {
    nameRank: organizationNameRanks(dataset),
    sectorRank: collationRanks(
      organizations.map(
        (organization) => dataset.sectorById.get(organization.sectorId)?.label ?? organization.sectorId,
      ),
    ),
    countryRank: collationRanks(countryNames),
    countryNames,
  }
}

const NO_CELLS: ReadonlyMap<string, MemberCell> = new Map()

/**
 * One row per organization, in dataset order, with the memberships possible on `day`. The
 * memberships are read once, in dataset order (organization by organization, 260,000 of them
 * scattered in memory cost ten times more); each organization's stay in that order.
 */
export function buildMemberRows(dataset: Dataset, day: number, keys: DatasetKeys = datasetKeys(dataset)): MemberRow[] {
  return runToEnd(memberRowsSteps(dataset, day, keys))
}

/** Memberships, then organizations, read between two yields of memberRowsSteps. */
const ROWS_STEP = 8000

/** buildMemberRows as steps (steps.ts), for a large dataset's load to work out in short tasks. */
export function* memberRowsSteps(
  dataset: Dataset,
  day: number,
  keys: DatasetKeys = datasetKeys(dataset),
): Generator<void, MemberRow[]> {
  const count = dataset.organizations.length
  const cellsOf: (Map<string, MemberCell> | undefined)[] = new Array(count)
  const firstStartOf: (MemberCell | undefined)[] = new Array(count)
  const uncertainCounts = new Int32Array(count)
  const memberships = dataset.memberships
  for (let position = 0; position < memberships.length; position++) {
    if (position % ROWS_STEP === ROWS_STEP - 1) yield
    const membership = memberships[position] as Membership
    const at = membership.organizationIndex
    if (at < 0 || !isPossibleOn(membership, day)) continue
    // The validator refuses memberships of one coalition whose possible periods overlap, so at most one is possible.
    const cause = uncertaintyCause(membership, day)
    const cell: MemberCell = {
      membership,
      role: membership.role,
      certain: cause === null,
      cause,
      since: startSortDay(membership),
    }
    ;(cellsOf[at] ??= new Map()).set(membership.coalitionId, cell)
    if (!cell.certain) uncertainCounts[at] = (uncertainCounts[at] as number) + 1
    const first = firstStartOf[at]
    if (cell.since !== null && (first === undefined || first.since === null || cell.since < first.since))
      firstStartOf[at] = cell
  }
  const rows: MemberRow[] = new Array(count)
  for (let index = 0; index < count; index++) {
    if (index % ROWS_STEP === ROWS_STEP - 1) yield
    const organization = dataset.organizations[index] as Organization
    const cells = cellsOf[index] ?? NO_CELLS
    rows[index] = {
      id: organization.id,
      organization,
      name: organization.name,
      sectorId: organization.sectorId,
      sectorLabel: dataset.sectorById.get(organization.sectorId)?.label ?? organization.sectorId,
      country: organization.country,
      countryName: keys.countryNames[index],
      cells,
      coalitionCount: cells.size,
      uncertainCount: uncertainCounts[index] as number,
      firstStart: firstStartOf[index],
      nameRank: keys.nameRank[index] ?? 0,
      sectorRank: keys.sectorRank[index] ?? 0,
      countryRank: keys.countryRank[index] ?? -1,
    }
  }
  return rows
}

/**
 * The rows on `day`, kept for the last day asked per dataset: for a large dataset the loader works
 * them out in slices (memberRowsSteps) and remembers them here before the first render.
 */
export const memberRowsOn = perDataset((dataset: Dataset, day: number) => buildMemberRows(dataset, day))

/** Roles used in the dataset, most used first (ties alphabetical): the Role filter's options, once per dataset. */
export const datasetRoles = perDataset(function datasetRoles(dataset: Dataset): string[] {
  const counts = new Map<string, number>()
  for (const membership of dataset.memberships) counts.set(membership.role, (counts.get(membership.role) ?? 0) + 1)
  return [...counts].sort((a, b) => b[1] - a[1] || nameCollator.compare(a[0], b[0])).map(([role]) => role)
})

/** Countries of the dataset's organizations as code and name, sorted by name: the Country filter's options, once per dataset. */
export const datasetCountries = perDataset(function datasetCountries(
  dataset: Dataset,
): { code: string; name: string }[] {
  const codes = new Set<string>()
  for (const organization of dataset.organizations) if (organization.country) codes.add(organization.country)
  return [...codes]
    .map((code) => ({ code, name: countryName(code) }))
    .sort((a, b) => nameCollator.compare(a.name, b.name))
})

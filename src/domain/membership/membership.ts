/**
 * "Who was a member on day D": the one rule every view shares. A membership is active on D when it
 * started on or before D and has not ended on or before D (`left` is the first day it no longer counts).
 */
import type { Coalition, Dataset, Membership } from '../dataset/types'

export function isActiveOn(membership: Membership, day: number): boolean {
  return membership.start <= day && day < membership.end
}

/** The memberships of one coalition active on `day`, in dataset order. */
export function activeMemberships(dataset: Dataset, coalitionId: string, day: number): Membership[] {
  return (dataset.membershipsByCoalition.get(coalitionId) ?? []).filter((membership) => isActiveOn(membership, day))
}

export interface SectorCount {
  readonly sectorId: string
  readonly label: string
  readonly count: number
}

export interface CoalitionSummary {
  readonly coalition: Coalition
  readonly memberCount: number
  /** Sectors by member count, largest first; ties keep the dataset's sector order. */
  readonly sectors: readonly SectorCount[]
  /** How many of the counted memberships have an unknown or month/year-only join date. */
  readonly approximateCount: number
}

/** Member count and sector make-up of every coalition on one day. */
export function summarizeCoalitions(dataset: Dataset, day: number): CoalitionSummary[] {
  return dataset.coalitions.map((coalition) => {
    const active = activeMemberships(dataset, coalition.id, day)
    const bySector = new Map<string, number>()
    let approximateCount = 0
    for (const membership of active) {
      const sectorId = dataset.organizationById.get(membership.organizationId)?.sectorId
      if (sectorId !== undefined) bySector.set(sectorId, (bySector.get(sectorId) ?? 0) + 1)
      if (membership.approximate) approximateCount++
    }
    const sectors = [...bySector]
      .map(([sectorId, count]) => ({ sectorId, count, label: dataset.sectorById.get(sectorId)?.label ?? sectorId }))
      .sort((a, b) => b.count - a.count || (dataset.sectorById.get(a.sectorId)?.index ?? 0) - (dataset.sectorById.get(b.sectorId)?.index ?? 0))
    return { coalition, memberCount: active.length, sectors, approximateCount }
  })
}

/** Earliest and latest dates the dataset mentions (foundings, joins, departures): the range of "as of". */
export function datasetDateRange(dataset: Dataset): { first: number; last: number } | null {
  let first = Number.POSITIVE_INFINITY
  let last = Number.NEGATIVE_INFINITY
  const see = (day: number | undefined) => {
    if (day === undefined || !Number.isFinite(day)) return
    if (day < first) first = day
    if (day > last) last = day
  }
  for (const coalition of dataset.coalitions) see(coalition.founded?.day)
  for (const membership of dataset.memberships) {
    see(membership.joined?.day)
    see(membership.left?.day)
  }
  return Number.isFinite(first) ? { first, last } : null
}

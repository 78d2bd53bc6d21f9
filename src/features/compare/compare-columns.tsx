import { useState, type ReactNode } from 'react'
import { regionSummaries, uncertainPresences, type CompareEntry, type Comparison, type ComparisonRegion, type RegionSummary, type SectorGroup } from '../../domain/compare/coalitions'
import type { Coalition } from '../../domain/dataset/types'
import { sectorColor } from '../../components/sector-palette'
import { formatCount, plural, pluralRange } from '../../domain/format/counts'
import { notFoundedPhrase } from '../../domain/format/coverage'
import { uncertaintyReason } from '../../domain/format/membership'
import { useAtlasStore } from '../../store/atlas-store'
import { coalitionLabel, presenceText } from './compare-format'

export type ColumnKey = ComparisonRegion

/** Past this many names a column waits for "Show all": a 10,000-organization dataset stays responsive. */
const FIRST_SHOWN = 200

interface Props {
  readonly idPrefix: string
  readonly comparison: Comparison
  readonly highlight: ColumnKey | null
}

interface ColumnSpec {
  readonly key: ColumnKey
  readonly title: ReactNode
  readonly groups: readonly SectorGroup[]
  /** Shown when the column lists nobody. */
  readonly empty: ReactNode
  /** False before a founding the column depends on: there is nothing to count, not zero. */
  readonly counted: boolean
}

function NotFounded({ coalition, founded }: { coalition: Coalition; founded: NonNullable<Comparison['notFoundedUntil']['a']> }) {
  return (
    <>
      <bdi>{coalition.name}</bdi> was {notFoundedPhrase(founded)}.
    </>
  )
}

/** Only in A, in both, only in B: each grouped by sector, each name opening the organization's details. */
export function CompareColumns({ idPrefix, comparison, highlight }: Props) {
  const { a, b, notFoundedUntil } = comparison
  const summaries = regionSummaries(comparison)
  const aMissing = notFoundedUntil.a ? <NotFounded coalition={a} founded={notFoundedUntil.a} /> : null
  const bMissing = notFoundedUntil.b ? <NotFounded coalition={b} founded={notFoundedUntil.b} /> : null
  const noneOf = (coalition: Coalition) => (
    <>
      <bdi>{coalition.name}</bdi> has no members on this date.
    </>
  )
  const everyMember = (of: Coalition, alsoIn: Coalition) => (
    <>
      Every member of <bdi>{of.name}</bdi> is also in <bdi>{alsoIn.name}</bdi>.
    </>
  )
  const columns: ColumnSpec[] = [
    {
      key: 'onlyA',
      title: (
        <>
          Only in <bdi>{a.name}</bdi>
        </>
      ),
      groups: comparison.onlyA,
      counted: !aMissing,
      empty: aMissing ?? (comparison.counts.a.possible === 0 ? noneOf(a) : everyMember(a, b)),
    },
    {
      key: 'both',
      title: 'In both',
      groups: comparison.both,
      counted: !aMissing && !bMissing,
      empty: aMissing || bMissing ? (
        <>
          Nobody: {aMissing ?? bMissing}
        </>
      ) : (
        'No organization is in both on this date.'
      ),
    },
    {
      key: 'onlyB',
      title: (
        <>
          Only in <bdi>{b.name}</bdi>
        </>
      ),
      groups: comparison.onlyB,
      counted: !bMissing,
      empty: bMissing ?? (comparison.counts.b.possible === 0 ? noneOf(b) : everyMember(b, a)),
    },
  ]
  return (
    <div className="compare-columns">
      {columns.map((column) => (
        <CompareColumn
          key={column.key}
          id={`${idPrefix}-${column.key}`}
          title={column.title}
          groups={column.groups}
          empty={column.empty}
          counted={column.counted}
          summary={summaries[column.key]}
          highlighted={highlight === column.key}
          comparison={comparison}
        />
      ))}
    </div>
  )
}

interface ColumnProps extends Omit<ColumnSpec, 'key'> {
  readonly id: string
  readonly summary: RegionSummary
  readonly highlighted: boolean
  readonly comparison: Comparison
}

function CompareColumn({ id, title, groups, empty, counted, summary, highlighted, comparison }: ColumnProps) {
  const [showAll, setShowAll] = useState(false)
  const headingId = `${id}-title`
  const shown = firstEntries(groups, showAll ? Number.POSITIVE_INFINITY : FIRST_SHOWN)
  const { listed, elsewhere, range } = summary
  const family = comparison.family
  const unit: [string, string] = family ? ['organization or family', 'organizations or families'] : ['organization', 'organizations']
  return (
    <section id={id} className={`compare-column${highlighted ? ' compare-column--highlight' : ''}`} aria-labelledby={headingId} tabIndex={-1}>
      <h3 id={headingId} className="compare-column__title">
        {title}
      </h3>
      {counted ? <p className="compare-column__count">{pluralRange(range, ...unit)}</p> : null}
      {elsewhere > 0 ? (
        <p className="compare-column__elsewhere">
          {listed === 0 ? 'None for certain; up to ' : 'Up to '}
          {plural(elsewhere, listed === 0 ? 'organization' : 'more organization', listed === 0 ? 'organizations' : 'more organizations')} may belong here: listed under “In both”, marked
          uncertain.
        </p>
      ) : null}
      {listed === 0 && elsewhere === 0 ? <p className="compare-column__empty">{empty}</p> : null}
      {shown.map(({ group, entries }) => (
        <div key={group.sector.id} className="compare-group">
          <h4 className="compare-group__title">
            <span className="swatch" style={{ background: sectorColor(group.sector.index) }} aria-hidden="true" />
            <bdi>{group.sector.label}</bdi> <span className="compare-group__count">{formatCount(group.entries.length)}</span>
          </h4>
          <ul className="compare-list">
            {entries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} comparison={comparison} />
            ))}
          </ul>
        </div>
      ))}
      {listed > FIRST_SHOWN ? (
        <button type="button" className="button compare-column__more" onClick={() => setShowAll((value) => !value)}>
          {showAll ? `Show the first ${FIRST_SHOWN}` : `Show all ${formatCount(listed)}`}
        </button>
      ) : null}
    </section>
  )
}

/** The groups cut down to their first `limit` entries in all, in order. */
function firstEntries(groups: readonly SectorGroup[], limit: number): { group: SectorGroup; entries: readonly CompareEntry[] }[] {
  const result: { group: SectorGroup; entries: readonly CompareEntry[] }[] = []
  let left = limit
  for (const group of groups) {
    if (left <= 0) break
    const entries = group.entries.slice(0, left)
    left -= entries.length
    result.push({ group, entries })
  }
  return result
}

function EntryItem({ entry, comparison }: { entry: CompareEntry; comparison: Comparison }) {
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  const { a, b, family, day } = comparison
  const named = family && entry.members.length > 1
  const describe = (coalition: Coalition, presences: CompareEntry['inA']) =>
    presences.length === 0 ? null : (
      <span className="compare-entry__role">
        <span className="compare-entry__coalition">
          <bdi>{coalitionLabel(coalition)}</bdi>:
        </span>{' '}
        {presences.map((presence, index) => (
          <span key={presence.membership.index}>
            {index > 0 ? '; ' : null}
            {named ? (
              <>
                <bdi>{presence.organization.name}</bdi>,{' '}
              </>
            ) : null}
            <bdi>{presence.membership.role}</bdi>, {presenceText(presence, coalition.founded)}
          </span>
        ))}
      </span>
    )
  const doubts = entry.uncertain ? uncertainPresences(entry) : []
  return (
    <li className="compare-entry">
      <span className="compare-entry__head">
        <button type="button" className="compare-link compare-entry__name" onClick={() => openOrganization(entry.id)}>
          <bdi>{entry.organization.name}</bdi>
        </button>
        {doubts.length > 0 ? (
          <details className="compare-uncertain">
            <summary className="compare-tag compare-tag--uncertain">uncertain</summary>
            <span className="compare-uncertain__why">
              Not certain on this date:
              {doubts.map(({ side, presence }) => {
                const coalition = side === 'a' ? a : b
                return (
                  <span key={presence.membership.index} className="compare-uncertain__reason">
                    <bdi>{coalition.name}</bdi>:{' '}
                    {named ? (
                      <>
                        <bdi>{presence.organization.name}</bdi>,{' '}
                      </>
                    ) : null}
                    {uncertaintyReason(presence.membership, day, coalition.founded)}
                  </span>
                )
              })}
            </span>
          </details>
        ) : null}
      </span>
      {named ? (
        <span className="compare-entry__family">
          Family: <bdi>{entry.members.map((member) => member.name).join(', ')}</bdi>
        </span>
      ) : null}
      {describe(a, entry.inA)}
      {describe(b, entry.inB)}
    </li>
  )
}

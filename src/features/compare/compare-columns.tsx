import { useState } from 'react'
import type { CompareEntry, Comparison, SectorGroup } from '../../domain/compare/coalitions'
import type { Coalition } from '../../domain/dataset/types'
import { sectorColor } from '../../components/sector-palette'
import { useAtlasStore } from '../../store/atlas-store'
import { coalitionLabel, plural, presenceText } from './compare-format'

export type ColumnKey = 'onlyA' | 'both' | 'onlyB'

/** Past this many names a column waits for "Show all": a 10,000-organization dataset stays responsive. */
const FIRST_SHOWN = 200

interface Props {
  readonly idPrefix: string
  readonly comparison: Comparison
  readonly highlight: ColumnKey | null
}

/** Only in A, in both, only in B: each grouped by sector, each name opening the organization's details. */
export function CompareColumns({ idPrefix, comparison, highlight }: Props) {
  const { a, b, counts } = comparison
  const columns: { key: ColumnKey; title: string; count: number; groups: readonly SectorGroup[]; empty: string }[] = [
    { key: 'onlyA', title: `Only in ${a.name}`, count: counts.onlyA.possible, groups: comparison.onlyA, empty: `Every member of ${a.name} is also in ${b.name}.` },
    { key: 'both', title: 'In both', count: counts.both.possible, groups: comparison.both, empty: 'No organization is in both on this date.' },
    { key: 'onlyB', title: `Only in ${b.name}`, count: counts.onlyB.possible, groups: comparison.onlyB, empty: `Every member of ${b.name} is also in ${a.name}.` },
  ]
  return (
    <div className="compare-columns">
      {columns.map((column) => (
        <CompareColumn {...column} key={column.key} id={`${idPrefix}-${column.key}`} highlighted={highlight === column.key} comparison={comparison} />
      ))}
    </div>
  )
}

interface ColumnProps {
  readonly id: string
  readonly title: string
  readonly count: number
  readonly groups: readonly SectorGroup[]
  readonly empty: string
  readonly highlighted: boolean
  readonly comparison: Comparison
}

function CompareColumn({ id, title, count, groups, empty, highlighted, comparison }: ColumnProps) {
  const [showAll, setShowAll] = useState(false)
  const headingId = `${id}-title`
  const shown = firstEntries(groups, showAll ? Number.POSITIVE_INFINITY : FIRST_SHOWN)
  return (
    <section id={id} className={`compare-column${highlighted ? ' compare-column--highlight' : ''}`} aria-labelledby={headingId} tabIndex={-1}>
      <h3 id={headingId} className="compare-column__title">
        {title}
      </h3>
      <p className="compare-column__count">{plural(count, comparison.family ? 'organization or family' : 'organization', comparison.family ? 'organizations or families' : 'organizations')}</p>
      {count === 0 ? <p className="compare-column__empty">{empty}</p> : null}
      {shown.map(({ group, entries }) => (
        <div key={group.sector.id} className="compare-group">
          <h4 className="compare-group__title">
            <span className="swatch" style={{ background: sectorColor(group.sector.index) }} aria-hidden="true" />
            {group.sector.label} <span className="compare-group__count">{group.entries.length}</span>
          </h4>
          <ul className="compare-list">
            {entries.map((entry) => (
              <EntryItem key={entry.id} entry={entry} a={comparison.a} b={comparison.b} family={comparison.family} />
            ))}
          </ul>
        </div>
      ))}
      {count > FIRST_SHOWN ? (
        <button type="button" className="button compare-column__more" onClick={() => setShowAll((value) => !value)}>
          {showAll ? `Show the first ${FIRST_SHOWN}` : `Show all ${count.toLocaleString('en')}`}
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

function EntryItem({ entry, a, b, family }: { entry: CompareEntry; a: Coalition; b: Coalition; family: boolean }) {
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  const named = family && entry.members.length > 1
  const describe = (coalition: Coalition, presences: CompareEntry['inA']) =>
    presences.length === 0 ? null : (
      <span className="compare-entry__role">
        <span className="compare-entry__coalition">{coalitionLabel(coalition)}:</span>{' '}
        {presences.map((presence) => (named ? `${presence.organization.name}, ${presenceText(presence)}` : presenceText(presence))).join('; ')}
      </span>
    )
  return (
    <li className="compare-entry">
      <button type="button" className="compare-link compare-entry__name" onClick={() => openOrganization(entry.id)}>
        {entry.organization.name}
      </button>
      {named ? <span className="compare-entry__family">Family: {entry.members.map((member) => member.name).join(', ')}</span> : null}
      {describe(a, entry.inA)}
      {describe(b, entry.inB)}
    </li>
  )
}

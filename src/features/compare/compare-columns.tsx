import { memo, useState, type ReactNode } from 'react'
import {
  regionSummaries,
  uncertainPresences,
  type CompareEntry,
  type Comparison,
  type ComparisonRegion,
  type RegionSummary,
  type SectorGroup,
} from '../../domain/compare/coalitions'
import type { Coalition } from '../../domain/dataset/types'
import { usePrinting } from '../../components/page-sections/use-printing'
import { useStages } from '../../components/use-stages'
import { sectorColor } from '../../components/sector-palette'
import { formatCount, plural, pluralRange } from '../../domain/format/counts'
import { notFoundedPhrase } from '../../domain/format/coverage'
import { uncertaintyReason } from '../../domain/format/membership'
import { columnGroups, FIRST_PER_SECTOR } from './column-view'
import { coalitionLabel, presenceText } from './compare-format'
import { OrganizationName } from './organization-name'
import { useAtlasStore } from '../../store/atlas-store'
import { selectLargeDataset } from '../../store/selectors'

export type ColumnKey = ComparisonRegion

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

function NotFounded({
  coalition,
  founded,
}: {
  coalition: Coalition
  founded: NonNullable<Comparison['notFoundedUntil']['a']>
}) {
  return (
    <>
      <bdi>{coalition.name}</bdi> was {notFoundedPhrase(founded)}.
    </>
  )
}

/**
 * In both first (the answer most readers come for, across the full width), then only in A and only
 * in B side by side: each grouped by sector, each name opening the organization's details.
 */
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
      key: 'both',
      title: 'In both',
      groups: comparison.both,
      counted: !aMissing && !bMissing,
      empty: aMissing || bMissing ? <>Nobody: {aMissing ?? bMissing}</> : 'No organization is in both on this date.',
    },
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
  const printing = usePrinting()
  // On a large dataset a new pair shows its headings and counts at once, then the names one column
  // per commit (some 370 buttons, 4,000 elements in all at 100,000 memberships): all in one commit,
  // the commit and its layout were one task of 150-220 ms. The columns are mounted anew for each pair
  // (their key), so each pair starts without them.
  const large = useAtlasStore(selectLargeDataset)
  const named = useStages(columns.length, large)
  return (
    <div className="compare-columns">
      {columns.map((column, index) => (
        <CompareColumn
          key={column.key}
          id={`${idPrefix}-${column.key}`}
          columnKey={column.key}
          title={column.title}
          groups={column.groups}
          empty={column.empty}
          counted={column.counted}
          summary={summaries[column.key]}
          highlighted={highlight === column.key}
          comparison={comparison}
          printing={printing}
          named={index < named || printing}
        />
      ))}
    </div>
  )
}

interface ColumnProps extends Omit<ColumnSpec, 'key'> {
  readonly id: string
  readonly columnKey: ColumnKey
  readonly summary: RegionSummary
  readonly highlighted: boolean
  readonly comparison: Comparison
  /** On paper every name is listed and none is a button. */
  readonly printing: boolean
  /** False while the names are still to come (a large dataset's new pair): headings and counts only. */
  readonly named: boolean
}

function CompareColumn({
  id,
  columnKey,
  title,
  groups,
  empty,
  counted,
  summary,
  highlighted,
  comparison,
  printing,
  named,
}: ColumnProps) {
  // Sectors shown in full; the same sector can be opened in one column and cut in another.
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set())
  const headingId = `${id}-title`
  const views = named ? columnGroups(groups, expanded, printing) : []
  const { listed, elsewhere, range } = summary
  const family = comparison.family
  const unit: [string, string] = family
    ? ['organization or family', 'organizations or families']
    : ['organization', 'organizations']
  const toggle = (sectorId: string) =>
    setExpanded((previous) => {
      const next = new Set(previous)
      if (!next.delete(sectorId)) next.add(sectorId)
      return next
    })
  return (
    <section
      id={id}
      className={`compare-column compare-column--${columnKey}${highlighted ? ' compare-column--highlight' : ''}`}
      aria-labelledby={headingId}
      tabIndex={-1}
    >
      <h3 id={headingId} className="compare-column__title">
        {title}
      </h3>
      {counted ? <p className="compare-column__count">{pluralRange(range, ...unit)}</p> : null}
      {elsewhere > 0 ? (
        <p className="compare-column__elsewhere">
          {listed === 0 ? 'None for certain; up to ' : 'Up to '}
          {plural(
            elsewhere,
            listed === 0 ? 'organization' : 'more organization',
            listed === 0 ? 'organizations' : 'more organizations',
          )}{' '}
          may belong here: listed under “In both”, marked uncertain.
        </p>
      ) : null}
      {listed === 0 && elsewhere === 0 ? <p className="compare-column__empty">{empty}</p> : null}
      {!named && groups.length > 0 ? <p className="compare-column__pending">Listing the names…</p> : null}
      {views.length > 0 ? (
        <div className="compare-column__groups">
          {views.map(({ group, entries, hidden }) => (
            <div key={group.sector.id} className="compare-group">
              <h4 id={`${id}-${group.sector.id}`} className="compare-group__title">
                <span className="swatch" style={{ background: sectorColor(group.sector.index) }} aria-hidden="true" />
                <bdi>{group.sector.label}</bdi>{' '}
                <span className="compare-group__count">{formatCount(group.entries.length)}</span>
              </h4>
              <ul className="compare-list" aria-labelledby={`${id}-${group.sector.id}`}>
                {entries.map((entry) => (
                  <EntryItem key={entry.id} entry={entry} comparison={comparison} printing={printing} />
                ))}
              </ul>
              {!printing && (hidden > 0 || expanded.has(group.sector.id)) ? (
                <SectorToggle
                  group={group}
                  expanded={hidden === 0}
                  column={title}
                  onToggle={() => toggle(group.sector.id)}
                />
              ) : null}
            </div>
          ))}
        </div>
      ) : null}
    </section>
  )
}

/** "Show all 44" (in Research & academia, Only in AI Alliance, for a screen reader), then "Show the first 12". */
function SectorToggle({
  group,
  expanded,
  column,
  onToggle,
}: {
  group: SectorGroup
  expanded: boolean
  column: ReactNode
  onToggle: () => void
}) {
  return (
    <button type="button" className="compare-link compare-group__more" onClick={onToggle}>
      {expanded ? `Show the first ${FIRST_PER_SECTOR}` : `Show all ${formatCount(group.entries.length)}`}
      <span className="visually-hidden">
        {' '}
        in <bdi>{group.sector.label}</bdi> ({column})
      </span>
    </button>
  )
}

// Memoized: a column's names are not drawn again when the next column's are added, or a sector opens.
const EntryItem = memo(function EntryItem({
  entry,
  comparison,
  printing,
}: {
  entry: CompareEntry
  comparison: Comparison
  printing: boolean
}) {
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
        <OrganizationName
          id={entry.id}
          name={entry.organization.name}
          className="compare-entry__name"
          asText={printing}
        />
        {doubts.length > 0 && printing ? (
          // On paper the mark is a word; the entry's dates say what is open.
          <span className="compare-tag compare-tag--uncertain">uncertain</span>
        ) : doubts.length > 0 ? (
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
})

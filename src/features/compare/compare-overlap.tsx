import { useId, useMemo, useState, type ReactNode } from 'react'
import { activateOnKeys } from '../../components/activate-keys'
import { maxOf } from '../../domain/charts/axis'
import { ChartFigure } from '../../components/chart-figure'
import { usePrinting } from '../../components/page-sections/use-printing'
import {
  combineUnits,
  overlapUnits,
  sortCombinations,
  type Combination,
  type CombinationSort,
  type OverlapUnits,
} from '../../domain/compare/overlap'
import { exportFooter } from '../../domain/export/export-footer'
import type { Coalition, Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import { selectFamily, selectSets } from '../../store/selectors'
import { formatCount, plural } from '../../domain/format/counts'
import { coalitionLabel, fileBase } from './compare-format'
import { dotsPath, emptyColumns } from './dots-path'
import { OrganizationName } from './organization-name'
import { useElementWidth } from '../../components/use-element-width'
import { perDataset } from '../../domain/dataset/per-dataset'
import { currentAddress } from '../../store/address-write'

const unitsOf = perDataset((dataset: Dataset, sets: readonly string[], day: number, family: boolean) =>
  overlapUnits(dataset, sets, day, { family }),
)
const overlapOf = perDataset((dataset: Dataset, units: OverlapUnits) => combineUnits(dataset, units))

interface Props {
  readonly dataset: Dataset
  readonly day: number
  readonly asOf: string
  readonly dateText: string
  /** Shown alone in another site's frame: the coalitions are the address's, not chosen here. */
  readonly embedded?: boolean
  /** More buttons beside the downloads (the matrix's "Embed"). */
  readonly actions?: ReactNode
}

/** Rows drawn before "Show all": beyond this the matrix is a wall, and the CSV has every row. */
const FIRST_SHOWN = 40

/**
 * UpSet-style matrix: every combination of the chosen coalitions that someone belongs to exactly.
 * Each organization's coalitions are read here, and grouped into combinations by the matrix in a
 * render of its own: in one they were one task of 200 ms at 260,000 memberships.
 */
export function CompareOverlap(props: Props) {
  const { dataset, day } = props
  const sets = useAtlasStore(selectSets)
  const family = useAtlasStore(selectFamily)
  const units = useMemo(() => unitsOf(dataset, sets, day, family), [dataset, sets, day, family])
  return <OverlapView {...props} units={units} />
}

function OverlapView({
  dataset,
  asOf,
  dateText,
  embedded = false,
  actions,
  units,
}: Props & { readonly units: OverlapUnits }) {
  const sets = useAtlasStore(selectSets)
  const family = useAtlasStore(selectFamily)
  const chooseOverlapSets = useAtlasStore((state) => state.chooseOverlapSets)
  const printing = usePrinting()
  const [sort, setSort] = useState<CombinationSort>('size')
  const [selectedKey, setSelectedKey] = useState<string | null>(null)
  const [showAll, setShowAll] = useState(false)
  const [ref, width] = useElementWidth<HTMLDivElement>()
  const membersTitleId = useId()
  const sortName = useId()

  const overlap = useMemo(() => overlapOf(dataset, units), [dataset, units])
  // Combinations come largest first, the default order: sorted again only for another.
  const sorted = useMemo(
    () => (sort === 'size' ? overlap.combinations : sortCombinations(overlap.combinations, sort)),
    [overlap, sort],
  )
  const coalitions = useMemo(
    () =>
      overlap.coalitionIds
        .map((id) => dataset.coalitionById.get(id))
        .filter((coalition): coalition is Coalition => coalition !== undefined),
    [overlap, dataset],
  )
  const chosen = new Set(overlap.coalitionIds)
  const shown = showAll ? sorted : sorted.slice(0, FIRST_SHOWN)
  const selected = sorted.find((combination) => combination.key === selectedKey) ?? null
  const anyUncertain = sorted.some((combination) => combination.uncertainIds.size > 0)
  const nameOf = (combination: Combination) =>
    combination.coalitionIds.map((id) => dataset.coalitionById.get(id)?.name ?? id).join(' + ')

  const toggle = (id: string, checked: boolean) => {
    const next = dataset.coalitions
      .map((coalition) => coalition.id)
      .filter((other) => (other === id ? checked : chosen.has(other)))
    chooseOverlapSets(next)
  }

  const unit = family ? 'organizations (families counted once)' : 'organizations'
  const totalText =
    overlap.total === 1
      ? `1 ${family ? 'organization (families counted once)' : 'organization'} has at least one membership among these coalitions`
      : `${formatCount(overlap.total)} ${unit} have at least one membership among these coalitions`

  return (
    <>
      <ChartFigure
        className="compare-overlap"
        title="Overlap across coalitions"
        subtitle={`As of ${dateText}. ${totalText}, certain or possible; each is counted once, in the combination of exactly the coalitions it may belong to.${
          anyUncertain
            ? ' Members whose place in a combination is not certain on this date are counted in its size and marked: “12 (2 uncertain)”, with the uncertain part of the bar dashed.'
            : ''
        }`}
        fileBase={fileBase(['coalition-atlas', 'overlap', asOf])}
        footer={() => exportFooter(dataset, currentAddress())}
        csv={() => ({
          header: [
            'combination',
            'number of coalitions',
            ...coalitions.map((coalition) => coalition.name),
            'organizations',
            'uncertain',
            'members',
          ],
          rows: sorted.map((combination) => [
            nameOf(combination),
            combination.degree,
            ...coalitions.map((coalition) => (combination.coalitionIds.includes(coalition.id) ? 'yes' : 'no')),
            combination.size,
            combination.uncertainIds.size,
            combination.members
              .map((member) => (combination.uncertainIds.has(member.id) ? `${member.name} (uncertain)` : member.name))
              .join(' | '),
          ]),
        })}
        empty={overlap.total === 0 ? `None of these coalitions has members on ${dateText}.` : null}
        actions={actions}
        controls={
          <>
            {embedded ? null : (
              <fieldset className="compare-fieldset">
                <legend>Coalitions in the matrix</legend>
                <div className="compare-fieldset__options">
                  {dataset.coalitions.map((coalition) => {
                    const isChosen = chosen.has(coalition.id)
                    return (
                      <label key={coalition.id} className="compare-check">
                        <input
                          type="checkbox"
                          checked={isChosen}
                          // The matrix needs at least one coalition: the last one stays.
                          disabled={isChosen && chosen.size === 1}
                          onChange={(event) => toggle(coalition.id, event.target.checked)}
                        />
                        <bdi>{coalition.name}</bdi>
                      </label>
                    )
                  })}
                </div>
                {sets.length > 0 ? (
                  <button type="button" className="button compare-fieldset__all" onClick={() => chooseOverlapSets([])}>
                    Use all coalitions
                  </button>
                ) : null}
              </fieldset>
            )}
            <fieldset className="compare-fieldset">
              <legend>Sort combinations by</legend>
              <div className="compare-fieldset__options">
                <label className="compare-check">
                  <input type="radio" name={sortName} checked={sort === 'size'} onChange={() => setSort('size')} />
                  Size
                </label>
                <label className="compare-check">
                  <input type="radio" name={sortName} checked={sort === 'degree'} onChange={() => setSort('degree')} />
                  Number of coalitions
                </label>
              </div>
            </fieldset>
          </>
        }
        summary={
          <>
            <p className="compare-overlap__hint">
              Each row is one combination: a filled dot means “in this coalition”. Choose a row to list its members
              {sorted.length > shown.length
                ? `; the ${FIRST_SHOWN} largest of ${formatCount(sorted.length)} combinations are drawn, the CSV has them all`
                : ''}
              .
            </p>
            {sorted.length > FIRST_SHOWN ? (
              <button type="button" className="button" onClick={() => setShowAll((value) => !value)}>
                {showAll
                  ? `Show the first ${FIRST_SHOWN} combinations`
                  : `Show all ${formatCount(sorted.length)} combinations`}
              </button>
            ) : null}
          </>
        }
      >
        <div ref={ref} className="overlap">
          {width > 0 ? (
            <OverlapMatrix
              coalitions={coalitions}
              combinations={shown}
              width={width}
              selectedKey={selected?.key ?? null}
              nameOf={nameOf}
              onSelect={(key) => setSelectedKey((current) => (current === key ? null : key))}
            />
          ) : null}
        </div>
      </ChartFigure>
      {selected ? (
        <section className="compare-members" aria-labelledby={membersTitleId}>
          <h4 id={membersTitleId}>Members of {nameOf(selected)}</h4>
          <p className="compare-column__count">
            {plural(selected.size, 'organization', 'organizations')} in exactly{' '}
            {selected.degree === 1 ? 'this coalition' : `these ${selected.degree} coalitions`} among those chosen
            {selected.uncertainIds.size > 0
              ? `; ${formatCount(selected.uncertainIds.size)} of them, marked “uncertain”, only possibly so on this date`
              : ''}
          </p>
          <ul className="compare-members__list">
            {selected.members.map((member) => (
              <li key={member.id}>
                <OrganizationName id={member.id} name={member.name} asText={printing} />
                {selected.uncertainIds.has(member.id) ? (
                  <>
                    {' '}
                    <span className="compare-tag compare-tag--uncertain">uncertain</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  )
}

/** "12", or "12 (2 uncertain)" when some members are only possibly in exactly these coalitions. */
function sizeLabel(combination: Combination): string {
  const uncertain = combination.uncertainIds.size
  return uncertain === 0
    ? formatCount(combination.size)
    : `${formatCount(combination.size)} (${formatCount(uncertain)} uncertain)`
}

const COLUMN = 28
const ROW = 28
const LABEL_CHARS = 22

interface MatrixProps {
  readonly coalitions: readonly Coalition[]
  readonly combinations: readonly Combination[]
  readonly width: number
  readonly selectedKey: string | null
  readonly nameOf: (combination: Combination) => string
  readonly onSelect: (key: string) => void
}

function OverlapMatrix({ coalitions, combinations, width, selectedKey, nameOf, onSelect }: MatrixProps) {
  const labels = coalitions.map((coalition) => {
    const label = coalitionLabel(coalition)
    return label.length > LABEL_CHARS ? `${label.slice(0, LABEL_CHARS - 1)}…` : label
  })
  const longest = maxOf(labels, (label) => label.length, 4)
  // Labels lean at 60°: their height is what the header needs, their lean spills right over the bars.
  const header = Math.ceil(longest * 7.4 * Math.sin(Math.PI / 3)) + 24
  const column = width < 480 ? 22 : COLUMN
  const matrixLeft = 8
  const barLeft = matrixLeft + coalitions.length * column + 14
  // The size labels sit right of the bars: room for the longest, "12 (2 uncertain)" included.
  let maxSize = 1
  let labelChars = 4
  for (const combination of combinations) {
    maxSize = Math.max(maxSize, combination.size)
    labelChars = Math.max(labelChars, sizeLabel(combination).length)
  }
  const labelRoom = 12 + labelChars * 7
  const svgWidth = Math.max(width, barLeft + 72 + labelRoom)
  const barSpace = svgWidth - barLeft - labelRoom
  const height = header + combinations.length * ROW + 8
  const positionOf = new Map(coalitions.map((coalition, index) => [coalition.id, index]))
  const columnX = (index: number) => matrixLeft + index * column + column / 2
  const dot = column < COLUMN ? 5.5 : 6.5

  return (
    <svg
      className="overlap__svg"
      width={svgWidth}
      height={height}
      viewBox={`0 0 ${svgWidth} ${height}`}
      role="group"
      aria-label="Combinations; each row is a button"
    >
      <g aria-hidden="true">
        {coalitions.map((coalition, index) => (
          <g key={coalition.id}>
            {index % 2 === 0 ? (
              <rect
                className="overlap__stripe"
                x={matrixLeft + index * column}
                y={header - 4}
                width={column}
                height={height - header}
              />
            ) : null}
            <text className="overlap__label" transform={`translate(${columnX(index) + 4} ${header - 10}) rotate(-60)`}>
              {labels[index]}
            </text>
          </g>
        ))}
        <text className="overlap__axis-label" x={barLeft} y={header - 10}>
          Organizations
        </text>
      </g>
      {combinations.map((combination, row) => {
        const y = header + row * ROW
        const middle = y + ROW / 2
        const positions = combination.coalitionIds.map((id) => positionOf.get(id) ?? 0)
        const first = Math.min(...positions)
        const last = Math.max(...positions)
        const barWidth = Math.max(2, (combination.size / maxSize) * barSpace)
        const uncertain = combination.uncertainIds.size
        // The uncertain members take the bar's end, drawn dashed: the solid part is certain.
        const uncertainWidth = uncertain === 0 ? 0 : Math.max(4, (uncertain / maxSize) * barSpace)
        const sizeText = sizeLabel(combination)
        const selected = combination.key === selectedKey
        return (
          <g
            key={combination.key}
            className={`overlap__row${selected ? ' overlap__row--selected' : ''}`}
            role="button"
            tabIndex={0}
            aria-pressed={selected}
            aria-label={`${nameOf(combination)}: ${plural(combination.size, 'organization', 'organizations')}${uncertain === 0 ? '' : `, ${formatCount(uncertain)} uncertain`}`}
            onClick={() => onSelect(combination.key)}
            onKeyDown={activateOnKeys<SVGGElement>(() => onSelect(combination.key))}
          >
            <rect className="overlap__row-bg" x={2} y={y + 1} width={svgWidth - 4} height={ROW - 2} rx={4} />
            {last > first ? (
              <line className="overlap__link" x1={columnX(first)} y1={middle} x2={columnX(last)} y2={middle} />
            ) : null}
            <path
              className="overlap__dot"
              d={dotsPath(emptyColumns(coalitions.length, positions).map(columnX), middle, dot)}
            />
            {positions.map((index) => (
              <circle key={index} className="overlap__dot overlap__dot--on" cx={columnX(index)} cy={middle} r={dot} />
            ))}
            {barWidth - uncertainWidth > 0 ? (
              <rect
                className="overlap__bar"
                x={barLeft}
                y={y + 6}
                width={barWidth - uncertainWidth}
                height={ROW - 12}
                rx={2}
              />
            ) : null}
            {uncertainWidth > 0 ? (
              <rect
                className="overlap__bar overlap__bar--uncertain"
                x={barLeft + barWidth - uncertainWidth + 1}
                y={y + 7}
                width={uncertainWidth - 2}
                height={ROW - 14}
                rx={2}
              />
            ) : null}
            <text className="overlap__size" x={barLeft + barWidth + 6} y={middle} dominantBaseline="central">
              {sizeText}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

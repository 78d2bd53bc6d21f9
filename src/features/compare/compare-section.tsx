import { useId, useMemo, useState } from 'react'
import { CiteButton } from '../../components/cite/cite-button'
import { SectionHead } from '../../components/page-sections/section-head'
import { sectionTitleId } from '../../components/page-sections/sections'
import { findAbsentees } from '../../domain/compare/absentees'
import { compareCoalitions } from '../../domain/compare/coalitions'
import { comparisonNotes } from '../../domain/compare/notes'
import { formatIsoDay } from '../../domain/format/dates'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import { currentCitation } from '../../store/citation'
import { selectAsOf, selectAsOfDay, selectCitable, selectCoalitionA, selectCoalitionB, selectDataset, selectFamily } from '../../store/selectors'
import { CompareAbsentees } from './compare-absentees'
import { CompareColumns, type ColumnKey } from './compare-columns'
import { CompareControls } from './compare-controls'
import { CompareHeadline } from './compare-headline'
import { CompareOverlap } from './compare-overlap'
import { CompareSectorChart } from './compare-sector-chart'
import { CompareVenn } from './compare-venn'
import './compare.css'

/**
 * Two coalitions side by side, the notable absentees, and the overlap across many (issue 5). The
 * answer comes first: the headline figures and who is in both, then who is only in one.
 */
export default function CompareSection() {
  const dataset = useAtlasStore(selectDataset)
  const chosenA = useAtlasStore(selectCoalitionA)
  const chosenB = useAtlasStore(selectCoalitionB)
  const citable = useAtlasStore(selectCitable)
  if (!dataset) return null
  const pair = comparedPair(dataset, chosenA, chosenB)
  const cite = () => {
    const [a, b] = [pair.aId, pair.bId].map((id) => dataset.coalitionById.get(id)?.name ?? id) as [string, string]
    return currentCitation({ view: { kind: 'compare', a, b }, anchor: 'compare', pins: { a: pair.aId, b: pair.bId } })
  }
  const comparable = dataset.coalitions.length >= 2
  return (
    <section className="section compare" id="compare" aria-labelledby={sectionTitleId('compare')}>
      <SectionHead section="compare" actions={comparable ? <CiteButton what="the comparison" cite={citable ? cite : null} /> : null}>
        Compare two coalitions
      </SectionHead>
      {comparable ? <Comparison dataset={dataset} pair={pair} /> : <SingleCoalition dataset={dataset} />}
    </section>
  )
}

interface ComparedPair {
  readonly aId: string
  readonly bId: string
  /** The link named one coalition for both sides. */
  readonly sameTwice: boolean
}

/** The two coalitions compared: the chosen ones, or the dataset's first ones. */
function comparedPair(dataset: Dataset, chosenA: string | null, chosenB: string | null): ComparedPair {
  const aId = chosenA ?? dataset.coalitions[0]?.id ?? ''
  // A link may name the same coalition twice; a coalition compared with itself says nothing, so B moves on.
  const sameTwice = chosenB === aId
  const bId = chosenB !== null && !sameTwice ? chosenB : (dataset.coalitions.find((coalition) => coalition.id !== aId)?.id ?? '')
  return { aId, bId, sameTwice }
}

function SingleCoalition({ dataset }: { dataset: Dataset }) {
  const only = dataset.coalitions[0]
  return (
    <p className="compare-message">
      {only
        ? `This dataset has only one coalition (${only.name}), so there is nothing to compare it with. Load a dataset with two or more coalitions to see who they share.`
        : 'This dataset has no coalitions, so there is nothing to compare. Load a dataset with two or more coalitions to see who they share.'}
    </p>
  )
}

function focusAsOf() {
  const input = document.getElementById('as-of')
  input?.scrollIntoView({ block: 'nearest' })
  input?.focus()
}

function Comparison({ dataset, pair }: { dataset: Dataset; pair: ComparedPair }) {
  const day = useAtlasStore(selectAsOfDay)
  const asOf = useAtlasStore(selectAsOf)
  const family = useAtlasStore(selectFamily)
  const [highlight, setHighlight] = useState<ColumnKey | null>(null)
  const columnsId = useId()
  const { aId, bId, sameTwice } = pair

  const comparison = useMemo(() => compareCoalitions(dataset, aId, bId, day, { family }), [dataset, aId, bId, day, family])
  const absentees = useMemo(() => findAbsentees(dataset, aId, bId, day, { family }), [dataset, aId, bId, day, family])
  const notes = useMemo(() => comparisonNotes(dataset, comparison), [dataset, comparison])
  const dateText = formatIsoDay(asOf)

  const selectRegion = (key: ColumnKey) => {
    setHighlight(key)
    const column = document.getElementById(`${columnsId}-${key}`)
    column?.scrollIntoView({ block: 'start' })
    column?.focus({ preventScroll: true })
  }

  return (
    <>
      <p className="section__lede">
        Who is in both, in only one, or in neither, as of {dateText}.{' '}
        <button type="button" className="compare-link" onClick={focusAsOf}>
          Change date
        </button>
      </p>
      <CompareControls dataset={dataset} aId={aId} bId={bId} comparison={comparison} asOf={asOf} />
      {sameTwice ? (
        <p className="compare-note" role="status">
          The link asked to compare {comparison.a.name} with itself, so {comparison.b.name} is shown as Coalition B.
        </p>
      ) : null}
      {/* The answer first: the figures and who is in both, then each side alone, then the pictures. */}
      <CompareHeadline comparison={comparison} notes={notes} />
      <CompareColumns key={`${aId} ${bId}`} idPrefix={columnsId} comparison={comparison} highlight={highlight} />
      <CompareVenn dataset={dataset} comparison={comparison} asOf={asOf} dateText={dateText} highlight={highlight} onSelect={selectRegion} />
      <CompareAbsentees comparison={comparison} absentees={absentees} />
      <CompareSectorChart dataset={dataset} comparison={comparison} asOf={asOf} dateText={dateText} />
      <CompareOverlap dataset={dataset} day={day} asOf={asOf} dateText={dateText} />
    </>
  )
}

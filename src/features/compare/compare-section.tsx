import { memo, useCallback, useDeferredValue, useId, useMemo, useState } from 'react'
import { CiteButton } from '../../components/cite/cite-button'
import { EmbedButton } from '../../components/embed/embed-button'
import { SectionHead } from '../../components/page-sections/section-head'
import { sectionTitleId } from '../../components/page-sections/sections'
import { compareCoalitions } from '../../domain/compare/coalitions'
import { comparisonNotes } from '../../domain/compare/notes'
import { formatIsoDay } from '../../domain/format/dates'
import { embedViewName } from '../../domain/format/embed'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import type { CiteRequest } from '../../store/citation'
import { perDataset } from '../../domain/dataset/per-dataset'
import {
  selectAsOf,
  selectAsOfDay,
  selectCitable,
  selectCoalitionA,
  selectCoalitionB,
  selectDataset,
  selectFamily,
} from '../../store/selectors'
import { CompareAbsentees as Absentees } from './compare-absentees'
import { CompareColumns as Columns, type ColumnKey } from './compare-columns'
import { CompareControls } from './compare-controls'
import { CompareHeadline } from './compare-headline'
import { CompareOverlap as Overlap } from './compare-overlap'
import { CompareSectorChart as SectorChart } from './compare-sector-chart'
import { CompareVenn as Venn } from './compare-venn'
import './compare.css'

const comparisonOf = perDataset((dataset: Dataset, aId: string, bId: string, day: number, family: boolean) =>
  compareCoalitions(dataset, aId, bId, day, { family }),
)

// Drawn again only when what they show changes: not while the answer above them updates.
const CompareAbsentees = memo(Absentees)
// Not drawn again when only the sections after it (the deferred comparison) change: 370 names and more.
const CompareColumns = memo(Columns)
const CompareOverlap = memo(Overlap)
const CompareSectorChart = memo(SectorChart)
const CompareVenn = memo(Venn)

/**
 * Two coalitions side by side, the notable absentees, and the overlap across many. The
 * answer comes first: the headline figures and who is in both, then who is only in one.
 * `only`: one part alone, as an embedded view shows it: the comparison (figures, lists and Venn
 * diagram) or the overlap matrix, without the controls that change the view.
 */
export default function CompareSection({ only }: { only?: 'compare' | 'overlap' }) {
  const dataset = useAtlasStore(selectDataset)
  if (!dataset) return null
  if (only === 'overlap') return <OverlapAlone dataset={dataset} />
  if (only === 'compare')
    return dataset.coalitions.length < 2 ? (
      <SingleCoalition dataset={dataset} />
    ) : (
      <Comparison dataset={dataset} embedded />
    )
  return (
    <section className="section compare" id="compare" aria-labelledby={sectionTitleId('compare')}>
      <SectionHead
        section="compare"
        actions={dataset.coalitions.length >= 2 ? <CompareCite dataset={dataset} /> : null}
      >
        Compare two coalitions
      </SectionHead>
      {dataset.coalitions.length < 2 ? <SingleCoalition dataset={dataset} /> : <Comparison dataset={dataset} />}
    </section>
  )
}

/** "Cite" for the comparison as it stands: the two coalitions shown, pinned in the cited link. */
function CompareCite({ dataset }: { dataset: Dataset }) {
  const citable = useAtlasStore(selectCitable)
  const aId = useAtlasStore(selectCoalitionA)
  const bId = useAtlasStore(selectCoalitionB)
  if (!citable || aId === null || bId === null) return <CiteButton what="the comparison" cite={null} />
  const name = (id: string) => dataset.coalitionById.get(id)?.name ?? id
  const cite: CiteRequest = {
    view: { kind: 'compare', a: name(aId), b: name(bId) },
    anchor: 'compare',
    pins: { a: aId, b: bId },
  }
  return <CiteButton what="the comparison" cite={cite} />
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

function OverlapAlone({ dataset }: { dataset: Dataset }) {
  const day = useAtlasStore(selectAsOfDay)
  const asOf = useAtlasStore(selectAsOf)
  return <CompareOverlap dataset={dataset} day={day} asOf={asOf} dateText={formatIsoDay(asOf)} embedded />
}

/** Made once, so the memoized overlap matrix is not drawn again for a new but equal button. */
const overlapEmbed = embedButton('overlap')

/** "Embed" for a part of this section. */
function embedButton(view: 'compare' | 'overlap') {
  return <EmbedButton name={embedViewName(view)} target={{ view }} />
}

function focusAsOf() {
  const input = document.getElementById('as-of')
  input?.scrollIntoView({ block: 'nearest' })
  input?.focus()
}

function Comparison({ dataset, embedded = false }: { dataset: Dataset; embedded?: boolean }) {
  const chosenA = useAtlasStore(selectCoalitionA)
  const chosenB = useAtlasStore(selectCoalitionB)
  const day = useAtlasStore(selectAsOfDay)
  const asOf = useAtlasStore(selectAsOf)
  const family = useAtlasStore(selectFamily)
  const [highlight, setHighlight] = useState<ColumnKey | null>(null)
  const columnsId = useId()

  const aId = chosenA ?? dataset.coalitions[0]?.id ?? ''
  // A link may name the same coalition twice; a coalition compared with itself says nothing, so B moves on.
  const sameTwice = chosenB === aId
  const bId =
    chosenB !== null && !sameTwice ? chosenB : (dataset.coalitions.find((coalition) => coalition.id !== aId)?.id ?? '')

  const comparison = useMemo(() => comparisonOf(dataset, aId, bId, day, family), [dataset, aId, bId, day, family])
  const notes = useMemo(() => comparisonNotes(dataset, comparison), [dataset, comparison])
  // The answer first: the figures and the columns show a new pair at once; the pictures and the
  // absentees follow in a second render, which React may interrupt. At 100,000 memberships the
  // absentees alone are a pass over every membership and a ranking of every organization, and in
  // one render with the rest they held the page for over 200 ms.
  const later = useDeferredValue(comparison)
  const dateText = formatIsoDay(asOf)

  const selectRegion = useCallback(
    (key: ColumnKey) => {
      setHighlight(key)
      const column = document.getElementById(`${columnsId}-${key}`)
      column?.scrollIntoView({ block: 'start' })
      column?.focus({ preventScroll: true })
    },
    [columnsId],
  )

  const venn = (
    <CompareVenn
      dataset={dataset}
      comparison={later}
      asOf={asOf}
      dateText={dateText}
      highlight={highlight}
      onSelect={selectRegion}
    />
  )

  return (
    <>
      {embedded ? (
        <p className="section__lede">
          Who is in both <bdi>{comparison.a.name}</bdi> and <bdi>{comparison.b.name}</bdi>, in only one, or in neither,
          as of {dateText}.
        </p>
      ) : (
        <>
          <p className="section__lede">
            Who is in both, in only one, or in neither, as of {dateText}.{' '}
            <button type="button" className="compare-link" onClick={focusAsOf}>
              Change date
            </button>
          </p>
          <CompareControls
            dataset={dataset}
            aId={aId}
            bId={bId}
            comparison={comparison}
            asOf={asOf}
            actions={embedButton('compare')}
          />
        </>
      )}
      {sameTwice ? (
        <p className="compare-note" role="status">
          The link asked to compare {comparison.a.name} with itself, so {comparison.b.name} is shown as Coalition B.
        </p>
      ) : null}
      {/* The answer first: the figures and who is in both, then each side alone, then the pictures.
          Embedded, the comparison is its figures, its Venn diagram and its three lists: the picture
          comes before lists that can run to thousands of pixels in a host's page. */}
      <CompareHeadline comparison={comparison} notes={notes} />
      {embedded ? venn : null}
      <CompareColumns key={`${aId} ${bId}`} idPrefix={columnsId} comparison={comparison} highlight={highlight} />
      {embedded ? null : (
        <>
          {/* Until the second render has caught up they show the pair before: said (aria-busy), and
              dimmed should it take long enough to be seen (compare.css). */}
          <div className="compare-later" aria-busy={later !== comparison || undefined}>
            {venn}
            <CompareAbsentees dataset={dataset} comparison={later} />
            <CompareSectorChart dataset={dataset} comparison={later} asOf={asOf} dateText={dateText} />
          </div>
          <CompareOverlap dataset={dataset} day={day} asOf={asOf} dateText={dateText} actions={overlapEmbed} />
        </>
      )}
    </>
  )
}

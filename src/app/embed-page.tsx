import { lazy, Suspense, useEffect, useMemo, type ReactNode } from 'react'
import { PanelErrorBoundary } from '../components/error-boundary'
import type { EmbedView } from '../domain/embed/embed'
import type { Dataset } from '../domain/dataset/types'
import { creditLine, exportFooter } from '../domain/export/export-footer'
import { embedDocumentTitle, embedHeading } from '../domain/format/embed'
import { MembersSection } from '../features/members-table/members-section'
import { CoalitionCards } from '../features/overview/coalition-cards'
import { useAtlasStore } from '../store/atlas-store'
import { fullViewUrl } from '../store/embed-link'
import {
  selectCoalitionA,
  selectCoalitionB,
  selectDataset,
  selectEmbedId,
  selectLoadStatus,
  selectView,
} from '../store/selectors'
import { AddressNotice } from './address-notice'
import { startResizeMessages } from './embed-resize'
import { LoadAlert } from './load-alert'
import { DatasetErrorState, LoadingState } from './load-states'
import { currentAddress } from '../store/address-write'
import './embed-page.css'

const ChartsSection = lazy(() => import('../features/charts/charts-section'))
// Loaded when asked for, as on the whole page: a static import here would pull it into the first visit's bundle.
const OrganizationDetails = lazy(() =>
  import('../features/organization-details/organization-details').then((module) => ({
    default: module.OrganizationDetails,
  })),
)
const CompareSection = lazy(() => import('../features/compare/compare-section'))

/**
 * One view alone, for another site to frame (`?embed=<view>`): no header, toolbar or sections
 * navigation, only the view and a credit line with a link to the whole page. It tells the page
 * framing it how tall it is (embed-resize.ts).
 */
export function EmbedPage({ embed }: { embed: EmbedView }) {
  const dataset = useAtlasStore(selectDataset)
  const status = useAtlasStore(selectLoadStatus)
  const id = useAtlasStore(selectEmbedId)
  const subject = useSubject(dataset, embed, id)

  useEffect(() => startResizeMessages(window), [])
  useEffect(() => {
    document.title = embedDocumentTitle(embed, subject)
  }, [embed, subject])

  return (
    <>
      <main id="main" className="embed-page">
        {dataset ? (
          <h1 className="visually-hidden">
            <bdi>{dataset.title}</bdi>: {embedHeading(embed, subject)}
          </h1>
        ) : null}
        <AddressNotice />
        {dataset === null && status === 'loading' ? <LoadingState /> : null}
        {dataset === null && status === 'error' ? <DatasetErrorState /> : null}
        {dataset !== null ? (
          <>
            <LoadAlert />
            <PanelErrorBoundary name={embedHeading(embed, subject)}>
              <Suspense
                fallback={
                  <p className="section-loading" role="status">
                    Loading…
                  </p>
                }
              >
                <EmbeddedView embed={embed} id={id} />
              </Suspense>
            </PanelErrorBoundary>
            {/* Names in the table and the comparison open an organization's details. */}
            <PanelErrorBoundary name="Organization details">
              <Suspense fallback={null}>
                <OrganizationDetails />
              </Suspense>
            </PanelErrorBoundary>
          </>
        ) : null}
      </main>
      {dataset ? <EmbedCredit dataset={dataset} /> : null}
    </>
  )
}

function EmbeddedView({ embed, id }: { embed: EmbedView; id: string | null }): ReactNode {
  switch (embed) {
    case 'sectors':
    case 'countries':
    case 'timeline':
      return <ChartsSection only={embed} />
    case 'compare':
    case 'overlap':
      return <CompareSection only={embed} />
    case 'members':
      return <MembersSection embedded />
    case 'card':
      return <CoalitionCards only={id ?? ''} />
  }
}

/** The coalitions the view is about, by name, for its headings. */
function useSubject(dataset: Dataset | null, embed: EmbedView, id: string | null) {
  const a = useAtlasStore(selectCoalitionA)
  const b = useAtlasStore(selectCoalitionB)
  return useMemo(() => {
    const name = (coalitionId: string | null) =>
      coalitionId === null ? undefined : dataset?.coalitionById.get(coalitionId)?.name
    const nameA = name(a)
    const nameB = name(b)
    return {
      coalitionName: embed === 'card' ? name(id) : undefined,
      pair: embed === 'compare' && nameA && nameB && a !== b ? ([nameA, nameB] as const) : undefined,
    }
  }, [dataset, embed, id, a, b])
}

/** The dataset's credit line (as on exported figures) and the way to the whole view, in a new tab. */
function EmbedCredit({ dataset }: { dataset: Dataset }) {
  const view = useAtlasStore(selectView)
  const credit = useMemo(() => creditLine(exportFooter(dataset, '')), [dataset])
  return (
    <footer className="embed-credit">
      <p className="embed-credit__line">
        <bdi>{credit}</bdi>
      </p>
      <a className="embed-credit__link" href={fullViewUrl(currentAddress(), view)} target="_blank" rel="noopener">
        Open in Coalition Atlas<span aria-hidden="true"> ↗</span>
        <span className="visually-hidden"> (opens in a new tab)</span>
      </a>
    </footer>
  )
}

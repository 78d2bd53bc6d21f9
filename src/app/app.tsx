import { lazy, Suspense, useState } from 'react'
import { AfterFirstPaint } from '../components/after-first-paint'
import { PanelErrorBoundary } from '../components/error-boundary'
import { printOnlyModule } from '../components/page-sections/print-only'
import { usePrinting } from '../components/page-sections/use-printing'
import { MembersSection } from '../features/members-table/members-section'
import { CoalitionCards } from '../features/overview/coalition-cards'
import { SpreadsheetDialogs } from '../features/spreadsheet-import/spreadsheet-dialogs'
import { useAtlasStore } from '../store/atlas-store'
import { selectDataset, selectEmbed, selectLoadStatus, selectOpenOrganization } from '../store/selectors'
import { AddressNotice } from './address-notice'
import { AsOfControl } from './as-of-control'
import { CitedLinkNotice } from './cited-link-notice'
import { DropZone } from './drop-zone'
import { EmbedPage } from './embed-page'
import { KeptDatasetBanner } from './kept-dataset-banner'
import { LoadAlert } from './load-alert'
import { DatasetErrorState, LoadingState } from './load-states'
import { SiteHeader } from './site-header'
import './print.css'
import './section-nav.css'

// The "Sections" navigation's code is not part of the first visit; its row is held by a bar of the same size.
const SectionNav = lazy(() => import('./section-nav'))
// Chart code (Recharts, export) is the heaviest part of the app: it loads after the first paint.
const ChartsSection = lazy(() => import('../features/charts/charts-section'))
const CompareSection = lazy(() => import('../features/compare/compare-section'))
const ChangesSection = lazy(() => import('../features/changes/changes-section'))
const InterlocksSection = lazy(() => import('../features/interlocks/interlocks-section'))
// Neither is needed for the first rows: the sources come after the sections, the details when asked for.
const SourcesSection = lazy(() => import('./sources-section').then((module) => ({ default: module.SourcesSection })))
const OrganizationDetails = lazy(() =>
  import('../features/organization-details/organization-details').then((module) => ({
    default: module.OrganizationDetails,
  })),
)

/** The details panel, loaded the first time an organization is opened and kept from then on (it
 *  returns the focus to what opened it when it closes). */
function OrganizationDetailsWhenAsked() {
  const open = useAtlasStore(selectOpenOrganization) !== null
  const [asked, setAsked] = useState(open)
  if (open && !asked) setAsked(true)
  return asked ? (
    <Suspense fallback={null}>
      <OrganizationDetails />
    </Suspense>
  ) : null
}

// Rendered only on paper: its code (and the filters in words) is not part of the first visit.
const usePrintSummaryModule = printOnlyModule(() => import('./print-summary'))

function PrintSummary() {
  const printing = usePrinting()
  const printSummary = usePrintSummaryModule(printing)
  return printing && printSummary ? <printSummary.PrintSummary /> : null
}

function SectionLoading({ label }: { label: string }) {
  return (
    // data-pending-section: sections below this one are not in their final place yet (go-to-section.ts).
    <p className="section-loading" role="status" data-pending-section="">
      Loading {label}…
    </p>
  )
}

/** A number per dataset shown, so the sections below the table start afresh with each one. */
const generations = new WeakMap<object, number>()
let lastGeneration = 0
function generationOf(dataset: object): number {
  let generation = generations.get(dataset)
  if (generation === undefined) generations.set(dataset, (generation = ++lastGeneration))
  return generation
}

export function App() {
  const dataset = useAtlasStore(selectDataset)
  const status = useAtlasStore(selectLoadStatus)
  const embed = useAtlasStore(selectEmbed)

  if (embed !== null) return <EmbedPage embed={embed} />
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <SiteHeader />
      <main id="main" tabIndex={-1}>
        <AddressNotice />
        {dataset === null && status === 'loading' ? <LoadingState /> : null}
        {dataset === null && status === 'error' ? <DatasetErrorState /> : null}
        {dataset !== null ? (
          <>
            <PrintSummary />
            <LoadAlert />
            <CitedLinkNotice />
            <KeptDatasetBanner />
            <Suspense fallback={<div className="section-nav" aria-hidden="true" />}>
              <SectionNav />
            </Suspense>
            <AsOfControl />
            <PanelErrorBoundary name="Coalition overview">
              <CoalitionCards />
            </PanelErrorBoundary>
            <PanelErrorBoundary name="Members table">
              <MembersSection />
            </PanelErrorBoundary>
            {/* Keyed by the dataset: when another is loaded, the table shows it first and the sections
                follow after that frame, at low priority, as on the first load. Rendered in the same
                update, their view models of 100,000 memberships held the page for seconds. */}
            <AfterFirstPaint
              key={generationOf(dataset)}
              fallback={<SectionLoading label="charts and the comparison" />}
            >
              <PanelErrorBoundary name="Charts">
                <Suspense fallback={<SectionLoading label="charts" />}>
                  <ChartsSection />
                </Suspense>
              </PanelErrorBoundary>
              <PanelErrorBoundary name="Comparison">
                <Suspense fallback={<SectionLoading label="the comparison" />}>
                  <CompareSection />
                </Suspense>
              </PanelErrorBoundary>
              <PanelErrorBoundary name="Changes">
                <Suspense fallback={<SectionLoading label="the changes" />}>
                  <ChangesSection />
                </Suspense>
              </PanelErrorBoundary>
              <PanelErrorBoundary name="Who else members belong to">
                <Suspense fallback={<SectionLoading label="who else members belong to" />}>
                  <InterlocksSection />
                </Suspense>
              </PanelErrorBoundary>
              <PanelErrorBoundary name="Sources">
                <Suspense fallback={<SectionLoading label="the sources" />}>
                  <SourcesSection />
                </Suspense>
              </PanelErrorBoundary>
            </AfterFirstPaint>
            <PanelErrorBoundary name="Organization details">
              <OrganizationDetailsWhenAsked />
            </PanelErrorBoundary>
          </>
        ) : null}
      </main>
      <DropZone />
      <SpreadsheetDialogs />
      <footer className="site-footer">
        <p>
          Coalition Atlas shows who belongs to which coalition, with a cited source for every membership. Memberships
          without a source are never shown.
        </p>
      </footer>
    </>
  )
}

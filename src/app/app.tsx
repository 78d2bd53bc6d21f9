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
// The sections below the table, chart code (Recharts, export: the heaviest part of the app) among
// them, are fetched after the first paint (AfterFirstPaint). A section whose code could not be
// fetched throws for its error boundary to say so; the others still show.
const failedSection = (error: unknown) =>
  function FailedSection(): never {
    throw error
  }
const sectionCode = <T,>(load: () => Promise<T>) => load().then((component) => component, failedSection)
const loadLowerSections = () =>
  Promise.all([
    sectionCode(() => import('../features/charts/charts-section').then((module) => module.default)),
    sectionCode(() => import('../features/compare/compare-section').then((module) => module.default)),
    sectionCode(() => import('../features/changes/changes-section').then((module) => module.default)),
    sectionCode(() => import('../features/interlocks/interlocks-section').then((module) => module.default)),
    // Not needed for the first rows either: the sources come after the sections.
    sectionCode(() => import('./sources-section').then((module) => module.SourcesSection)),
  ]).then(([ChartsSection, CompareSection, ChangesSection, InterlocksSection, SourcesSection]) => ({
    ChartsSection,
    CompareSection,
    ChangesSection,
    InterlocksSection,
    SourcesSection,
  }))
type LowerSections = Awaited<ReturnType<typeof loadLowerSections>>
// The details panel is needed only when an organization is opened.
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
              load={loadLowerSections}
              fallback={<SectionLoading label="charts and the comparison" />}
            >
              {({
                ChartsSection,
                CompareSection,
                ChangesSection,
                InterlocksSection,
                SourcesSection,
              }: LowerSections) => (
                <>
                  <PanelErrorBoundary name="Charts">
                    <ChartsSection />
                  </PanelErrorBoundary>
                  <PanelErrorBoundary name="Comparison">
                    <CompareSection />
                  </PanelErrorBoundary>
                  <PanelErrorBoundary name="Changes">
                    <ChangesSection />
                  </PanelErrorBoundary>
                  <PanelErrorBoundary name="Who else members belong to">
                    <InterlocksSection />
                  </PanelErrorBoundary>
                  <PanelErrorBoundary name="Sources">
                    <SourcesSection />
                  </PanelErrorBoundary>
                </>
              )}
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

import { lazy, Suspense, useState, type ComponentType } from 'react'
import { AfterFirstPaint } from '../components/after-first-paint'
import { PanelErrorBoundary } from '../components/error-boundary'
import { OneAfterAnother } from '../components/one-after-another'
import { SectionLoading } from '../components/page-sections/section-loading'
import { printOnlyModule } from '../components/page-sections/print-only'
import { usePrinting } from '../components/page-sections/use-printing'
import { MembersSection } from '../features/members-table/members-section'
import { SpreadsheetDialogs } from '../features/spreadsheet-import/spreadsheet-dialogs'
import { useAtlasStore } from '../store/atlas-store'
import {
  selectDataset,
  selectEmbed,
  selectLargeDataset,
  selectLoadStatus,
  selectOpenOrganization,
} from '../store/selectors'
import { AddressNotice } from './address-notice'
import { AsOfControl } from './as-of-control'
import { CitedLinkNotice } from './cited-link-notice'
import { DropZone } from './drop-zone'
import { KeptDatasetBanner } from './kept-dataset-banner'
import { LoadAlert } from './load-alert'
import { DatasetErrorState, LoadingState } from './load-states'
import { SiteHeader } from './site-header'
import './print.css'
import './section-nav.css'

// The sections below the table, chart code (Recharts, export: the heaviest part of the app) among
// them, are fetched after the first paint (AfterFirstPaint). A section whose code could not be
// fetched throws for its error boundary to say so; the others still show.
const failedSection = (error: unknown) =>
  function FailedSection(): never {
    throw error
  }
const sectionCode = (load: () => Promise<ComponentType>) => load().then((component) => component, failedSection)

/** The sections below the table, in page order: the name their error boundary gives, the words of their placeholder, their code. */
const LOWER_SECTIONS: readonly { name: string; loading: string; load: () => Promise<ComponentType> }[] = [
  { name: 'Charts', loading: 'charts', load: () => import('../features/charts/charts-section').then((m) => m.default) },
  {
    name: 'Comparison',
    loading: 'the comparison',
    load: () => import('../features/compare/compare-section').then((m) => m.default),
  },
  {
    name: 'Changes',
    loading: 'changes',
    load: () => import('../features/changes/changes-section').then((m) => m.default),
  },
  {
    name: 'Who else members belong to',
    loading: 'who else members belong to',
    load: () => import('../features/interlocks/interlocks-section').then((m) => m.default),
  },
  // Not needed for the first rows either: the sources come after the sections.
  { name: 'Sources', loading: 'sources', load: () => import('./sources-section').then((m) => m.SourcesSection) },
]
// The "Sections" navigation's code is not part of the first visit: it is fetched after the first
// paint, and a bar of the same size holds its row meanwhile.
const loadSectionNav = () => sectionCode(() => import('./section-nav').then((m) => m.default))
// The coalition cards count every membership in a task after the first rows' (coalition-cards.tsx),
// so their code is fetched then too, not with the first visit's.
const loadCoalitionCards = () =>
  sectionCode(() => import('../features/overview/coalition-cards').then((m) => m.CoalitionCards))
const loadLowerSections = () => Promise.all(LOWER_SECTIONS.map((section) => sectionCode(section.load)))

// A page embedded in another site's iframe; a visit to the whole dashboard never needs its code.
const EmbedPage = lazy(() => import('./embed-page').then((module) => ({ default: module.EmbedPage })))

// The details panel's code is fetched after the first paint, as the sections' is, so it is here
// when a name is first opened. Through React.lazy, fetched on that first opening, the dialog
// suspended and came in a retry behind the sections' renders: in a CI run it was still not shown
// 5 s after Enter on a name, its code having arrived 70 ms after the key. It is revealed urgently
// (AfterFirstPaint's `urgent`), not in a transition, which would have waited for the sections' own.
const loadOrganizationDetails = () =>
  sectionCode(() =>
    import('../features/organization-details/organization-details').then((module) => module.OrganizationDetails),
  )

/** The details panel, drawn the first time an organization is opened and kept from then on (it
 *  returns the focus to what opened it when it closes). */
function OrganizationDetailsWhenAsked({ Details }: { Details: ComponentType }) {
  const open = useAtlasStore(selectOpenOrganization) !== null
  const [asked, setAsked] = useState(open)
  if (open && !asked) setAsked(true)
  return asked ? <Details /> : null
}

// Rendered only on paper: its code (and the filters in words) is not part of the first visit.
const usePrintSummaryModule = printOnlyModule(() => import('./print-summary'))

function PrintSummary() {
  const printing = usePrinting()
  const printSummary = usePrintSummaryModule(printing)
  return printing && printSummary ? <printSummary.PrintSummary /> : null
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
  const large = useAtlasStore(selectLargeDataset)

  if (embed !== null)
    return (
      <Suspense fallback={null}>
        <EmbedPage embed={embed} />
      </Suspense>
    )
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
            <PanelErrorBoundary name="Sections">
              <AfterFirstPaint load={loadSectionNav} fallback={<div className="section-nav" aria-hidden="true" />}>
                {(SectionNav: ComponentType) => <SectionNav />}
              </AfterFirstPaint>
            </PanelErrorBoundary>
            <AsOfControl />
            <PanelErrorBoundary name="Coalition overview">
              <AfterFirstPaint load={loadCoalitionCards}>
                {(CoalitionCards: ComponentType) => <CoalitionCards />}
              </AfterFirstPaint>
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
              fallback={<SectionLoading what="charts and the comparison" />}
            >
              {(components: readonly ComponentType[]) => (
                // On a large dataset each in a commit of its own (one-after-another.tsx), so no task holds them all.
                <OneAfterAnother
                  together={!large}
                  renderPending={(index) => <SectionLoading what={LOWER_SECTIONS[index]?.loading ?? ''} />}
                >
                  {LOWER_SECTIONS.map(({ name }, index) => {
                    const Section = components[index] as ComponentType
                    return (
                      <PanelErrorBoundary key={name} name={name}>
                        <Section />
                      </PanelErrorBoundary>
                    )
                  })}
                </OneAfterAnother>
              )}
            </AfterFirstPaint>
            <PanelErrorBoundary name="Organization details">
              <AfterFirstPaint load={loadOrganizationDetails} urgent>
                {(Details: ComponentType) => <OrganizationDetailsWhenAsked Details={Details} />}
              </AfterFirstPaint>
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

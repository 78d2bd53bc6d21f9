import { PENDING_SECTION } from './sections'
import './page-sections.css'

/**
 * "Loading {what}…" where a section, or part of one, is still on its way. Marked as pending
 * (go-to-section.ts): whatever follows it on the page will still move down.
 */
export function SectionLoading({ what }: { what: string }) {
  return (
    <p className="section-loading" role="status" {...{ [PENDING_SECTION]: '' }}>
      Loading {what}…
    </p>
  )
}

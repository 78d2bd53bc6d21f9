import type { MouseEvent, ReactNode } from 'react'
import { goToSection, type SectionId } from './sections'

/**
 * An in-page link to a section. A plain `#id` jump lands nowhere when the section has not rendered
 * yet (the sections below the table load after the first paint), and the sections loading above it
 * push it out of view after it lands: this one waits for the section and holds it in place, as the
 * "Sections" navigation does. A new tab or window keeps the browser's own behaviour.
 */
export function SectionLink({
  id,
  children,
  className,
  current = false,
}: {
  id: SectionId
  children: ReactNode
  className?: string
  /** The section being read (the Sections navigation marks it). */
  current?: boolean
}) {
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    event.preventDefault()
    void goToSection(id, { focus: true, hash: 'push' })
  }
  return (
    <a href={`#${id}`} className={className} aria-current={current ? 'location' : undefined} onClick={follow}>
      {children}
    </a>
  )
}

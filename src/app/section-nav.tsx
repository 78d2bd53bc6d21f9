import { useEffect, useRef, useState, type RefObject } from 'react'
import { scrollToSection } from '../components/page-sections/go-to-section'
import { SectionLink } from '../components/page-sections/section-link'
import { PAGE_SECTIONS, sectionFromHash, type SectionId } from '../components/page-sections/sections'

/**
 * "Sections": one link per section of the page, sticky at the top, the section being read marked
 * (aria-current). On a phone it is one row that scrolls sideways, so it never takes more than a
 * line of the screen. It also opens a shared link at its section once that section has rendered.
 * Loaded just after the first paint (app.tsx keeps its row meanwhile); its styles come with the page.
 */
export default function SectionNav() {
  const navRef = useRef<HTMLElement>(null)
  const listRef = useRef<HTMLUListElement>(null)
  const current = useCurrentSection()
  useStickyOffset(navRef)
  useOpenAtHash()

  // The marked link stays in view when the row scrolls sideways.
  useEffect(() => {
    const list = listRef.current
    const link = current ? list?.querySelector<HTMLElement>(`a[href="#${current}"]`) : null
    if (!list || !link || list.scrollWidth <= list.clientWidth) return
    const left = link.offsetLeft
    const right = left + link.offsetWidth
    if (left < list.scrollLeft || right > list.scrollLeft + list.clientWidth)
      list.scrollTo({ left: Math.max(0, left - 16) })
  }, [current])

  return (
    <nav ref={navRef} className="section-nav" aria-label="Sections">
      <ul ref={listRef} className="section-nav__list">
        {PAGE_SECTIONS.map((section) => (
          <li key={section.id}>
            <SectionLink id={section.id} className="section-nav__link" current={current === section.id}>
              {section.label}
            </SectionLink>
          </li>
        ))}
      </ul>
    </nav>
  )
}

/**
 * The section under the reading line, 30% down the window: one IntersectionObserver on the
 * sections, no scroll handler. Between two sections the last one stays marked; above the first,
 * none is. Sections that render later (lazily) are picked up when they join `main`.
 */
function useCurrentSection(): SectionId | null {
  const [current, setCurrent] = useState<SectionId | null>(null)
  useEffect(() => {
    const main = document.getElementById('main')
    if (!main || typeof IntersectionObserver === 'undefined') return undefined
    const crossing = new Set<SectionId>()
    const observed = new Map<SectionId, Element>()
    let firstIsBelow = true
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const id = sectionFromHash(entry.target.id)
          if (!id) continue
          if (entry.isIntersecting) crossing.add(id)
          else crossing.delete(id)
          if (id === PAGE_SECTIONS[0].id)
            firstIsBelow = !entry.isIntersecting && entry.boundingClientRect.top > (entry.rootBounds?.bottom ?? 0)
        }
        const last = PAGE_SECTIONS.findLast((section) => crossing.has(section.id))
        if (last) setCurrent(last.id)
        else if (firstIsBelow) setCurrent(null)
      },
      { rootMargin: '-30% 0px -69% 0px' },
    )
    const scan = () => {
      for (const { id } of PAGE_SECTIONS) {
        const element = document.getElementById(id)
        const before = observed.get(id)
        if (element === before) continue
        if (before) observer.unobserve(before)
        crossing.delete(id)
        if (element) {
          observer.observe(element)
          observed.set(id, element)
        } else observed.delete(id)
      }
    }
    scan()
    // Sections are children of `main`: watching its children alone never wakes for a table row.
    const mutations = new MutationObserver(scan)
    mutations.observe(main, { childList: true })
    return () => {
      mutations.disconnect()
      observer.disconnect()
    }
  }, [])
  return current
}

/**
 * Sets `--sticky-offset`, the height of the bars stuck to the top (this navigation, and the "As of"
 * toolbar after it where that sticks too), so a section reached by link or script starts below them.
 */
function useStickyOffset(navRef: RefObject<HTMLElement | null>) {
  useEffect(() => {
    const nav = navRef.current
    if (!nav || typeof ResizeObserver === 'undefined') return undefined
    const root = document.documentElement
    const measure = () => {
      let offset = nav.offsetHeight
      for (
        let next = nav.nextElementSibling;
        next instanceof HTMLElement && getComputedStyle(next).position === 'sticky';
        next = next.nextElementSibling
      ) {
        offset += next.offsetHeight
      }
      root.style.setProperty('--sticky-offset', `${offset}px`)
    }
    const observer = new ResizeObserver(measure)
    observer.observe(nav)
    if (nav.nextElementSibling) observer.observe(nav.nextElementSibling)
    return () => {
      observer.disconnect()
      root.style.removeProperty('--sticky-offset')
    }
  }, [navRef])
}

/**
 * A link with a section's anchor (`#compare`) opens at that section. The browser cannot do it
 * itself: the section is not on the page yet when it looks. Scrolling by hand meanwhile wins.
 */
function useOpenAtHash() {
  useEffect(() => {
    // oxlint-disable-next-line no-restricted-properties -- the hash the page opened with; the view's write keeps the hash as it is
    const id = sectionFromHash(window.location.hash)
    if (!id) return undefined
    const controller = new AbortController()
    const stop = () => controller.abort()
    const events = ['wheel', 'touchstart', 'keydown', 'mousedown'] as const
    for (const type of events) window.addEventListener(type, stop, { passive: true })
    void scrollToSection(id, { hash: 'keep', signal: controller.signal }).finally(() => {
      for (const type of events) window.removeEventListener(type, stop)
    })
    return stop
  }, [])
}

import type { ReactNode } from 'react'
import { isSafeHref } from '../domain/dataset/safe-url'

export interface ExternalLinkProps {
  readonly href: string | undefined
  readonly children: ReactNode
  readonly className?: string
}

/** Only http(s) addresses become links; anything else is shown as plain text, never followed. */
export function ExternalLink({ href, children, className }: ExternalLinkProps) {
  if (!isSafeHref(href)) return <span className={className}>{children}</span>
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className={className}>
      {children}
      <span className="visually-hidden"> (opens in a new tab)</span>
    </a>
  )
}

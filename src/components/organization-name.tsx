/**
 * An organization's name that opens its details; plain text on paper (`asText`: see
 * page-sections/use-printing.ts), where nothing can be pressed and a hidden button would take the
 * name with it.
 */
export function OrganizationName({
  name,
  onOpen,
  asText,
  linkClassName,
  className = '',
}: {
  name: string
  onOpen: () => void
  asText: boolean
  linkClassName: string
  className?: string
}) {
  if (asText) {
    return (
      <span className={className || undefined}>
        <bdi>{name}</bdi>
      </span>
    )
  }
  return (
    <button type="button" className={`${linkClassName} ${className}`.trim()} onClick={onOpen}>
      <bdi>{name}</bdi>
    </button>
  )
}

import { useAtlasStore } from '../../store/atlas-store'

/** An organization's name that opens its details; plain text on paper (`asText`), where nothing can be pressed. */
export function OrganizationName({ id, name, className = '', asText }: { id: string; name: string; className?: string; asText: boolean }) {
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  if (asText) {
    return (
      <span className={className}>
        <bdi>{name}</bdi>
      </span>
    )
  }
  return (
    <button type="button" className={`compare-link ${className}`.trim()} onClick={() => openOrganization(id)}>
      <bdi>{name}</bdi>
    </button>
  )
}

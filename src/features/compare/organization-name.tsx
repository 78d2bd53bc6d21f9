import { OrganizationName as Name } from '../../components/organization-name'
import { useAtlasStore } from '../../store/atlas-store'

/** An organization's name in the comparison: it opens its details; plain text on paper (`asText`). */
export function OrganizationName({
  id,
  name,
  className,
  asText,
}: {
  id: string
  name: string
  className?: string
  asText: boolean
}) {
  const openOrganization = useAtlasStore((state) => state.openOrganization)
  return (
    <Name
      name={name}
      className={className}
      asText={asText}
      linkClassName="compare-link"
      onOpen={() => openOrganization(id)}
    />
  )
}

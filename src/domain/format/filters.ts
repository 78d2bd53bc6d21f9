/** The organization filters in force (the shared sector filter and search), in one sentence. */
import { listText } from '../charts/chart-text'

/** "All sectors, no search.", "Sector: Model developer. Search: “meta”." */
export function organizationFilterText(sectorLabels: readonly string[], query: string): string {
  const parts: string[] = []
  if (sectorLabels.length) parts.push(`${sectorLabels.length === 1 ? 'Sector' : 'Sectors'}: ${listText(sectorLabels)}`)
  const search = query.trim()
  if (search) parts.push(`Search: “${search}”`)
  return parts.length ? `${parts.join('. ')}.` : 'All sectors, no search.'
}

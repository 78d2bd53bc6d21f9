import { useAtlasStore } from '../store/atlas-store'
import { selectSettledQuery, selectSettledSectors } from '../store/selectors'
import { useTrailingValue } from './use-trailing-value'

/**
 * The search and the sector filter as the sections below the members table apply them: those the
 * table has answered (selectSettledQuery, selectSettledSectors), taken up at low priority once the
 * table's frame is out, and the search only after a pause in typing. A keystroke or a click on a
 * sector is answered by the table first and never waits for the sections' view models and charts.
 */
export function useSettledFilters(): { readonly query: string; readonly sectors: readonly string[] } {
  const query = useTrailingValue(useAtlasStore(selectSettledQuery))
  const sectors = useTrailingValue(useAtlasStore(selectSettledSectors), 0)
  return { query, sectors }
}

import { memo, useEffect, useId, useMemo, type ChangeEvent } from 'react'
import { whenIdle } from '../../components/when-idle'
import { loadCloseMatches } from '../../domain/members/org-search'
import { datasetCountries, datasetRoles } from '../../domain/members/rows'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import {
  selectActiveFilterCount,
  selectCoalitionFilter,
  selectCountryFilter,
  selectMatch,
  selectQuery,
  selectRoleFilter,
  selectSectorFilter,
} from '../../store/selectors'
import { MATCH_MODES, type MatchMode } from '../../store/view-state'
import { isolate } from '../../domain/format/isolate'

interface Option {
  readonly value: string
  readonly label: string
}

const MATCH_LABELS: Record<MatchMode, string> = {
  any: 'Member of any',
  all: 'Member of all',
  none: 'Member of none',
}

/**
 * The close matcher (uFuzzy, 4 KB) is fetched once the page is idle after the first rows, or when the
 * search box takes the focus, whichever comes first: the first keystroke then searches once, with
 * close matches, instead of an exact search now and a second one, table and charts, when it lands.
 */
function preloadCloseMatches() {
  void loadCloseMatches()
}

const selected = (event: ChangeEvent<HTMLSelectElement>) =>
  Array.from(event.target.selectedOptions, (option) => option.value)

function MultiSelect({
  label,
  options,
  value,
  onChange,
}: {
  label: string
  options: readonly Option[]
  value: readonly string[]
  onChange: (next: string[]) => void
}) {
  const id = useId()
  const hintId = `${id}-hint`
  return (
    <div className="field members-filters__field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        multiple
        size={Math.min(5, Math.max(2, options.length))}
        value={value as string[]}
        onChange={(event) => onChange(selected(event))}
        aria-describedby={hintId}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {isolate(option.label)}
          </option>
        ))}
      </select>
      <span id={hintId} className="members-filters__hint">
        {value.length ? `${value.length} chosen` : 'All'}
      </span>
    </div>
  )
}

/** Search, the four list filters and the coalition match mode; every value lives in the URL. */
export const MembersFilters = memo(function MembersFilters({ dataset }: { dataset: Dataset }) {
  const searchMembers = useAtlasStore((state) => state.searchMembers)
  const filterMembers = useAtlasStore((state) => state.filterMembers)
  const matchCoalitions = useAtlasStore((state) => state.matchCoalitions)
  const clearFilters = useAtlasStore((state) => state.clearFilters)
  const query = useAtlasStore(selectQuery)
  const sectors = useAtlasStore(selectSectorFilter)
  const coalitions = useAtlasStore(selectCoalitionFilter)
  const match = useAtlasStore(selectMatch)
  const countries = useAtlasStore(selectCountryFilter)
  const roles = useAtlasStore(selectRoleFilter)
  useEffect(() => whenIdle(preloadCloseMatches, 5000), [])
  const activeCount = useAtlasStore(selectActiveFilterCount)
  const searchId = useId()
  const matchId = useId()

  const sectorOptions = useMemo(
    () => dataset.sectors.map((sector) => ({ value: sector.id, label: sector.label })),
    [dataset],
  )
  const coalitionOptions = useMemo(
    () => dataset.coalitions.map((coalition) => ({ value: coalition.id, label: coalition.name })),
    [dataset],
  )
  const countryOptions = useMemo(
    () => datasetCountries(dataset).map((country) => ({ value: country.code, label: country.name })),
    [dataset],
  )
  const roleOptions = useMemo(() => datasetRoles(dataset).map((role) => ({ value: role, label: role })), [dataset])

  const chips = useMemo(() => {
    const list: { key: string; filter: string; label: string; remove: () => void }[] = []
    const add = (
      filter: string,
      values: readonly string[],
      options: readonly Option[],
      field: 'sectors' | 'coalitions' | 'countries' | 'roles',
    ) => {
      for (const value of values) {
        list.push({
          key: `${field}:${value}`,
          filter,
          label: options.find((option) => option.value === value)?.label ?? value,
          remove: () =>
            filterMembers(
              field,
              values.filter((item) => item !== value),
            ),
        })
      }
    }
    add('Sector', sectors, sectorOptions, 'sectors')
    add('Coalition', coalitions, coalitionOptions, 'coalitions')
    add('Country', countries, countryOptions, 'countries')
    add('Role', roles, roleOptions, 'roles')
    return list
  }, [
    sectors,
    coalitions,
    countries,
    roles,
    sectorOptions,
    coalitionOptions,
    countryOptions,
    roleOptions,
    filterMembers,
  ])

  return (
    <div className="members-filters">
      <div className="members-filters__row">
        <div className="field members-filters__search">
          <label htmlFor={searchId}>Search</label>
          <input
            id={searchId}
            type="search"
            value={query}
            placeholder="Name or alias, e.g. Facebook"
            autoComplete="off"
            spellCheck={false}
            maxLength={200}
            onFocus={preloadCloseMatches}
            onChange={(event) => searchMembers(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={matchId}>Match</label>
          <select
            id={matchId}
            value={match}
            onChange={(event) => matchCoalitions(MATCH_MODES.find((mode) => mode === event.target.value) ?? 'any')}
          >
            {MATCH_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {MATCH_LABELS[mode]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="members-filters__lists">
        <MultiSelect
          label="Sector"
          options={sectorOptions}
          value={sectors}
          onChange={(next) => filterMembers('sectors', next)}
        />
        <MultiSelect
          label="Coalition"
          options={coalitionOptions}
          value={coalitions}
          onChange={(next) => filterMembers('coalitions', next)}
        />
        <MultiSelect
          label="Country"
          options={countryOptions}
          value={countries}
          onChange={(next) => filterMembers('countries', next)}
        />
        <MultiSelect
          label="Role"
          options={roleOptions}
          value={roles}
          onChange={(next) => filterMembers('roles', next)}
        />
      </div>
      {/* Always present, so the first keystroke of a search does not shift the page's layout. */}
      <div className="members-filters__chips">
        {chips.length > 0 ? (
          <ul className="chip-list" aria-label="Active filters">
            {chips.map((chip) => (
              <li key={chip.key}>
                <button type="button" className="chip" onClick={chip.remove}>
                  <span className="visually-hidden">Remove filter </span>
                  <span className="chip__filter">{chip.filter}:</span> {chip.label}
                  <span aria-hidden="true" className="chip__x">
                    ×
                  </span>
                </button>
              </li>
            ))}
          </ul>
        ) : null}
        <button type="button" className="button" onClick={clearFilters} disabled={activeCount === 0}>
          Clear filters
        </button>
      </div>
    </div>
  )
})

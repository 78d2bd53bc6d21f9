import { useId } from 'react'
import type { Dataset } from '../../domain/dataset/types'
import { useAtlasStore } from '../../store/atlas-store'
import { selectChartCoalitions, selectMeasure } from '../../store/selectors'

// Both controls read the store themselves, not the charts' inputs: a tick or a radio paints at once,
// and the charts, which take their inputs at low priority (use-chart-inputs.ts), follow.

/** Checkboxes choosing the coalitions in the charts; none ticked means all (the URL leaves `chart` out). */
export function CoalitionPicker({ dataset }: { dataset: Dataset }) {
  const selected = useAtlasStore(selectChartCoalitions)
  const chooseChartCoalitions = useAtlasStore((state) => state.chooseChartCoalitions)
  const all = selected.length === 0
  const toggle = (id: string) => {
    const current = all ? dataset.coalitions.map((coalition) => coalition.id) : selected
    const next = current.includes(id) ? current.filter((item) => item !== id) : [...current, id]
    // Every coalition ticked is the default again; an empty pick would draw nothing, so it means all too.
    chooseChartCoalitions(next)
  }
  return (
    <fieldset className="charts-picker">
      <legend>Coalitions in charts</legend>
      <div className="charts-picker__options">
        {dataset.coalitions.map((coalition) => (
          <label key={coalition.id} className="charts-check">
            <input
              type="checkbox"
              checked={all || selected.includes(coalition.id)}
              onChange={() => toggle(coalition.id)}
            />
            <bdi>{coalition.name}</bdi>
          </label>
        ))}
      </div>
      {!all ? (
        <button type="button" className="button charts-picker__all" onClick={() => chooseChartCoalitions([])}>
          Show all coalitions
        </button>
      ) : null}
    </fieldset>
  )
}

export function MeasureToggle() {
  const measure = useAtlasStore(selectMeasure)
  const setChartMeasure = useAtlasStore((state) => state.setChartMeasure)
  const name = useId()
  return (
    <fieldset className="charts-measure">
      <legend>Measure</legend>
      <label className="charts-check">
        <input
          type="radio"
          name={name}
          value="count"
          checked={measure === 'count'}
          onChange={() => setChartMeasure('count')}
        />
        Count
      </label>
      <label className="charts-check">
        <input
          type="radio"
          name={name}
          value="share"
          checked={measure === 'share'}
          onChange={() => setChartMeasure('share')}
        />
        Share of possible members
      </label>
    </fieldset>
  )
}

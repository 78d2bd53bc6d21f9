import { useId, useMemo } from 'react'
import { DayField } from '../components/day-field/day-field'
import { dayToIso, isoToDay } from '../domain/dataset/dates'
import { asOfFieldRefusal, formatIsoDay } from '../domain/format/dates'
import { asOfBounds, checkAsOf } from '../domain/membership/as-of'
import { datasetDateRange } from '../domain/membership/membership'
import { useAtlasStore } from '../store/atlas-store'
import { selectAsOf, selectAsOfIsToday, selectDataset, TODAY } from '../store/selectors'
import { isolate } from '../domain/format/isolate'

interface QuickPick {
  readonly label: string
  readonly iso: string
}

/** The shared "as of" day: every count on the page is for this day. */
export function AsOfControl() {
  const dataset = useAtlasStore(selectDataset)
  const asOf = useAtlasStore(selectAsOf)
  const isToday = useAtlasStore(selectAsOfIsToday)
  const chooseAsOf = useAtlasStore((state) => state.setAsOf)
  const quickId = useId()

  const picks = useMemo<QuickPick[]>(() => {
    if (!dataset) return []
    const range = datasetDateRange(dataset)
    const list: QuickPick[] = [{ label: `Today (${formatIsoDay(TODAY)})`, iso: TODAY }]
    if (range) {
      list.push({
        label: `Earliest date in the dataset (${formatIsoDay(dayToIso(range.first))})`,
        iso: dayToIso(range.first),
      })
      list.push({
        label: `Latest date in the dataset (${formatIsoDay(dayToIso(range.last))})`,
        iso: dayToIso(range.last),
      })
    }
    for (const coalition of dataset.coalitions) {
      if (coalition.founded) {
        const iso = dayToIso(coalition.founded.day)
        list.push({ label: `${isolate(coalition.name)} founded (${formatIsoDay(iso)})`, iso })
      }
    }
    return list
  }, [dataset])

  const setAsOf = (iso: string) => chooseAsOf(iso === TODAY ? null : iso)

  const bounds = useMemo(() => (dataset ? asOfBounds(dataset, isoToDay(TODAY) as number) : null), [dataset])
  return (
    <section className="toolbar" aria-label="Date">
      <DayField
        id="as-of"
        className="toolbar__date"
        label="As of"
        value={asOf}
        min={bounds ? dayToIso(bounds.first) : undefined}
        max={bounds ? dayToIso(bounds.last) : undefined}
        context={dataset}
        refusalOf={(text) => {
          const check = checkAsOf(text, bounds)
          return check === 'ok' ? null : asOfFieldRefusal(text, check, bounds, asOf)
        }}
        onApply={setAsOf}
      />
      <div className="field">
        <label htmlFor={quickId}>Quick dates</label>
        <select
          id={quickId}
          value={picks.some((pick) => pick.iso === asOf) ? asOf : ''}
          onChange={(event) => event.target.value && setAsOf(event.target.value)}
        >
          <option value="" disabled>
            Choose a date…
          </option>
          {picks.map((pick) => (
            <option key={`${pick.label}-${pick.iso}`} value={pick.iso}>
              {pick.label}
            </option>
          ))}
        </select>
      </div>
      <p className="toolbar__note" aria-live="polite">
        Counts are for {isToday ? 'today' : formatIsoDay(asOf)}.
      </p>
    </section>
  )
}

import { useId, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { dayToIso, isoToDay } from '../domain/dataset/dates'
import { asOfFieldRefusal, formatIsoDay } from '../domain/format/dates'
import { asOfBounds, checkAsOf } from '../domain/membership/as-of'
import { datasetDateRange } from '../domain/membership/membership'
import type { Dataset } from '../domain/dataset/types'
import { useAtlasStore } from '../store/atlas-store'
import { selectAsOf, selectAsOfIsToday, selectDataset, TODAY } from '../store/selectors'

interface QuickPick {
  readonly label: string
  readonly iso: string
}

/** What is typed in the field and not applied yet, for the day it was typed over. */
interface Draft {
  readonly base: string
  /** The dataset it was checked against: another one has other bounds. */
  readonly dataset: Dataset | null
  readonly text: string
  /** The sentence saying why the text was refused, once it was. */
  readonly refusal: string | null
}

/** The shared "as of" day: every count on the page is for this day. */
export function AsOfControl() {
  const dataset = useAtlasStore(selectDataset)
  const asOf = useAtlasStore(selectAsOf)
  const isToday = useAtlasStore(selectAsOfIsToday)
  const setView = useAtlasStore((state) => state.setView)
  const quickId = useId()

  const picks = useMemo<QuickPick[]>(() => {
    if (!dataset) return []
    const range = datasetDateRange(dataset)
    const list: QuickPick[] = [{ label: `Today (${formatIsoDay(TODAY)})`, iso: TODAY }]
    if (range) {
      list.push({ label: `Earliest date in the dataset (${formatIsoDay(dayToIso(range.first))})`, iso: dayToIso(range.first) })
      list.push({ label: `Latest date in the dataset (${formatIsoDay(dayToIso(range.last))})`, iso: dayToIso(range.last) })
    }
    for (const coalition of dataset.coalitions) {
      if (coalition.founded) {
        const iso = dayToIso(coalition.founded.day)
        list.push({ label: `${coalition.name} founded (${formatIsoDay(iso)})`, iso })
      }
    }
    return list
  }, [dataset])

  const setAsOf = (iso: string) => setView({ asOf: iso === TODAY ? null : iso })

  const bounds = useMemo(() => (dataset ? asOfBounds(dataset, isoToDay(TODAY) as number) : null), [dataset])
  const refusalId = useId()
  // A typed date is applied on Enter or when the field is left, not on every keystroke: typing
  // "2024" into the year would otherwise show the years 0002, 0020 and 0202 on the way.
  const [draft, setDraft] = useState<Draft | null>(null)
  const current = draft !== null && draft.base === asOf && draft.dataset === dataset ? draft : null
  const typing = useRef(false)

  const apply = (text: string) => {
    const check = checkAsOf(text, bounds)
    if (check === 'ok') {
      setDraft(null)
      if (text !== asOf) setAsOf(text)
    } else {
      setDraft({ base: asOf, dataset, text, refusal: asOfFieldRefusal(text, check, bounds, asOf) })
    }
  }

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault()
      typing.current = false
      apply(event.currentTarget.value)
    } else if (event.key !== 'Tab') {
      typing.current = true
    }
  }

  return (
    <section className="toolbar" aria-label="Date">
      <div className="field toolbar__date">
        <label htmlFor="as-of">As of</label>
        <input
          id="as-of"
          type="date"
          value={current ? current.text : asOf}
          min={bounds ? dayToIso(bounds.first) : undefined}
          max={bounds ? dayToIso(bounds.last) : undefined}
          required
          aria-invalid={current?.refusal ? true : undefined}
          aria-describedby={current?.refusal ? refusalId : undefined}
          onKeyDown={onKeyDown}
          // A pointer opens the calendar, whose choice is applied at once.
          onPointerDown={() => {
            typing.current = false
          }}
          onChange={(event) => {
            const text = event.target.value
            if (typing.current) setDraft({ base: asOf, dataset, text, refusal: current?.refusal ?? null })
            else apply(text)
          }}
          onBlur={(event) => {
            typing.current = false
            if (current) apply(event.currentTarget.value)
          }}
        />
        <p id={refusalId} className="toolbar__refusal" aria-live="polite">
          {current?.refusal ?? ''}
        </p>
      </div>
      <div className="field">
        <label htmlFor={quickId}>Quick dates</label>
        <select id={quickId} value={picks.some((pick) => pick.iso === asOf) ? asOf : ''} onChange={(event) => event.target.value && setAsOf(event.target.value)}>
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

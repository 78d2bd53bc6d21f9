import { useId, useRef, useState, type KeyboardEvent } from 'react'
import './day-field.css'

interface Props {
  readonly label: string
  /** The day shown, `YYYY-MM-DD`. */
  readonly value: string
  readonly min?: string
  readonly max?: string
  /** Why a typed day cannot be used, or null when it can. */
  readonly refusalOf: (typed: string) => string | null
  readonly onApply: (iso: string) => void
  /** A draft is dropped when this changes (another dataset has other bounds). */
  readonly context?: unknown
  readonly id?: string
  readonly className?: string
}

/** What is typed and not applied yet, for the day and context it was typed over. */
interface Draft {
  readonly base: string
  readonly context: unknown
  readonly text: string
  /** The sentence saying why the text was refused, once it was. */
  readonly refusal: string | null
}

/**
 * A date field for a day that moves numbers on the page ("As of", Changes' From and To). A typed
 * day is applied on Enter or when the field is left, not on every keystroke: typing "2024" into the
 * year would otherwise apply the years 0002, 0020 and 0202 on the way. A day picked in the calendar
 * is applied at once. A day that cannot be used is refused in a sentence under the field, tied to it
 * with aria-describedby, and what is shown stays as it was.
 */
export function DayField({ label, value, min, max, refusalOf, onApply, context = null, id, className }: Props) {
  const ownId = useId()
  const inputId = id ?? ownId
  const refusalId = useId()
  const [draft, setDraft] = useState<Draft | null>(null)
  const current = draft !== null && draft.base === value && Object.is(draft.context, context) ? draft : null
  const typing = useRef(false)

  const apply = (text: string) => {
    const refusal = refusalOf(text)
    if (refusal === null) {
      setDraft(null)
      if (text !== value) onApply(text)
    } else {
      setDraft({ base: value, context, text, refusal })
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
    <div className={className ? `field day-field ${className}` : 'field day-field'}>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="date"
        value={current ? current.text : value}
        min={min}
        max={max}
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
          if (typing.current) setDraft({ base: value, context, text, refusal: current?.refusal ?? null })
          else apply(text)
        }}
        onBlur={(event) => {
          typing.current = false
          if (current) apply(event.currentTarget.value)
        }}
      />
      <p id={refusalId} className="day-field__refusal" aria-live="polite">
        {current?.refusal ?? ''}
      </p>
    </div>
  )
}

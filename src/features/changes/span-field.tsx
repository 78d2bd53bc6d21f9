import { useId, useRef, useState, type KeyboardEvent } from 'react'

interface Props {
  readonly label: 'From' | 'To'
  /** The day shown, `YYYY-MM-DD`. */
  readonly value: string
  readonly min?: string
  readonly max?: string
  /** Why a typed day cannot be used, or null when it can. */
  readonly refusalOf: (typed: string) => string | null
  readonly onApply: (iso: string) => void
}

/** What is typed and not applied yet, for the day it was typed over. */
interface Draft {
  readonly base: string
  readonly text: string
  readonly refusal: string | null
}

/**
 * One of the span's two days. A typed day is applied on Enter or when the field is left, not on
 * every keystroke: typing "2024" into the year would otherwise count changes to the years 0002,
 * 0020 and 0202 on the way. A day picked in the calendar is applied at once. A day that cannot be
 * used is refused in a sentence under the field, and the span shown stays as it was.
 */
export function SpanField({ label, value, min, max, refusalOf, onApply }: Props) {
  const id = useId()
  const refusalId = useId()
  const [draft, setDraft] = useState<Draft | null>(null)
  const current = draft !== null && draft.base === value ? draft : null
  const typing = useRef(false)

  const apply = (text: string) => {
    const refusal = refusalOf(text)
    if (refusal === null) {
      setDraft(null)
      if (text !== value) onApply(text)
    } else {
      setDraft({ base: value, text, refusal })
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
    <div className="field changes-span__field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
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
          if (typing.current) setDraft({ base: value, text, refusal: current?.refusal ?? null })
          else apply(text)
        }}
        onBlur={(event) => {
          typing.current = false
          if (current) apply(event.currentTarget.value)
        }}
      />
      <p id={refusalId} className="changes-span__refusal" aria-live="polite">
        {current?.refusal ?? ''}
      </p>
    </div>
  )
}

/**
 * Axis ticks and label wrapping for every chart (the charts and the comparison's sector bars),
 * computed here so Recharts never has to measure text (its measuring needs inline styles the CSP forbids).
 */
import { dayToIso } from '../dataset/dates'

/** 1 January of each year in the domain, every few years when the span is long. */
export function yearTicks(domain: { start: number; end: number }): number[] {
  const first = Number(dayToIso(domain.start).slice(0, 4)) + 1
  const last = Number(dayToIso(domain.end).slice(0, 4))
  const years = Math.max(0, last - first + 1)
  const step = Math.max(1, Math.ceil(years / 8))
  const ticks: number[] = []
  for (let year = first; year <= last; year += step) ticks.push(Date.UTC(year, 0, 1) / 86_400_000)
  return ticks
}

/**
 * Round axis ticks from 0 to at least `max` (about `count` steps of 1, 2, 2.5 or 5 × 10ⁿ), computed
 * here so Recharts never has to measure a label for every value it might show.
 */
export function niceTicks(max: number, count = 5): number[] {
  if (!(max > 0)) return [0, 1]
  const raw = max / count
  const magnitude = 10 ** Math.floor(Math.log10(raw))
  const step =
    [1, 2, 2.5, 5, 10]
      .map((factor) => factor * magnitude)
      .find((candidate) => candidate >= raw && Number.isInteger(candidate)) ?? Math.ceil(raw)
  const ticks: number[] = []
  for (let value = 0; value < max + step; value += step) ticks.push(value)
  return ticks.at(-1)! >= max ? ticks : [...ticks, ticks.at(-1)! + step]
}

export const SHARE_TICKS = [0, 0.25, 0.5, 0.75, 1] as const

const roundShare = (value: number) => Math.round(value * 10_000) / 10_000

/** Share ticks every 10 % (every 20 % past six ticks) from 0 to `top`, a multiple of 0.1 up to 1. */
export function shareTicksUpTo(top: number): number[] {
  const ticks = Array.from({ length: Math.round(top / 0.1) + 1 }, (_, index) => roundShare(index * 0.1))
  return ticks.length <= 6 ? ticks : ticks.filter((_, index) => index % 2 === 0)
}

/** A label cut into lines of at most `maxChars` at spaces; past `maxLines` lines the rest ends in "…". */
export function wrapLabel(text: string, maxChars: number, maxLines = 3): string[] {
  const lines: string[] = []
  let line = ''
  for (const word of text.split(/\s+/)) {
    if (!word) continue
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line)
      line = word
    } else line = line ? `${line} ${word}` : word
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  return [
    ...lines.slice(0, maxLines - 1),
    `${lines
      .slice(maxLines - 1)
      .join(' ')
      .slice(0, maxChars - 1)}…`,
  ]
}

/** The largest of `values` and `floor`, by a loop: a dataset can hold more values than a call takes arguments. */
export function maxOf<T>(items: Iterable<T>, value: (item: T) => number, floor: number): number {
  let max = floor
  for (const item of items) {
    const v = value(item)
    if (v > max) max = v
  }
  return max
}

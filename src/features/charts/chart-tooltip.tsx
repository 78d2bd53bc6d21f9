import type { TooltipText } from './chart-view'

/** A chart's tooltip: the coalition or day, then one line per series or category. */
export function ChartTooltip({ text }: { text: TooltipText | null }) {
  if (!text) return null
  return (
    <div className="charts-tooltip">
      <p className="charts-tooltip__title">
        <bdi>{text.title}</bdi>
      </p>
      {text.note ? <p className="charts-tooltip__note">{text.note}</p> : null}
      <ul className="charts-tooltip__lines">
        {text.lines.map((line, index) => (
          <li key={index}>
            <bdi>{line.label}</bdi>: {line.value}
          </li>
        ))}
      </ul>
    </div>
  )
}

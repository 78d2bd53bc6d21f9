// Placeholder mount point for the charts (issue 4). Loaded lazily by the app.
export default function ChartsSection() {
  return (
    <section className="section" id="charts" aria-labelledby="charts-title">
      <h2 id="charts-title">Charts</h2>
    </section>
  )
}

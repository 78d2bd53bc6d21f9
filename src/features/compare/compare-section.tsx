// Placeholder mount point for the comparison (issue 5). Loaded lazily by the app.
export default function CompareSection() {
  return (
    <section className="section" id="compare" aria-labelledby="compare-title">
      <h2 id="compare-title">Compare</h2>
    </section>
  )
}

// A reference beside the floor page: the same work as floor.js (fetch the document, parse it,
// sort by name, show 30 rows) done by React. What this costs over the floor page is the least any
// React app pays for its first rows; the dashboard is measured against both in the same run.
import { createRoot } from 'react-dom/client'

// oxlint-disable-next-line react/only-export-components -- an entry page, never hot-reloaded
function Rows({ doc }) {
  const counts = new Map()
  for (const m of doc.memberships) counts.set(m.organization, (counts.get(m.organization) || 0) + 1)
  const sectors = new Map(doc.sectors.map((s) => [s.id, s.label]))
  const rows = doc.organizations
    .slice()
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, 30)
  return (
    <table aria-label="Members">
      <thead>
        <tr>
          <th>Name</th>
          <th>Sector</th>
          <th>Country</th>
          <th>Coalitions</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((o) => (
          <tr key={o.id}>
            <td>{o.name}</td>
            <td>{sectors.get(o.sector) || ''}</td>
            <td>{o.country || ''}</td>
            <td>{counts.get(o.id) || 0}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

const root = createRoot(document.getElementById('root'))
fetch('data/coalitions.json')
  .then((response) => response.json())
  .then((doc) => root.render(<Rows doc={doc} />))

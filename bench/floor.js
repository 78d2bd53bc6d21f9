// The floor for "first rows painted": the least a browser must do for the same first screen —
// fetch the same document, parse it, sort the organizations by name, write 30 rows as plain HTML.
;(async () => {
  const doc = await (await fetch('data/coalitions.json')).json()
  const counts = new Map()
  for (const m of doc.memberships) counts.set(m.organization, (counts.get(m.organization) || 0) + 1)
  const sectors = new Map(doc.sectors.map((s) => [s.id, s.label]))
  const rows = doc.organizations.slice().sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).slice(0, 30)
  const escape = (text) => String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c])
  document.querySelector('tbody').innerHTML = rows
    .map((o) => `<tr><td>${escape(o.name)}</td><td>${escape(sectors.get(o.sector) || '')}</td><td>${escape(o.country || '')}</td><td>${counts.get(o.id) || 0}</td></tr>`)
    .join('')
})()

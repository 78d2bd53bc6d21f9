// A reference for sorting: AG Grid Community (its defaults, its own virtualization) showing every
// organization of the same document with the members table's four built-in columns. The benchmark
// clicks its Name header as it clicks the dashboard's, and times both to the next painted frame.
import { AllCommunityModule, ModuleRegistry, createGrid } from 'ag-grid-community'

ModuleRegistry.registerModules([AllCommunityModule])

fetch('data/coalitions.json')
  .then((response) => response.json())
  .then((doc) => {
    const counts = new Map()
    for (const m of doc.memberships) counts.set(m.organization, (counts.get(m.organization) || 0) + 1)
    const sectors = new Map(doc.sectors.map((s) => [s.id, s.label]))
    const rowData = doc.organizations.map((o) => ({
      name: o.name,
      sector: sectors.get(o.sector) || '',
      country: o.country || '',
      coalitions: counts.get(o.id) || 0,
    }))
    createGrid(document.getElementById('grid'), {
      rowData,
      columnDefs: [
        { field: 'name', headerName: 'Name' },
        { field: 'sector', headerName: 'Sector' },
        { field: 'country', headerName: 'Country' },
        { field: 'coalitions', headerName: 'Coalitions' },
      ],
      onFirstDataRendered: () => {
        window.agGridReady = true
      },
    })
  })

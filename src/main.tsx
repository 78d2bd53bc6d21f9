import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { loadInitialDataset } from './store/dataset-loader'
import { startUrlSync } from './store/url-sync'
import './app/app.css'

startUrlSync()
// Start fetching before React's first render: the dataset is the long pole of the first paint.
void loadInitialDataset()

const root = document.getElementById('root')
if (!root) throw new Error('index.html must contain <div id="root">')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

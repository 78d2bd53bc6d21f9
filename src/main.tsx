import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { useAtlasStore } from './store/atlas-store'
import { loadInitialDataset } from './store/dataset-loader'
import { startUrlSync } from './store/url-sync'
import './app/app.css'

/** How long the first render waits for the dataset before showing the loading state instead. */
const LOADING_STATE_DELAY_MS = 100

startUrlSync()
// The dataset's download started in public/boot.js; reading and checking it begins here, before React.
const initialLoad = loadInitialDataset()

const root = document.getElementById('root')
if (!root) throw new Error('index.html must contain <div id="root">')
// A loading state shown for a few milliseconds is only a flash, and its render and layout stood in
// the way of the first rows: the page renders once, with the data, unless the data takes longer.
let rendered = false
const renderOnce = () => {
  if (rendered) return
  rendered = true
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
}
setTimeout(renderOnce, LOADING_STATE_DELAY_MS)
// Render as soon as there is something to show: the first dataset (which may arrive while a slower
// link is still loading) or the end of the first load.
const unsubscribe = useAtlasStore.subscribe((state) => {
  if (state.dataset !== null || state.load.status !== 'loading') {
    unsubscribe()
    renderOnce()
  }
})
void initialLoad.finally(renderOnce)

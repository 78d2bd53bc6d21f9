import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/app'
import { startUrlSync } from './store/url-sync'
import './app/app.css'

startUrlSync()

const root = document.getElementById('root')
if (!root) throw new Error('index.html must contain <div id="root">')
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

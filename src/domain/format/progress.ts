/** How the progress of a load is worded. */
import { formatBytes } from '../dataset/bytes'
import { formatPercent } from './percent'

export interface ProgressFacts {
  readonly phase: 'reading' | 'checking' | 'building'
  readonly loaded: number
  readonly total: number
  readonly checked: number | null
}

/** "Reading: 12.0 MB of 45.0 MB (27%)", "Checking: 40%", "Building the dataset…" */
export function progressText(progress: ProgressFacts | null): string {
  if (!progress) return ''
  if (progress.phase === 'reading') {
    if (progress.loaded === 0) return 'Waiting for the first bytes…'
    return progress.total > 0
      ? `Reading: ${formatBytes(progress.loaded)} of ${formatBytes(progress.total)} (${formatPercent(progress.loaded / progress.total, 0)})`
      : `Reading: ${formatBytes(progress.loaded)} received`
  }
  if (progress.phase === 'checking')
    return progress.checked === null ? 'Checking…' : `Checking: ${formatPercent(progress.checked, 0)}`
  return 'Building the dataset…'
}

/** The share done (0–1) for a progress bar, or null when it is not known. */
export function progressShare(progress: ProgressFacts | null): number | null {
  if (progress === null) return null
  if (progress.phase === 'reading') return progress.total > 0 ? progress.loaded / progress.total : null
  return progress.phase === 'checking' ? progress.checked : 1
}

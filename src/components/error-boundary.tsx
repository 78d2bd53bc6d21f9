import { Component, type ErrorInfo, type ReactNode } from 'react'

export interface PanelErrorBoundaryProps {
  /** Names the panel in the fallback, e.g. "Members table". */
  readonly name: string
  readonly children: ReactNode
}

interface PanelErrorBoundaryState {
  readonly error: Error | null
}

/** One per panel, so a failing view says so in its own place and never blanks the page. */
export class PanelErrorBoundary extends Component<PanelErrorBoundaryProps, PanelErrorBoundaryState> {
  override state: PanelErrorBoundaryState = { error: null }

  static getDerivedStateFromError(error: Error): PanelErrorBoundaryState {
    return { error }
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(`${this.props.name} failed`, error, info.componentStack)
  }

  override render(): ReactNode {
    if (!this.state.error) return this.props.children
    return (
      <div className="panel-error" role="alert">
        <p>
          <strong>{this.props.name} could not be shown.</strong> {this.state.error.message}
        </p>
        <p>The rest of the page still works.</p>
        <button type="button" className="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
      </div>
    )
  }
}

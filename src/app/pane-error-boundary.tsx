import { Component } from 'react';
import type { ErrorInfo, ReactNode } from 'react';

interface Props {
  /** The pane's name, used in the message ("The catalog pane stopped working"). */
  pane: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

/**
 * Keeps a failure inside one pane: the other panes keep working, the user sees what broke and
 * can try the pane again without reloading (and losing unsaved state elsewhere).
 */
export class PaneErrorBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`the ${this.props.pane} pane failed`, error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <div
        role="alert"
        className="m-3 space-y-2 rounded-md border border-rose-300 bg-rose-50 p-3 text-sm text-rose-950 dark:border-rose-800 dark:bg-rose-950/60 dark:text-rose-100"
      >
        <p className="font-semibold">{`The ${this.props.pane} pane stopped working`}</p>
        <p className="font-mono text-xs break-all">{error.message}</p>
        <p>The other panes are unaffected.</p>
        <button
          type="button"
          onClick={() => this.setState({ error: null })}
          className="rounded-md border border-rose-400 bg-white px-3 py-1 text-sm font-medium text-rose-900 hover:bg-rose-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:bg-rose-900 dark:text-rose-50"
        >
          Try again
        </button>
      </div>
    );
  }
}

import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../lib/errorText';
import { appShellMessages as m } from '../i18n/catalogue/app-shell';
import { t } from '../i18n/messages';

interface Props {
  /** What this boundary guards, named in the message (a message of the catalogue: 'planning map', 'town view', …). */
  what: string;
  children: ReactNode;
  /** A way out shown with the message (e.g. back to the planner map). */
  recover?: { label: string; action: () => void };
}

/**
 * Keeps a failure in one screen or panel from taking the whole app down: the rest stays usable and
 * the message says what failed and why. "Retry" draws the part again.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; hasError: boolean }> {
  state = { error: null as unknown, hasError: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, hasError: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(t(m.failedLog, { what: this.props.what }), error, info.componentStack);
  }

  render() {
    if (!this.state.hasError) return this.props.children;
    const { what, recover } = this.props;
    return (
      <div className="error-boundary" role="alert">
        <p>
          {t(m.failed, { what, error: errorMessage(this.state.error) })}
        </p>
        <button type="button" onClick={() => this.setState({ error: null, hasError: false })}>
          {t(m.retry)}
        </button>
        {recover && (
          <button type="button" onClick={recover.action}>
            {recover.label}
          </button>
        )}
      </div>
    );
  }
}

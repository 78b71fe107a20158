import { Component, type ErrorInfo, type ReactNode } from 'react';
import { errorMessage } from '../lib/errorText';

interface Props {
  /** What this boundary guards, named in the message ('规划图', '镇街视图', '汇报模式', …). */
  what: string;
  children: ReactNode;
  /** A way out shown with the message (e.g. back to the planner map). */
  recover?: { label: string; action: () => void };
}

/**
 * Keeps a failure in one screen or panel from taking the whole app down: the rest stays usable and
 * the message says what failed and why. "重试" draws the part again.
 */
export class ErrorBoundary extends Component<Props, { error: unknown; hasError: boolean }> {
  state = { error: null as unknown, hasError: false };

  static getDerivedStateFromError(error: unknown) {
    return { error, hasError: true };
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error(`${this.props.what}出错：`, error, info.componentStack);
  }

  render() {
    if (!this.state.hasError) return this.props.children;
    const { what, recover } = this.props;
    return (
      <div className="error-boundary" role="alert">
        <p>
          {what}出错，已停止显示这一部分（其他部分仍可使用）：{errorMessage(this.state.error)}
        </p>
        <button type="button" onClick={() => this.setState({ error: null, hasError: false })}>
          重试
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

import { Component, type ErrorInfo, type ReactNode } from "react";
import type { Messages } from "../messages";

interface Props {
  messages: Messages;
  /** Changes on navigation, so leaving a broken screen clears the error. */
  resetKey: string;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: string;
}

/** The last line of defence: a screen that throws shows a way out instead of a blank page. */
export class AppErrorBoundary extends Component<Props, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Only the error's name and the component stack: messages may carry user data.
    console.error(
      "dashboard: a screen failed to render",
      error instanceof Error ? error.name : typeof error,
      info.componentStack,
    );
  }

  override render() {
    const { messages } = this.props;
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" className="app-crash">
        <h1>{messages.crashed}</h1>
        <p>
          <button type="button" onClick={() => window.location.reload()}>
            {messages.reload}
          </button>{" "}
          <a href="/">{messages.goHome}</a>
        </p>
      </div>
    );
  }
}

// Catches anything a screen cannot show (a stored record it does not understand, for example) and says so
// in words, with the rest of the app still working, instead of a blank or crashed window.
import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

export class ScreenErrorBoundary extends Component<{ children: ReactNode; resetKey: string }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidUpdate(previous: { resetKey: string }): void {
    // Moving to another screen gives it a fresh start.
    if (previous.resetKey !== this.props.resetKey && this.state.failed) this.setState({ failed: false });
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div role="alert" data-testid="screen-error">
        <h1>This screen could not be shown</h1>
        <p>
          Some of the saved information it needs could not be read by this version of Waymark. Nothing has been changed
          or removed. Go back to Projects, or restore a backup from Settings.
        </p>
      </div>
    );
  }
}

import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Strings } from "../i18n/strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
  },
});

interface CrashNoticeProps {
  strings: Strings;
  message: string;
  onReload(): void;
}

/** What the pane shows instead of going blank: what happened, and the way back. */
export function CrashNotice({ strings, message, onReload }: CrashNoticeProps): React.JSX.Element {
  const styles = useStyles();
  const { crashed } = strings;
  return (
    <div className={styles.root} role="alert">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{crashed.title}</MessageBarTitle>
          {crashed.text} {message && crashed.detail(message)}
        </MessageBarBody>
      </MessageBar>
      <Button appearance="primary" onClick={onReload}>
        {crashed.reload}
      </Button>
    </div>
  );
}

interface PaneErrorBoundaryProps {
  strings: Strings;
  /** Start the pane again (a fresh session: settings and sheet read anew). */
  onReload(): void;
  children: React.ReactNode;
}

interface PaneErrorBoundaryState {
  error?: unknown;
}

/**
 * Catches an error thrown while the pane renders, which React would otherwise answer by
 * unmounting everything: a blank pane and no way on. A class, the one exception to function
 * components: React offers error boundaries only as class components
 * (getDerivedStateFromError).
 */
export class PaneErrorBoundary extends React.Component<
  PaneErrorBoundaryProps,
  PaneErrorBoundaryState
> {
  state: PaneErrorBoundaryState = {};

  static getDerivedStateFromError(error: unknown): PaneErrorBoundaryState {
    return { error };
  }

  render(): React.ReactNode {
    if (this.state.error === undefined) return this.props.children;
    const { error } = this.state;
    const message = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return (
      <CrashNotice
        strings={this.props.strings}
        message={message}
        onReload={() => {
          this.setState({ error: undefined });
          this.props.onReload();
        }}
      />
    );
  }
}

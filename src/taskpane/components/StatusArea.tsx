import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useStrings } from "../i18n/useStrings";
import type { BusyKey, TaskRunner } from "../state/useTask";
import { columnStyle } from "./paneStyles";

const useStyles = makeStyles({
  root: columnStyle(tokens.spacingVerticalS),
});

/** Where focus goes after work whose result is a message (see focusResult). */
export const STATUS_ID = "pane-status";

/**
 * Progress of the running work and the outcome of the last one. The region is live, so a screen
 * reader hears "Writing the analysis columns…" and then the result.
 */
export function StatusArea({ task }: { task: TaskRunner }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const { busy, notice } = task;
  const busyText = (key: BusyKey) =>
    key in strings.customer.busy
      ? strings.customer.busy[key as keyof typeof strings.customer.busy]
      : strings.busy[key as keyof typeof strings.busy];
  return (
    <div className={styles.root} role="status" aria-live="polite" id={STATUS_ID} tabIndex={-1}>
      {busy && <Spinner size="tiny" labelPosition="after" label={busyText(busy)} />}
      {notice && (
        <MessageBar intent={notice.intent}>
          <MessageBarBody>
            {notice.intent === "error" && <MessageBarTitle>{strings.errors.title}</MessageBarTitle>}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" onClick={task.dismiss}>
                {strings.app.dismiss}
              </Button>
            }
          />
        </MessageBar>
      )}
    </div>
  );
}

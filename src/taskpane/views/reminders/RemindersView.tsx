import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Heading } from "../../components/Heading";
import { useFormat, useStrings } from "../../i18n/useStrings";
import type { RemindersState } from "../../state/useReminders";
import { DraftCard } from "./DraftCard";
import { DraftList } from "./DraftList";
import { ExcludedList } from "./ExcludedList";
import { columnStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  root: columnStyle(tokens.spacingVerticalM),
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface RemindersViewProps {
  reminders: RemindersState;
  selectedCount: number;
  busy: boolean;
  onDraft(): void;
}

/** The drafts for the selection, what was left out and why, and what to do with them. */
export function RemindersView({
  reminders,
  selectedCount,
  busy,
  onDraft,
}: RemindersViewProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useStyles();
  const { result, drafts } = reminders;
  const sendable = drafts.filter((d) => d.held === undefined);
  const asOf = result?.drafts[0]?.asOf;
  return (
    <section className={styles.root} aria-labelledby="reminders-heading">
      <Heading level={2} id="reminders-heading">
        {strings.reminders.heading}
      </Heading>
      <div className={styles.actions}>
        <Button
          appearance={result ? "secondary" : "primary"}
          disabled={busy || selectedCount === 0}
          onClick={onDraft}
        >
          {strings.reminders.draft}
        </Button>
      </div>
      {!result && <Text className={styles.hint}>{strings.reminders.empty}</Text>}
      {result && (
        <>
          <Text aria-live="polite">
            {drafts.length ? strings.done.drafted(drafts.length) : strings.reminders.nothing}
          </Text>
          {asOf !== undefined && reminders.recordDate !== asOf && (
            <Text className={styles.hint}>
              {strings.reminders.recordsOn(format.date(reminders.recordDate))}
            </Text>
          )}
          <div className={styles.actions}>
            {sendable.length > 0 && (
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void reminders.markSent()}
                data-testid="mark-all-sent"
              >
                {strings.reminders.markAllSent}
              </Button>
            )}
            {drafts.length > 0 && reminders.canDownload && (
              <Button disabled={busy} onClick={reminders.downloadAll}>
                {strings.host.downloadAllZip}
              </Button>
            )}
            {reminders.canUndo && (
              <Button disabled={busy} onClick={() => void reminders.undoLast()}>
                {strings.reminders.undo}
              </Button>
            )}
          </div>
          {reminders.pendingInclude !== undefined && (
            <MessageBar intent="warning">
              <MessageBarBody>{strings.reminders.includeEdited}</MessageBarBody>
              <MessageBarActions>
                <Button size="small" onClick={reminders.confirmInclude}>
                  {strings.reminders.includeConfirm}
                </Button>
                <Button size="small" appearance="primary" onClick={reminders.cancelInclude}>
                  {strings.reminders.includeCancel}
                </Button>
              </MessageBarActions>
            </MessageBar>
          )}
          {drafts.length > 0 && !reminders.canDownload && (
            <MessageBar intent="info">
              <MessageBarBody>{strings.host.noDownloads}</MessageBarBody>
            </MessageBar>
          )}
          <DraftList
            drafts={drafts}
            renderCard={(draft) => (
              <DraftCard
                key={draft.id}
                draft={draft}
                tooLong={reminders.tooLong === draft.id}
                onEdit={reminders.edit}
                onCopy={(d) => void reminders.copy(d)}
                onOpenMail={reminders.openMail}
                onDownload={reminders.canDownload ? reminders.download : undefined}
                onMarkSent={(d) => void reminders.markSent([d])}
                onSkip={reminders.skip}
                onSendAnyway={reminders.sendAnyway}
                busy={busy}
              />
            )}
          />
          <ExcludedList excluded={result.excluded} onInclude={reminders.includeAnyway} />
        </>
      )}
    </section>
  );
}

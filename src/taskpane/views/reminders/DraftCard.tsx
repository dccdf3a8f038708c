import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { describeIssue } from "../../../core/reminders/issues";
import type { ReminderDraft } from "../../../core/reminders/types";
import type { DraftEdit } from "../../state/editedDraft";
import { useFormat, useLanguage, useStrings } from "../../i18n/useStrings";
import { actionName } from "../selection/describeNextAction";

import { PayNowQr } from "./PayNowQr";
import { cardStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  card: cardStyle,
  title: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
  meta: { color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  body: { minHeight: "200px" },
});

interface DraftCardProps {
  draft: ReminderDraft;
  tooLong: boolean;
  onEdit(id: string, change: DraftEdit): void;
  onCopy(draft: ReminderDraft): void;
  onOpenMail(draft: ReminderDraft): void;
  /** Absent where the host does not save downloads (Excel for Mac). */
  onDownload?(draft: ReminderDraft): void;
  onMarkSent(draft: ReminderDraft): void;
  onSkip(draft: ReminderDraft): void;
  onSendAnyway(draft: ReminderDraft): void;
  busy: boolean;
}

/** One customer's reminder: recipient, subject and message, editable, then copy, mail or .eml. */
export function DraftCard(props: DraftCardProps): React.JSX.Element {
  const { draft, tooLong, onEdit, onCopy, onOpenMail, onDownload, busy } = props;
  const strings = useStrings();
  const format = useFormat();
  const language = useLanguage();
  const styles = useStyles();
  const titleId = `draft-${draft.id}`;
  return (
    <article className={styles.card} aria-labelledby={titleId} data-customer={draft.customer}>
      <Text as="h3" id={titleId} className={styles.title}>
        {strings.reminders.draftLabel(draft.customer)}
      </Text>
      <Text className={styles.meta}>
        {strings.reminders.level(draft.level, actionName(draft.ladderLevel.action, strings))} ·{" "}
        {strings.reminders.total(format.money(draft.total), draft.invoices.length)}
      </Text>
      {draft.held && (
        <MessageBar intent="error">
          <MessageBarBody data-testid="held-reason">
            {describeIssue(draft.held, language)}
          </MessageBarBody>
          <MessageBarActions>
            <Button
              size="small"
              onClick={() => props.onSendAnyway(draft)}
              data-testid="send-anyway"
            >
              {strings.reminders.sendAnyway}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {draft.warnings.map((warning, i) => (
        <MessageBar key={i} intent="warning">
          <MessageBarBody>{describeIssue(warning, language)}</MessageBarBody>
        </MessageBar>
      ))}
      <Field label={strings.reminders.to}>
        <Input
          value={draft.to ?? ""}
          onChange={(_e, data) => onEdit(draft.id, { to: data.value })}
        />
      </Field>
      <Field label={strings.reminders.subject}>
        <Input
          value={draft.subject}
          onChange={(_e, data) => onEdit(draft.id, { subject: data.value })}
        />
      </Field>
      <Field label={strings.reminders.body}>
        <Textarea
          className={styles.body}
          value={draft.text}
          resize="vertical"
          rows={12}
          onChange={(_e, data) => onEdit(draft.id, { text: data.value })}
        />
      </Field>
      {draft.payNow && <PayNowQr payNow={draft.payNow} />}
      {draft.callScript && (
        <Field label={strings.settings.callScript}>
          <Textarea value={draft.callScript} readOnly resize="vertical" rows={6} />
        </Field>
      )}
      {tooLong && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.reminders.tooLong}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button onClick={() => onCopy(draft)}>{strings.reminders.copy}</Button>
        <Button onClick={() => onOpenMail(draft)}>{strings.reminders.openMail}</Button>
        {onDownload && (
          <Button appearance={tooLong ? "primary" : "secondary"} onClick={() => onDownload(draft)}>
            {strings.reminders.downloadEml}
          </Button>
        )}
        {!draft.held && (
          <Button appearance="primary" disabled={busy} onClick={() => props.onMarkSent(draft)}>
            {strings.reminders.markSent}
          </Button>
        )}
        <Button disabled={busy} onClick={() => props.onSkip(draft)}>
          {strings.reminders.skip}
        </Button>
      </div>
    </article>
  );
}

import * as React from "react";
import { Button, Field, Input, Textarea } from "@fluentui/react-components";
import {
  ACTIVITY_KINDS,
  CALL_OUTCOMES,
  DISPUTE_REASONS,
  type ActivityEntry,
  type ActivityKind,
  type CallOutcome,
  type DisputeReason,
} from "../../../core/account/activity";
import type { Day } from "../../../core/types";
import { Heading } from "../../components/Heading";
import { SelectField } from "../../components/SelectField";
import { dayFromIsoText } from "../../format/dayFromIsoText";
import { parseNumber } from "../../format/parseNumber";
import { useStrings } from "../../i18n/useStrings";
import { useAccountStyles } from "./useAccountStyles";

interface ActivityFormProps {
  customer: string;
  asOf: Day;
  busy: boolean;
  onRecord(entry: ActivityEntry): void;
}

const splitList = (text: string) =>
  text
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * One form for a note, a call and its outcome, a promise to pay or a dispute (and its
 * resolution): what it records is dated the as-of day and goes to the Activity sheet.
 */
export function ActivityForm({
  customer,
  asOf,
  busy,
  onRecord,
}: ActivityFormProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useAccountStyles();
  const f = strings.customer.form;
  const [kind, setKind] = React.useState<ActivityKind>("note");
  const [invoices, setInvoices] = React.useState("");
  const [amount, setAmount] = React.useState("");
  const [date, setDate] = React.useState("");
  const [reason, setReason] = React.useState<DisputeReason>("price");
  const [outcome, setOutcome] = React.useState<CallOutcome>("reached");
  const [owner, setOwner] = React.useState("");
  const [email, setEmail] = React.useState("");
  const [text, setText] = React.useState("");
  const promiseDate = dayFromIsoText(date);
  const needsInvoices =
    (kind === "dispute" || kind === "resolved") && splitList(invoices).length === 0;
  const needsDate = kind === "promise" && promiseDate === undefined;

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (needsInvoices || needsDate) return;
    const entry: ActivityEntry = {
      date: asOf,
      customer,
      kind,
      invoices: splitList(invoices),
      text: text.trim(),
    };
    const value = parseNumber(amount, false);
    if ((kind === "promise" || kind === "dispute") && value !== undefined && value > 0)
      entry.amount = value;
    if (kind === "promise" && promiseDate !== undefined) entry.promiseDate = promiseDate;
    if (kind === "dispute") entry.reason = reason;
    if (kind === "dispute" && owner.trim()) entry.owner = owner.trim();
    if (kind === "call") entry.outcome = outcome;
    if (kind === "note" && email.trim()) entry.email = email.trim();
    onRecord(entry);
    setInvoices("");
    setAmount("");
    setDate("");
    setText("");
    setEmail("");
  };

  return (
    <form className={styles.section} onSubmit={submit} aria-labelledby="record-heading">
      <Heading level={3} id="record-heading">
        {f.heading}
      </Heading>
      <SelectField<ActivityKind>
        label={f.kind}
        value={kind}
        options={ACTIVITY_KINDS}
        optionLabel={(k) => f.kinds[k]}
        onChange={setKind}
      />
      {kind === "call" && (
        <SelectField<CallOutcome>
          label={f.outcome}
          value={outcome}
          options={CALL_OUTCOMES}
          optionLabel={(o) => strings.customer.outcomes[o]}
          onChange={setOutcome}
        />
      )}
      {kind === "dispute" && (
        <>
          <SelectField<DisputeReason>
            label={f.reason}
            value={reason}
            options={DISPUTE_REASONS}
            optionLabel={(r) => strings.customer.reasons[r]}
            onChange={setReason}
          />
          <Field label={f.owner}>
            <Input value={owner} onChange={(_e, d) => setOwner(d.value)} />
          </Field>
        </>
      )}
      {kind !== "note" && (
        <Field
          label={f.invoices}
          hint={kind === "promise" || kind === "call" ? f.invoicesHint : undefined}
          validationState={needsInvoices && invoices !== "" ? "error" : "none"}
          validationMessage={needsInvoices ? f.needInvoices : undefined}
        >
          <Input value={invoices} onChange={(_e, d) => setInvoices(d.value)} />
        </Field>
      )}
      {kind === "promise" && (
        <Field label={f.promiseDate} validationMessage={needsDate ? f.needDate : undefined}>
          <Input type="date" value={date} onChange={(_e, d) => setDate(d.value)} />
        </Field>
      )}
      {(kind === "promise" || kind === "dispute") && (
        <Field label={f.amount}>
          <Input inputMode="decimal" value={amount} onChange={(_e, d) => setAmount(d.value)} />
        </Field>
      )}
      {kind === "note" && (
        <Field label={f.email}>
          <Input type="email" value={email} onChange={(_e, d) => setEmail(d.value)} />
        </Field>
      )}
      <Field label={f.text}>
        <Textarea value={text} onChange={(_e, d) => setText(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button type="submit" appearance="primary" disabled={busy || needsInvoices || needsDate}>
          {f.submit}
        </Button>
      </div>
    </form>
  );
}

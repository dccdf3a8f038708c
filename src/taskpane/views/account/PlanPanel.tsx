import * as React from "react";
import { Button, Field, Input, Text } from "@fluentui/react-components";
import { PLAN_FREQUENCIES, splitPlan, type PlanFrequency } from "../../../core/account/paymentPlan";
import { toIsoDate } from "../../../core/dates/calendar";
import type { Day } from "../../../core/types";
import { Heading } from "../../components/Heading";
import { SelectField } from "../../components/SelectField";
import { dayFromIsoText } from "../../format/dayFromIsoText";
import { parseNumber } from "../../format/parseNumber";
import { useFormat, useStrings } from "../../i18n/useStrings";
import type { CustomerAccount } from "../../state/customerAccount";
import type { AccountActions } from "../../state/useAccountActions";
import { useAccountStyles } from "./useAccountStyles";

interface PlanPanelProps {
  account: CustomerAccount;
  asOf: Day;
  /** Plans already recorded in the workbook (for the next plan's id). */
  planCount: number;
  actions: AccountActions;
  busy: boolean;
}

/** Split the customer's debt into instalments, record the plan, follow it and draft its letters. */
export function PlanPanel({
  account,
  asOf,
  planCount,
  actions,
  busy,
}: PlanPanelProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useAccountStyles();
  const p = strings.customer.plan;
  const [countText, setCountText] = React.useState("3");
  const [firstText, setFirstText] = React.useState(toIsoDate(asOf + 30));
  const [frequency, setFrequency] = React.useState<PlanFrequency>("monthly");
  const debt = account.statement.balance;
  const count = parseNumber(countText, true);
  const first = dayFromIsoText(firstText);
  const instalments =
    debt > 0 && count !== undefined && first !== undefined
      ? splitPlan(debt, count, first, frequency)
      : undefined;
  const to = account.emails.join(", ") || undefined;

  const record = () => {
    if (!instalments) return;
    void actions.recordPlan({
      id: `PLAN-${planCount + 1}`,
      customer: account.customer,
      created: asOf,
      invoices: account.openInvoices,
      frequency,
      instalments,
    });
  };

  return (
    <section className={styles.section} aria-labelledby="plan-heading">
      <Heading level={3} id="plan-heading">
        {p.heading}
      </Heading>
      {account.plans.map((status) => (
        <div
          key={status.plan.id}
          className={styles.card}
          data-plan={status.plan.id}
          data-state={status.state}
        >
          <Text weight="semibold">
            {status.plan.id}: {p.states[status.state]}
          </Text>
          <ol className={styles.bullets}>
            {status.instalments.map((i) => (
              <li key={i.number} data-state={i.state}>
                {p.instalment(i.number, format.date(i.due), format.money(i.amount))} (
                {p.instalmentStates[i.state]})
              </li>
            ))}
          </ol>
          <div className={styles.row}>
            <Button
              size="small"
              onClick={() => actions.downloadPlanLetter("planProposal", status.plan, to)}
            >
              {p.proposal}
            </Button>
            {status.missed && (
              <Button
                size="small"
                onClick={() =>
                  actions.downloadPlanLetter("missedInstalment", status.plan, to, status.missed)
                }
              >
                {p.missedLetter}
              </Button>
            )}
          </div>
        </div>
      ))}
      {debt > 0 ? (
        <>
          <Text>{p.debt(format.money(debt))}</Text>
          <div className={styles.row}>
            <Field label={p.count} className={styles.field}>
              <Input
                type="number"
                min={1}
                max={120}
                value={countText}
                onChange={(_e, d) => setCountText(d.value)}
              />
            </Field>
            <Field label={p.first} className={styles.field}>
              <Input type="date" value={firstText} onChange={(_e, d) => setFirstText(d.value)} />
            </Field>
            <SelectField<PlanFrequency>
              label={p.frequency}
              className={styles.field}
              value={frequency}
              options={PLAN_FREQUENCIES}
              optionLabel={(f) => p.frequencies[f]}
              onChange={setFrequency}
            />
          </div>
          {instalments ? (
            <ol className={styles.bullets} aria-label={p.heading}>
              {instalments.map((i) => (
                <li key={i.number}>
                  {p.instalment(i.number, format.date(i.due), format.money(i.amount))}
                </li>
              ))}
            </ol>
          ) : (
            <Text role="alert">{p.invalid}</Text>
          )}
          <div>
            <Button appearance="primary" disabled={busy || !instalments} onClick={record}>
              {p.create}
            </Button>
          </div>
        </>
      ) : (
        <Text className={styles.hint}>{p.nothingToSplit}</Text>
      )}
    </section>
  );
}

import * as React from "react";
import { Field, Select, Text } from "@fluentui/react-components";
import { statementOf } from "../../../core/account/statement";
import { customerKey } from "../../../core/history/customerKey";
import type { DunningLevel } from "../../../core/types";
import { Heading } from "../../components/Heading";
import { useStrings } from "../../i18n/useStrings";
import type { PaneSession } from "../../state/usePaneSession";
import { customerAccount } from "../../state/customerAccount";
import type { AccountActions } from "../../state/useAccountActions";
import type { InvoiceAnalysis } from "../../../core/analyse";
import { CashForecastChart } from "../overview/CashForecastChart";
import { atLegalAction } from "../../../core/legal/courtFileOf";
import { withConsumer } from "../../state/withConsumer";
import { AccountSummary } from "./AccountSummary";
import { CourtFilePanel } from "./CourtFilePanel";
import { AccountTimeline } from "./AccountTimeline";
import { ActivityForm } from "./ActivityForm";
import { OpenItems } from "./OpenItems";
import { PlanPanel } from "./PlanPanel";
import { StatementPanel } from "./StatementPanel";
import { useAccountStyles } from "./useAccountStyles";

interface AccountViewProps {
  session: PaneSession;
  customer?: string;
  onChoose(customer: string): void;
  /** The invoices selected in the sheet (for the statements of all selected customers). */
  selected: InvoiceAnalysis[];
  ladder: readonly DunningLevel[];
  actions: AccountActions;
  busy: boolean;
  onNotice(text: string): void;
}

/**
 * One customer's account: summary, open items, expected receipts, statement, timeline, the record
 * form, plans.
 */
export function AccountView(props: AccountViewProps): React.JSX.Element {
  const { session, customer, onChoose, selected, ladder, actions, busy, onNotice } = props;
  const strings = useStrings();
  const styles = useAccountStyles();
  const a = strings.customer.account;
  const { portfolio, journal, asOf, settings } = session;
  const customers = React.useMemo(() => {
    const names = new Map<string, string>();
    for (const row of portfolio?.rows ?? []) {
      if (row.invoice.open !== 0 && row.status !== "paid") {
        names.set(customerKey(row.invoice.customer), row.invoice.customer);
      }
    }
    return [...names.values()].sort((x, y) => x.localeCompare(y));
  }, [portfolio]);
  const account = React.useMemo(
    () =>
      portfolio && customer
        ? customerAccount(customer, portfolio, journal, asOf, settings.bucketBounds)
        : undefined,
    [portfolio, customer, journal, asOf, settings.bucketBounds]
  );
  const selection = React.useMemo(() => {
    const names = [
      ...new Map(
        selected.map((s) => [customerKey(s.invoice.customer), s.invoice.customer])
      ).values(),
    ];
    const invoices = portfolio?.rows.map((row) => row.invoice) ?? [];
    return names.map((name) => statementOf(name, invoices, asOf, settings.bucketBounds));
  }, [selected, portfolio, asOf, settings.bucketBounds]);
  const key = customer ? customerKey(customer) : "";
  const consumer = (settings.consumers ?? []).includes(key);
  const invoices = React.useMemo(
    () =>
      (portfolio?.rows ?? [])
        .filter((r) => customerKey(r.invoice.customer) === key)
        .map((r) => r.invoice),
    [portfolio, key]
  );

  return (
    <section className={styles.section} aria-labelledby="account-heading">
      <Heading level={2} id="account-heading">
        {a.heading}
      </Heading>
      <Field label={a.choose}>
        <Select
          value={customer ?? ""}
          onChange={(_e, d) => onChoose(d.value)}
          data-testid="account-customer"
        >
          <option value="">–</option>
          {customer && !customers.includes(customer) && (
            <option value={customer}>{customer}</option>
          )}
          {customers.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </Select>
      </Field>
      {!account ? (
        <Text className={styles.hint}>{a.none}</Text>
      ) : (
        <>
          <AccountSummary account={account} />
          <OpenItems statement={account.statement} consumer={consumer} />
          <section className={styles.section} aria-labelledby="account-forecast-heading">
            <Heading level={3} id="account-forecast-heading">
              {strings.overview.forecast.heading}
            </Heading>
            <CashForecastChart forecast={account.forecast} />
          </section>
          <StatementPanel
            statement={account.statement}
            selection={selection}
            invoices={invoices}
            actions={actions}
            busy={busy}
            onNotice={onNotice}
          />
          <CourtFilePanel
            customer={account.customer}
            rows={portfolio?.rows ?? []}
            reminderLog={session.reminderLog}
            settings={settings}
            asOf={asOf}
            atLegalAction={atLegalAction(portfolio?.rows ?? [], account.customer, ladder)}
            consumer={consumer}
            onConsumer={(on) => void session.saveSettings(withConsumer(settings, key, on))}
            actions={actions}
            busy={busy}
          />
          <AccountTimeline events={account.timeline} emails={account.emails} ladder={ladder} />
          <ActivityForm
            customer={account.customer}
            asOf={asOf}
            busy={busy}
            onRecord={(e) => void actions.recordActivity(e)}
          />
          <PlanPanel
            account={account}
            asOf={asOf}
            planCount={journal?.plans.length ?? 0}
            actions={actions}
            busy={busy}
          />
        </>
      )}
    </section>
  );
}

import * as React from "react";
import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InvoiceAnalysis } from "../../../core/analyse";
import type { PaymentExpectation } from "../../../core/forecast/paymentExpectation";
import { useFormat, useStrings } from "../../i18n/useStrings";
import { riskBadgeColor } from "../riskBadgeColor";
import { describeExpectation } from "./describeExpectation";
import { describeFactor } from "./describeFactor";
import { describeNextAction } from "./describeNextAction";
import { cardStyle, detailsStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  card: { ...cardStyle, backgroundColor: tokens.colorNeutralBackground1 },
  details: detailsStyle,
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
});

interface InvoiceCardProps {
  analysis: InvoiceAnalysis;
  /** When the invoice should be paid (CREDIT.PAYDATE) and why; absent for a settled one. */
  expectation?: PaymentExpectation;
}

/**
 * One selected invoice: its details, its risk and the factors behind it, the next action and why.
 * A settled invoice shows no lateness or risk, as in the sheet: there is nothing left to chase.
 */
export function InvoiceCard({ analysis, expectation }: InvoiceCardProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useStyles();
  const { invoice, risk } = analysis;
  const next = describeNextAction(analysis.next, strings);
  const titleId = `invoice-${invoice.row}`;
  const status = analysis.status === "" ? "" : strings.status[analysis.status];
  const settled = analysis.status === "paid";
  return (
    <article className={styles.card} aria-labelledby={titleId} data-row={invoice.row}>
      <Text as="h3" id={titleId} weight="semibold" className={styles.subheading}>
        {strings.selection.invoice(invoice.invoiceNumber)} – {invoice.customer}
      </Text>
      <dl className={styles.details}>
        <dt className={styles.term}>{strings.selection.due}</dt>
        <dd className={styles.value}>{format.date(invoice.dueDate)}</dd>
        {!settled && (
          <>
            <dt className={styles.term}>{strings.selection.daysOverdue}</dt>
            <dd className={styles.value}>{format.number(analysis.daysOverdue, 0)}</dd>
          </>
        )}
        <dt className={styles.term}>{strings.selection.open}</dt>
        <dd className={styles.value}>{format.money(invoice.open)}</dd>
        {!settled && (
          <>
            <dt className={styles.term}>{strings.selection.bucket}</dt>
            <dd className={styles.value}>{strings.overview.bucket(analysis.bucket)}</dd>
          </>
        )}
        {expectation && (
          <>
            <dt className={styles.term}>{strings.selection.expected}</dt>
            <dd className={styles.value} data-testid="expected-payment">
              {format.date(expectation.day)} ({describeExpectation(expectation, strings, format)})
            </dd>
          </>
        )}
        {status && (
          <>
            <dt className={styles.term}>{strings.selection.status}</dt>
            <dd className={styles.value}>{status}</dd>
          </>
        )}
      </dl>
      {!settled && (
        <>
          <div>
            <Badge appearance="filled" color={riskBadgeColor(analysis.riskClass)}>
              {strings.selection.risk(
                risk.score,
                strings.riskClass[analysis.riskClass] ?? analysis.riskClass
              )}
            </Badge>
          </div>
          <Text as="h4" className={styles.subheading}>
            {strings.selection.factorsHeading}
          </Text>
          {risk.factors.length ? (
            <ul className={styles.list} data-testid="risk-factors">
              {risk.factors.map((factor) => (
                <li key={factor.key}>{describeFactor(factor, strings, format)}</li>
              ))}
            </ul>
          ) : (
            <Text>{strings.selection.noFactors}</Text>
          )}
        </>
      )}
      <Text as="h4" className={styles.subheading}>
        {strings.selection.nextHeading}
      </Text>
      <Text weight="semibold" data-testid="next-action">
        {next.title}
      </Text>
      <Text>{strings.selection.why(next.reason)}</Text>
    </article>
  );
}

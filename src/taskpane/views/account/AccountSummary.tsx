import * as React from "react";
import { Badge, Text } from "@fluentui/react-components";
import type { HoldReason } from "../../../core/account/creditHold";
import { Heading } from "../../components/Heading";
import type { Formatters } from "../../format/formatters";
import { useFormat, useStrings } from "../../i18n/useStrings";
import type { Strings } from "../../i18n/strings";
import type { CustomerAccount } from "../../state/customerAccount";
import { riskBadgeColor } from "../riskBadgeColor";
import { describeFactor } from "../selection/describeFactor";
import { useAccountStyles } from "./useAccountStyles";

function holdText(reason: HoldReason, strings: Strings, format: Formatters): string {
  const h = strings.customer.hold;
  return reason.key === "overLimit"
    ? h.overLimit(format.money(reason.exposure), format.money(reason.limit))
    : h.pastDay(reason.daysOverdue, reason.holdDay);
}

/** Balance, credit limit and use, credit hold, payment habit and risk with its factors. */
export function AccountSummary({ account }: { account: CustomerAccount }): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useAccountStyles();
  const a = strings.customer.account;
  const { history, riskiest } = account;
  const trend = history?.trend;
  return (
    <section className={styles.section} aria-labelledby="summary-heading">
      <Heading level={3} id="summary-heading">
        {a.summary}
      </Heading>
      {account.hold.length > 0 && (
        <div className={styles.card} data-testid="hold">
          <div>
            <Badge appearance="filled" color="danger">
              {strings.customer.hold.badge}
            </Badge>
          </div>
          {account.hold.map((reason) => (
            <Text key={reason.key}>{holdText(reason, strings, format)}</Text>
          ))}
        </div>
      )}
      <dl className={styles.details}>
        <dt className={styles.term}>{a.balance}</dt>
        <dd className={styles.value} data-testid="balance">
          {format.money(account.statement.balance)}
        </dd>
        <dt className={styles.term}>{a.overdue}</dt>
        <dd className={styles.value}>{format.money(history?.overdueExposure ?? 0)}</dd>
        <dt className={styles.term}>{a.creditLimit}</dt>
        <dd className={styles.value}>
          {history?.creditLimit ? format.money(history.creditLimit) : a.noLimit}
        </dd>
        {history?.creditUse !== undefined && (
          <>
            <dt className={styles.term}>{a.creditUse}</dt>
            <dd className={styles.value}>{format.percent(history.creditUse)}</dd>
          </>
        )}
        <dt className={styles.term}>{a.habit}</dt>
        <dd className={styles.value}>
          {history?.averageDaysLate === undefined
            ? a.noHistory
            : a.averageLate(format.number(history.averageDaysLate))}
          {trend !== undefined && Math.abs(trend) >= 1 && (
            <>
              <br />
              {trend > 0
                ? a.trendLater(format.number(trend))
                : a.trendEarlier(format.number(-trend))}
            </>
          )}
        </dd>
      </dl>
      {riskiest && (
        <>
          <div>
            <Badge appearance="filled" color={riskBadgeColor(riskiest.riskClass)}>
              {a.risk(
                riskiest.risk.score,
                strings.riskClass[riskiest.riskClass] ?? riskiest.riskClass
              )}
            </Badge>
          </div>
          <ul className={styles.bullets}>
            {riskiest.risk.factors.map((factor) => (
              <li key={factor.key}>{describeFactor(factor, strings, format)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

import * as React from "react";
import { Text } from "@fluentui/react-components";
import type { DisputeBucket } from "../../../core/account/disputedByReason";
import { Heading } from "../../components/Heading";
import { useFormat, useStrings } from "../../i18n/useStrings";
import { useAccountStyles } from "../account/useAccountStyles";

/** The disputed open amount by reason (Activity sheet), the sheet's own flag as "not recorded". */
export function DisputesByReason({
  disputed,
}: {
  disputed: Partial<Record<DisputeBucket, number>>;
}): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useAccountStyles();
  const d = strings.customer.disputes;
  const entries = (Object.entries(disputed) as [DisputeBucket, number][]).sort(
    (a, b) => b[1] - a[1]
  );
  return (
    <section className={styles.section} aria-labelledby="disputes-heading">
      <Heading level={3} id="disputes-heading">
        {d.heading}
      </Heading>
      {entries.length === 0 ? (
        <Text className={styles.hint}>{d.none}</Text>
      ) : (
        <dl className={styles.details} data-testid="disputes-by-reason">
          {entries.map(([reason, amount]) => (
            <React.Fragment key={reason}>
              <dt className={styles.term}>{strings.customer.reasons[reason]}</dt>
              <dd className={styles.value}>{format.money(amount)}</dd>
            </React.Fragment>
          ))}
        </dl>
      )}
    </section>
  );
}

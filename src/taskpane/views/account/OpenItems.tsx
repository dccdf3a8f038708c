import * as React from "react";
import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from "@fluentui/react-components";
import type { Statement } from "../../../core/account/statement";
import { limitation } from "../../../core/legal/limitation";
import { Heading } from "../../components/Heading";
import { useFormat, useStrings } from "../../i18n/useStrings";
import { useAccountStyles } from "./useAccountStyles";

/** The customer's open items and credit notes with the balance, then the ageing of the balance. */
export function OpenItems({
  statement,
  consumer = false,
}: {
  statement: Statement;
  /** The customer is a consumer (Court file panel): 2-year limitation. */
  consumer?: boolean;
}): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useAccountStyles();
  const a = strings.customer.account;
  // 5 years between traders (art. L110-4 Code de commerce), 2 against a consumer (art. L218-2
  // Code de la consommation), with a warning 90 days before.
  const limitationText = (dueDate: number): string => {
    const { date, state } = limitation(dueDate, statement.asOf, consumer ? "consumer" : "trader");
    const shown = format.date(date);
    return state === "ok"
      ? shown
      : state === "soon"
        ? a.limitationSoon(shown)
        : a.limitationPassed(shown);
  };
  return (
    <section className={styles.section} aria-labelledby="open-items-heading">
      <Heading level={3} id="open-items-heading">
        {a.openItems}
      </Heading>
      <Table size="extra-small" aria-labelledby="open-items-heading" data-testid="open-items">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{a.invoice}</TableHeaderCell>
            <TableHeaderCell>{a.due}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{a.open}</TableHeaderCell>
            <TableHeaderCell className={styles.number}>{a.days}</TableHeaderCell>
            <TableHeaderCell>{a.limitation}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {statement.lines.map((line) => (
            <TableRow key={`${line.invoiceNumber}-${line.dueDate}`}>
              <TableCell className={styles.wrap}>
                {line.credit ? `${line.invoiceNumber} (${a.creditNote})` : line.invoiceNumber}
              </TableCell>
              <TableCell>{format.date(line.dueDate)}</TableCell>
              <TableCell className={styles.number}>{format.money(line.open)}</TableCell>
              <TableCell className={styles.number}>
                {line.daysOverdue > 0 ? line.daysOverdue : ""}
              </TableCell>
              <TableCell data-testid="limitation">
                {line.credit ? "" : limitationText(line.dueDate)}
              </TableCell>
            </TableRow>
          ))}
          <TableRow>
            <TableCell>
              <strong>{a.total}</strong>
            </TableCell>
            <TableCell />
            <TableCell className={styles.number}>
              <strong>{format.money(statement.balance)}</strong>
            </TableCell>
            <TableCell />
            <TableCell />
          </TableRow>
        </TableBody>
      </Table>
      <Heading level={3} id="account-ageing-heading">
        {a.ageing}
      </Heading>
      <dl className={styles.details}>
        {statement.ageing.labels.map((label, i) => (
          <React.Fragment key={label}>
            <dt className={styles.term}>{strings.overview.bucket(label)}</dt>
            <dd className={styles.value}>{format.money(statement.ageing.amounts[i])}</dd>
          </React.Fragment>
        ))}
      </dl>
    </section>
  );
}

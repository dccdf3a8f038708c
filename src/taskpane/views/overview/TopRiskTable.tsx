import * as React from "react";
import {
  Badge,
  Link,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { CustomerRisk } from "../../state/topRiskCustomers";
import { useFormat, useStrings } from "../../i18n/useStrings";
import { riskBadgeColor } from "../riskBadgeColor";

const useStyles = makeStyles({
  number: { textAlign: "end", whiteSpace: "nowrap" },
  customer: { overflowWrap: "anywhere" },
  empty: { color: tokens.colorNeutralForeground2 },
});

interface TopRiskTableProps {
  customers: CustomerRisk[];
  onSelect(customer: CustomerRisk): void;
}

/** The customers most at risk; choosing one selects their open invoices in the sheet. */
export function TopRiskTable({ customers, onSelect }: TopRiskTableProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useStyles();
  if (customers.length === 0) return <p className={styles.empty}>{strings.overview.noOpen}</p>;
  return (
    <Table size="small" aria-label={strings.overview.topRiskHeading}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{strings.overview.customerColumn}</TableHeaderCell>
          <TableHeaderCell>{strings.overview.riskColumn}</TableHeaderCell>
          <TableHeaderCell className={styles.number}>
            {strings.overview.overdueColumn}
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {customers.map((customer) => (
          <TableRow key={customer.customer} data-customer={customer.customer}>
            <TableCell className={styles.customer}>
              <Link
                as="button"
                aria-label={strings.overview.selectCustomer(customer.customer)}
                onClick={(event) => {
                  // The second click of a double click on the button this table replaced.
                  if (event.detail <= 1) onSelect(customer);
                }}
              >
                {customer.customer}
              </Link>
            </TableCell>
            <TableCell>
              <Badge appearance="tint" color={riskBadgeColor(customer.riskClass)}>
                {customer.score}
              </Badge>
            </TableCell>
            <TableCell className={styles.number}>{format.money(customer.overdue)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

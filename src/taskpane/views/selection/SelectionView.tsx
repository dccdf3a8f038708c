import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InvoiceAnalysis } from "../../../core/analyse";
import { paymentExpectation } from "../../../core/forecast/paymentExpectation";
import { customerKey, type CustomerHistory } from "../../../core/history/customerHistory";
import type { Day } from "../../../core/types";
import { Heading } from "../../components/Heading";
import { useStrings } from "../../i18n/useStrings";
import { useFormat } from "../../i18n/useStrings";
import { InvoiceCard } from "./InvoiceCard";
import { selectionTotals } from "./selectionTotals";
import { columnStyle } from "../../components/paneStyles";

/** Cards shown at once: enough for a customer's invoices, few enough to stay fast. */
const SHOWN = 20;

const useStyles = makeStyles({
  root: columnStyle(tokens.spacingVerticalM),
  hint: { color: tokens.colorNeutralForeground2 },
  totals: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  term: { color: tokens.colorNeutralForeground2 },
  amount: { margin: 0, textAlign: "end", fontWeight: tokens.fontWeightSemibold },
});

interface SelectionViewProps {
  selected: InvoiceAnalysis[];
  /** Rows selected in the sheet, invoices or not. */
  selectedRowCount: number;
  /** Customer histories by customerKey and the as-of day, for the expected payment dates. */
  histories?: Map<string, CustomerHistory>;
  asOf?: Day;
  busy: boolean;
  onDraft(): void;
}

/**
 * What the user selected in the sheet: the totals first, then each open invoice explained (paid
 * rows are counted, not shown as cards), and "Draft reminders".
 */
export function SelectionView(props: SelectionViewProps): React.JSX.Element {
  const { selected, selectedRowCount, histories, asOf, busy, onDraft } = props;
  const strings = useStrings();
  const styles = useStyles();
  const format = useFormat();
  const totals = selectionTotals(selected);
  const open = selected.filter((analysis) => analysis.status !== "paid");
  const t = strings.selection.totals;
  return (
    <section className={styles.root} aria-labelledby="selection-heading">
      <Heading level={2} id="selection-heading">
        {strings.selection.heading}
      </Heading>
      {selected.length === 0 ? (
        <Text className={styles.hint}>
          {selectedRowCount > 0 ? strings.selection.notInvoices : strings.selection.empty}
        </Text>
      ) : (
        <>
          <Text aria-live="polite">{strings.selection.count(selected.length)}</Text>
          <dl className={styles.totals} aria-label={t.label} data-testid="selection-totals">
            <dt className={styles.term}>{t.open}</dt>
            <dd className={styles.amount}>{format.number(totals.open, 0)}</dd>
            <dt className={styles.term}>{t.openAmount}</dt>
            <dd className={styles.amount}>{format.money(totals.openAmount)}</dd>
            <dt className={styles.term}>{t.overdueAmount}</dt>
            <dd className={styles.amount}>{format.money(totals.overdueAmount)}</dd>
            <dt className={styles.term}>{t.customers}</dt>
            <dd className={styles.amount}>{format.number(totals.customers, 0)}</dd>
            <dt className={styles.term}>{t.paid}</dt>
            <dd className={styles.amount}>{format.number(totals.paid, 0)}</dd>
          </dl>
          <div>
            <Button appearance="primary" disabled={busy} onClick={onDraft}>
              {strings.selection.draft}
            </Button>
          </div>
          {open.length === 0 && <Text className={styles.hint}>{t.allPaid}</Text>}
          {open.slice(0, SHOWN).map((analysis) => (
            <InvoiceCard
              key={analysis.invoice.row}
              analysis={analysis}
              expectation={
                histories && asOf !== undefined
                  ? paymentExpectation(
                      analysis.invoice,
                      histories.get(customerKey(analysis.invoice.customer)),
                      asOf
                    )
                  : undefined
              }
            />
          ))}
          {open.length > SHOWN && (
            <Text className={styles.hint}>{strings.selection.more(open.length - SHOWN)}</Text>
          )}
        </>
      )}
    </section>
  );
}

import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { InvoiceAnalysis } from "../../../core/analyse";
import { paymentExpectation } from "../../../core/forecast/paymentExpectation";
import { customerKey, type CustomerHistory } from "../../../core/history/customerHistory";
import type { Day } from "../../../core/types";
import { Heading } from "../../components/Heading";
import { useStrings } from "../../i18n/useStrings";
import { InvoiceCard } from "./InvoiceCard";

/** Cards shown at once: enough for a customer's invoices, few enough to stay fast. */
const SHOWN = 20;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground2 },
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

/** What the user selected in the sheet: each invoice explained, and "Draft reminders". */
export function SelectionView(props: SelectionViewProps): React.JSX.Element {
  const { selected, selectedRowCount, histories, asOf, busy, onDraft } = props;
  const strings = useStrings();
  const styles = useStyles();
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
          <div>
            <Button appearance="primary" disabled={busy} onClick={onDraft}>
              {strings.selection.draft}
            </Button>
          </div>
          {selected.slice(0, SHOWN).map((analysis) => (
            <InvoiceCard
              key={analysis.invoice.row}
              analysis={analysis}
              expectation={
                histories && asOf !== undefined && analysis.status !== "paid"
                  ? paymentExpectation(
                      analysis.invoice,
                      histories.get(customerKey(analysis.invoice.customer)),
                      asOf
                    )
                  : undefined
              }
            />
          ))}
          {selected.length > SHOWN && (
            <Text className={styles.hint}>{strings.selection.more(selected.length - SHOWN)}</Text>
          )}
        </>
      )}
    </section>
  );
}

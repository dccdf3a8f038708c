import * as React from "react";
import { Button, Switch, Text } from "@fluentui/react-components";
import type { InvoiceAnalysis } from "../../../core/analyse";
import { courtFileOf } from "../../../core/legal/courtFileOf";
import { courtFileHtml } from "../../../core/legal/courtFileLayout";
import type { Day, Settings } from "../../../core/types";
import type { LoggedReminder } from "../../../core/workbook";
import { Heading } from "../../components/Heading";
import { useFormat, useLanguage, useStrings } from "../../i18n/useStrings";
import type { AccountActions } from "../../state/useAccountActions";
import { PrintableStatement, printCourtFile } from "./PrintableStatement";
import { useAccountStyles } from "./useAccountStyles";

interface CourtFilePanelProps {
  customer: string;
  rows: readonly InvoiceAnalysis[];
  reminderLog: readonly LoggedReminder[];
  settings: Settings;
  asOf: Day;
  /** The customer is at the legal-action level: the file can be prepared. */
  atLegalAction: boolean;
  consumer: boolean;
  onConsumer(consumer: boolean): void;
  actions: AccountActions;
  busy: boolean;
}

/**
 * The debtor kind (consumer or trader, saved with the workbook: it sets the limitation) and, at
 * the legal-action level, the injonction de payer file: written as the add-in's sheet, then
 * printable. The figures are core's (courtFile): the claim states only what the workbook records.
 */
export function CourtFilePanel(props: CourtFilePanelProps): React.JSX.Element {
  const { customer, rows, reminderLog, settings, asOf, actions, busy } = props;
  const strings = useStrings();
  const language = useLanguage();
  const format = useFormat();
  const styles = useAccountStyles();
  const c = strings.customer.courtFile;
  const [prepared, setPrepared] = React.useState<string | undefined>(undefined);
  const file = React.useMemo(
    () => courtFileOf(customer, rows, reminderLog, settings, asOf),
    [customer, rows, reminderLog, settings, asOf]
  );
  const html = React.useMemo(() => courtFileHtml(file, language), [file, language]);
  const prepare = async () => {
    await actions.writeCourtFile(file);
    setPrepared(customer);
  };
  return (
    <section className={styles.section} aria-labelledby="court-file-heading">
      <Heading level={3} id="court-file-heading">
        {c.heading}
      </Heading>
      <Switch
        label={c.consumer}
        checked={props.consumer}
        disabled={busy}
        onChange={(_e, data) => props.onConsumer(data.checked)}
        data-testid="consumer"
      />
      <Text className={styles.hint}>{c.consumerHint}</Text>
      {props.atLegalAction && (
        <>
          <Text className={styles.hint}>{c.hint}</Text>
          <Text data-testid="court-total">
            {c.total(format.money(file.totals.total), file.lines.length)}
          </Text>
          <div className={styles.row}>
            <Button
              appearance="primary"
              disabled={busy || file.lines.length === 0}
              onClick={() => void prepare()}
              data-testid="prepare-court-file"
            >
              {c.prepare}
            </Button>
            {prepared === customer && <Button onClick={printCourtFile}>{c.print}</Button>}
          </div>
          {prepared === customer && <PrintableStatement html={html} court />}
        </>
      )}
    </section>
  );
}

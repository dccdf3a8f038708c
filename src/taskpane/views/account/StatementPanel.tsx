import * as React from "react";
import { Button, Field, Select } from "@fluentui/react-components";
import type { Statement } from "../../../core/account/statement";
import { statementHtml } from "../../../core/account/statementHtml";
import { Heading } from "../../components/Heading";
import { useLanguage, useStrings } from "../../i18n/useStrings";
import type { AccountActions } from "../../state/useAccountActions";
import type { Invoice } from "../../../core/types";
import { PrintableStatement } from "./PrintableStatement";
import { useAccountStyles } from "./useAccountStyles";

interface StatementPanelProps {
  statement: Statement;
  /** Statements of every customer selected in the sheet (empty when none is). */
  selection: Statement[];
  /** The customer's invoices, for the reminder the statement goes with. */
  invoices: Invoice[];
  actions: AccountActions;
  busy: boolean;
  onNotice(text: string): void;
}

/** The statement of account: as a sheet, as a printable page (PDF), or attached to a reminder. */
export function StatementPanel(props: StatementPanelProps): React.JSX.Element {
  const { statement, selection, invoices, actions, busy, onNotice } = props;
  const strings = useStrings();
  const language = useLanguage();
  const styles = useAccountStyles();
  const s = strings.customer.statement;
  const [scope, setScope] = React.useState<"customer" | "selection">("customer");
  const statements = scope === "selection" && selection.length > 0 ? selection : [statement];
  const html = React.useMemo(
    () => statementHtml(statements, actions.sender, language),
    [statements, actions.sender, language]
  );
  return (
    <section className={styles.section} aria-labelledby="statement-heading">
      <Heading level={3} id="statement-heading">
        {s.heading}
      </Heading>
      {selection.length > 0 && (
        <Field label={s.scope}>
          <Select value={scope} onChange={(_e, d) => setScope(d.value as "customer" | "selection")}>
            <option value="customer">{s.scopeCustomer}</option>
            <option value="selection">{s.forSelection(selection.length)}</option>
          </Select>
        </Field>
      )}
      <div className={styles.row}>
        <Button disabled={busy} onClick={() => void actions.writeStatement(statements)}>
          {s.writeSheet}
        </Button>
        <Button onClick={() => window.print()}>{s.print}</Button>
        <Button
          onClick={() => {
            if (!actions.emailStatement(invoices, statement)) onNotice(s.noReminder);
          }}
        >
          {s.email}
        </Button>
      </div>
      <PrintableStatement html={html} />
    </section>
  );
}

import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import { describeIssue } from "../../../core/reminders/issues";
import type { ExcludedInvoice } from "../../../core/reminders/types";
import { Heading } from "../../components/Heading";
import { useLanguage, useStrings } from "../../i18n/useStrings";
import { plainListStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  list: plainListStyle(tokens.spacingVerticalXS),
  item: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
});

/** Keys of exclusions the user may override: the rules advise against, the user may know better. */
const OVERRIDABLE = new Set(["disputed", "promise", "wait"]);

interface ExcludedListProps {
  excluded: ExcludedInvoice[];
  onInclude(row: number): void;
}

/** Lines shown before "Show all": a whole sheet drafted left 1,873 lines here. */
const SHOWN = 20;

/** Selected invoices no draft covers, each with why, and "Include anyway" where that makes sense. */
export function ExcludedList({ excluded, onInclude }: ExcludedListProps): React.JSX.Element | null {
  const strings = useStrings();
  const language = useLanguage();
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  if (excluded.length === 0) return null;
  const shown = all ? excluded : excluded.slice(0, SHOWN);
  return (
    <section aria-labelledby="excluded-heading">
      <Heading level={3} id="excluded-heading">
        {strings.reminders.excludedHeading}
      </Heading>
      <ul className={styles.list}>
        {shown.map((item) => (
          <li key={item.row} className={styles.item}>
            <Text>
              {strings.reminders.excludedLine(
                item.invoiceNumber,
                item.customer,
                describeIssue(item.reason, language)
              )}
            </Text>
            {OVERRIDABLE.has(item.reason.key) && (
              <Button
                size="small"
                aria-label={strings.reminders.includeLabel(item.invoiceNumber)}
                onClick={() => onInclude(item.row)}
              >
                {strings.reminders.includeAnyway}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {shown.length < excluded.length && (
        <Button appearance="subtle" onClick={() => setAll(true)}>
          {strings.reminders.showAllExcluded(excluded.length)}
        </Button>
      )}
    </section>
  );
}

import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { ReminderDraft } from "../../../core/reminders/types";
import { useFormat, useStrings } from "../../i18n/useStrings";
import { columnStyle, plainListStyle } from "../../components/paneStyles";

/** Above this many drafts the pane lists them one line each, with one draft open at a time. */
export const COMPACT_FROM = 21;

const useStyles = makeStyles({
  list: plainListStyle(tokens.spacingVerticalXS),
  line: { justifyContent: "flex-start", textAlign: "start", width: "100%", minWidth: 0 },
  open: columnStyle(tokens.spacingVerticalXS),
});

interface DraftListProps {
  drafts: readonly ReminderDraft[];
  renderCard(draft: ReminderDraft): React.ReactNode;
}

/**
 * The drafts: each as its card when there are few; past twenty (drafting a whole sheet gave a
 * 73,000 px page) a compact list of one line per customer where one draft at a time is open.
 */
export function DraftList({ drafts, renderCard }: DraftListProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useStyles();
  const [openId, setOpenId] = React.useState<string | undefined>(drafts[0]?.id);
  if (drafts.length < COMPACT_FROM) return <>{drafts.map((draft) => renderCard(draft))}</>;
  const open = drafts.some((draft) => draft.id === openId) ? openId : drafts[0]?.id;
  return (
    <ul className={styles.list} aria-label={strings.reminders.compactLabel(drafts.length)}>
      {drafts.map((draft) => {
        const isOpen = draft.id === open;
        return (
          <li key={draft.id} className={styles.open} data-draft-line={draft.customer}>
            <Button
              appearance={isOpen ? "secondary" : "subtle"}
              className={styles.line}
              aria-expanded={isOpen}
              onClick={() => setOpenId(isOpen ? undefined : draft.id)}
            >
              {strings.reminders.compactLine(
                draft.customer,
                strings.reminders.total(format.money(draft.total), draft.invoices.length)
              )}
            </Button>
            {isOpen && renderCard(draft)}
          </li>
        );
      })}
    </ul>
  );
}

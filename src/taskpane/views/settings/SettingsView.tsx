import * as React from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import type { Settings } from "../../../core/types";
import { Heading } from "../../components/Heading";
import { useStrings } from "../../i18n/useStrings";
import { GeneralFields } from "./GeneralFields";
import { LadderEditor } from "./LadderEditor";
import { orderedLadder } from "./orderedLadder";
import { TemplatesEditor } from "./TemplatesEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  actions: {
    position: "sticky",
    bottom: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
});

interface SettingsViewProps {
  settings: Settings;
  busy: boolean;
  onSave(settings: Settings): void;
}

/** Settings saved with the workbook: edited as a draft, applied on "Save settings". */
export function SettingsView({ settings, busy, onSave }: SettingsViewProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const [draft, setDraft] = React.useState(settings);
  React.useEffect(() => setDraft(settings), [settings]);
  const change = (partial: Partial<Settings>) =>
    setDraft((current) => ({ ...current, ...partial }));
  return (
    <section className={styles.root} aria-labelledby="settings-heading">
      <Heading level={2} id="settings-heading">
        {strings.settings.heading}
      </Heading>
      <LadderEditor ladder={draft.ladder} onChange={(ladder) => change({ ladder })} />
      <GeneralFields draft={draft} onChange={change} />
      <TemplatesEditor
        ladder={draft.ladder}
        templates={draft.templates}
        onChange={(templates) => change({ templates })}
      />
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => onSave({ ...draft, ladder: orderedLadder(draft.ladder) })}
        >
          {strings.settings.save}
        </Button>
      </div>
    </section>
  );
}

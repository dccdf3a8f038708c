import * as React from "react";
import { Button, Text, makeStyles, tokens } from "@fluentui/react-components";
import type { Settings } from "../../../core/types";
import { FieldErrorsProvider, useFieldErrorState } from "../../components/fieldErrors";
import { Heading } from "../../components/Heading";
import { useStrings } from "../../i18n/useStrings";
import { GeneralFields } from "./GeneralFields";
import { inDayOrder, ladderIssues } from "./ladderIssues";
import { LadderEditor } from "./LadderEditor";
import { TemplatesEditor } from "./TemplatesEditor";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  actions: {
    position: "sticky",
    bottom: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  blocked: { color: tokens.colorPaletteRedForeground1 },
  save: { alignSelf: "flex-start" },
});

interface SettingsViewProps {
  settings: Settings;
  busy: boolean;
  onSave(settings: Settings): void;
}

/**
 * Settings saved with the workbook: edited as a draft, applied on "Save settings". A field in
 * error blocks Save, and the line beside Save names every field to fix.
 */
export function SettingsView({ settings, busy, onSave }: SettingsViewProps): React.JSX.Element {
  const strings = useStrings();
  const form = strings.settingsForm;
  const styles = useStyles();
  const [draft, setDraft] = React.useState(settings);
  React.useEffect(() => setDraft(settings), [settings]);
  const [fieldErrors, report] = useFieldErrorState();
  const change = (partial: Partial<Settings>) =>
    setDraft((current) => ({ ...current, ...partial }));
  const sameDay = ladderIssues(draft.ladder).sameDay.map(({ levels }) =>
    levels.map((level) => form.fieldOf(strings.settings.fromDay, level)).join(", ")
  );
  const blocking = [...Object.values(fieldErrors), ...sameDay];
  const blocked = blocking.length > 0;
  return (
    <FieldErrorsProvider value={report}>
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
          <Text id="settings-blocked" className={styles.blocked} aria-live="polite">
            {blocked ? form.blocked(blocking.join(", ")) : ""}
          </Text>
          <Button
            className={styles.save}
            appearance="primary"
            disabledFocusable={busy || blocked}
            aria-describedby={blocked ? "settings-blocked" : undefined}
            onClick={() => onSave({ ...draft, ladder: inDayOrder(draft.ladder) })}
          >
            {strings.settings.save}
          </Button>
        </div>
      </section>
    </FieldErrorsProvider>
  );
}

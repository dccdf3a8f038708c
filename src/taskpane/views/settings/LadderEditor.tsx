import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { DunningLevel } from "../../../core/types";
import { NumberField } from "../../components/NumberField";
import { Heading } from "../../components/Heading";
import { SelectField } from "../../components/SelectField";
import { useReportField } from "../../components/fieldErrors";
import { useStrings } from "../../i18n/useStrings";
import { inDayOrder, ladderIssues } from "./ladderIssues";
import { MAX_FROM_DAY } from "../../../core/settings/ladderRule";

const CHANNELS: DunningLevel["channel"][] = ["email", "phone", "letter", "agency"];
const TONES: DunningLevel["tone"][] = ["friendly", "courteous", "firm", "formal"];

const useStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    margin: 0,
    padding: 0,
  },
  level: {
    listStyleType: "none",
    display: "grid",
    // Two columns from about 290 px of box; one below: never wider than the pane (320 px).
    gridTemplateColumns: "repeat(auto-fit, minmax(min(120px, 100%), 1fr))",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    minWidth: 0,
  },
  wide: { gridColumn: "1 / -1", minWidth: 0 },
  remove: { alignSelf: "end" },
  hint: { color: tokens.colorNeutralForeground2 },
});

interface LadderEditorProps {
  ladder: DunningLevel[];
  onChange(ladder: DunningLevel[]): void;
}

/**
 * The reminder ladder, one box per level: from which day, what, how and in which tone. The boxes
 * stay in from-day order: a changed day moves its level when the user leaves the field (not while
 * typing, which would move the box under the cursor).
 */
export function LadderEditor({ ladder, onChange }: LadderEditorProps): React.JSX.Element {
  const strings = useStrings();
  const s = strings.settings;
  const form = strings.settingsForm;
  const styles = useStyles();
  const issues = ladderIssues(ladder);
  const update = (index: number, change: Partial<DunningLevel>) =>
    onChange(ladder.map((level, i) => (i === index ? { ...level, ...change } : level)));
  const sort = () => {
    const sorted = inDayOrder(ladder);
    if (sorted.some((level, i) => level !== ladder[i])) onChange(sorted);
  };
  const add = () => {
    const last = ladder[ladder.length - 1];
    const number = Math.max(-1, ...ladder.map((level) => level.level)) + 1;
    const level: DunningLevel = last
      ? { ...last, level: number, fromDay: last.fromDay + 15, action: "" }
      : { level: 0, fromDay: 1, action: "", channel: "email", tone: "courteous" };
    onChange([...ladder, level]);
  };
  return (
    <section aria-labelledby="ladder-heading">
      <Heading level={3} id="ladder-heading">
        {s.ladderHeading}
      </Heading>
      <Text as="p" className={styles.hint}>
        {form.ladderOrder}
      </Text>
      <ul className={styles.list} aria-label={s.ladderLabel}>
        {ladder.map((level, index) => (
          <li key={level.level} className={styles.level} aria-label={s.level(level.level)}>
            <span className={styles.wide}>{s.level(level.level)}</span>
            <NumberField
              label={s.fromDay}
              value={level.fromDay}
              integer
              min={-MAX_FROM_DAY}
              max={MAX_FROM_DAY}
              fieldId={`fromDay-${level.level}`}
              errorLabel={form.fieldOf(s.fromDay, level.level)}
              onChange={(fromDay) => update(index, { fromDay })}
              onBlur={sort}
            />
            <ActionField
              level={level}
              unnamed={issues.unnamed.includes(level.level)}
              onChange={(action) => update(index, { action })}
            />
            <SelectField
              label={s.channel}
              value={level.channel}
              options={CHANNELS}
              optionLabel={(channel) => s.channels[channel]}
              onChange={(channel) => update(index, { channel })}
            />
            <SelectField
              label={s.tone}
              value={level.tone}
              options={TONES}
              optionLabel={(tone) => s.tones[tone]}
              onChange={(tone) => update(index, { tone })}
            />
            <Button
              className={styles.remove}
              disabled={ladder.length <= 1}
              onClick={() => onChange(ladder.filter((_level, i) => i !== index))}
            >
              {s.removeLevel(level.level)}
            </Button>
          </li>
        ))}
      </ul>
      {issues.sameDay.map(({ levels, day }) => (
        <MessageBar key={day} intent="error" role="alert">
          <MessageBarBody>{form.sameDay(levels.join(", "), day)}</MessageBarBody>
        </MessageBar>
      ))}
      <Button onClick={add}>{s.addLevel}</Button>
    </section>
  );
}

interface ActionFieldProps {
  level: DunningLevel;
  unnamed: boolean;
  onChange(action: string): void;
}

/** The level's action name, spanning the box; blank is refused (it names the level in letters). */
function ActionField({ level, unnamed, onChange }: ActionFieldProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const label = strings.settingsForm.fieldOf(strings.settings.action, level.level);
  useReportField(`action-${level.level}`, label, unnamed);
  return (
    <Field
      className={styles.wide}
      label={strings.settings.action}
      validationState={unnamed ? "error" : "none"}
      validationMessage={unnamed ? strings.settingsForm.actionRequired : undefined}
    >
      <Input
        value={strings.actions[level.action] ?? level.action}
        onChange={(_event, data) => onChange(data.value)}
      />
    </Field>
  );
}

import * as React from "react";
import { Button, Field, Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { DunningLevel } from "../../../core/types";
import { NumberField } from "../../components/NumberField";
import { Heading } from "../../components/Heading";
import { useStrings } from "../../i18n/useStrings";

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
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  title: { gridColumn: "1 / -1" },
  remove: { alignSelf: "end" },
});

interface LadderEditorProps {
  ladder: DunningLevel[];
  onChange(ladder: DunningLevel[]): void;
}

/** The reminder ladder, one box per level: from which day, what, how and in which tone. */
export function LadderEditor({ ladder, onChange }: LadderEditorProps): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  const update = (index: number, change: Partial<DunningLevel>) =>
    onChange(ladder.map((level, i) => (i === index ? { ...level, ...change } : level)));
  const add = () => {
    const last = ladder[ladder.length - 1];
    const level: DunningLevel = last
      ? { ...last, level: last.level + 1, fromDay: last.fromDay + 15, action: "" }
      : { level: 0, fromDay: 1, action: "", channel: "email", tone: "courteous" };
    onChange([...ladder, level]);
  };
  return (
    <section aria-labelledby="ladder-heading">
      <Heading level={3} id="ladder-heading">
        {strings.settings.ladderHeading}
      </Heading>
      <ul className={styles.list} aria-label={strings.settings.ladderLabel}>
        {ladder.map((level, index) => (
          <li key={index} className={styles.level} aria-label={strings.settings.level(level.level)}>
            <span className={styles.title}>{strings.settings.level(level.level)}</span>
            <NumberField
              label={strings.settings.fromDay}
              value={level.fromDay}
              integer
              onChange={(fromDay) => update(index, { fromDay })}
            />
            <Field label={strings.settings.action}>
              <Input
                value={strings.actions[level.action] ?? level.action}
                onChange={(_event, data) => update(index, { action: data.value })}
              />
            </Field>
            <Field label={strings.settings.channel}>
              <Select
                value={level.channel}
                onChange={(_event, data) =>
                  update(index, { channel: data.value as DunningLevel["channel"] })
                }
              >
                {CHANNELS.map((channel) => (
                  <option key={channel} value={channel}>
                    {strings.settings.channels[channel]}
                  </option>
                ))}
              </Select>
            </Field>
            <Field label={strings.settings.tone}>
              <Select
                value={level.tone}
                onChange={(_event, data) =>
                  update(index, { tone: data.value as DunningLevel["tone"] })
                }
              >
                {TONES.map((tone) => (
                  <option key={tone} value={tone}>
                    {strings.settings.tones[tone]}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              className={styles.remove}
              disabled={ladder.length <= 1}
              onClick={() => onChange(ladder.filter((_level, i) => i !== index))}
            >
              {strings.settings.removeLevel(level.level)}
            </Button>
          </li>
        ))}
      </ul>
      <Button onClick={add}>{strings.settings.addLevel}</Button>
    </section>
  );
}

import * as React from "react";
import { Button, Field, Select, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { DunningLevel, Language } from "../../../core/types";
import {
  PLACEHOLDERS,
  defaultTemplate,
  templateKey,
  templateParts,
  type TemplatePart,
} from "../../../core/reminders/templates";
import { Heading } from "../../components/Heading";
import { useLanguage, useStrings } from "../../i18n/useStrings";
import { columnStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  root: columnStyle(tokens.spacingVerticalS),
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  grow: { flexGrow: 1, minWidth: "120px" },
  code: { fontFamily: tokens.fontFamilyMonospace },
  help: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

interface TemplatesEditorProps {
  ladder: DunningLevel[];
  templates: Record<string, string>;
  onChange(templates: Record<string, string>): void;
}

/**
 * Subject and body of each level's reminder, per language, starting from the built-in text.
 * Only edited texts are stored; "Back to the default text" removes the edit.
 */
export function TemplatesEditor({
  ladder,
  templates,
  onChange,
}: TemplatesEditorProps): React.JSX.Element {
  const strings = useStrings();
  const uiLanguage = useLanguage();
  const styles = useStyles();
  const [levelIndex, setLevelIndex] = React.useState(0);
  const [language, setLanguage] = React.useState<Language>(uiLanguage);
  const level = ladder[Math.min(levelIndex, ladder.length - 1)];
  if (!level) return <></>;
  const parts = templateParts(level);
  const partLabel: Record<TemplatePart, string> = {
    subject: strings.settings.subject,
    body: strings.settings.body,
    callScript: strings.settings.callScript,
  };
  const textOf = (part: TemplatePart) =>
    templates[templateKey(level.level, language, part)] ?? defaultTemplate(level, language, part);
  const setPart = (part: TemplatePart, value: string) =>
    onChange({ ...templates, [templateKey(level.level, language, part)]: value });
  const reset = () => {
    const next = { ...templates };
    for (const part of parts) delete next[templateKey(level.level, language, part)];
    onChange(next);
  };

  return (
    <section className={styles.root} aria-labelledby="templates-heading">
      <Heading level={3} id="templates-heading">
        {strings.settings.templatesHeading}
      </Heading>
      <div className={styles.row}>
        <Field label={strings.settings.templateLevel} className={styles.grow}>
          <Select
            value={String(levelIndex)}
            onChange={(_e, data) => setLevelIndex(Number(data.value))}
          >
            {ladder.map((l, i) => (
              <option key={i} value={i}>
                {`${l.level} – ${strings.actions[l.action] ?? l.action}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={strings.settings.templateLanguage} className={styles.grow}>
          <Select value={language} onChange={(_e, data) => setLanguage(data.value as Language)}>
            <option value="fr">{strings.settings.languages.fr}</option>
            <option value="en">{strings.settings.languages.en}</option>
          </Select>
        </Field>
      </div>
      {parts.map((part) => (
        <Field key={part} label={partLabel[part]}>
          <Textarea
            className={styles.code}
            value={textOf(part)}
            resize="vertical"
            rows={part === "subject" ? 2 : 10}
            onChange={(_e, data) => setPart(part, data.value)}
          />
        </Field>
      ))}
      <div className={styles.row}>
        <Button onClick={reset}>{strings.settings.resetTemplate}</Button>
      </div>
      <details>
        <summary>{strings.settings.placeholders}</summary>
        <ul className={styles.help}>
          {PLACEHOLDERS.map((placeholder) => (
            <li key={placeholder.name}>
              <code className={styles.code}>
                {placeholder.use === "section"
                  ? `{{#${placeholder.name}}}…{{/${placeholder.name}}}`
                  : `{{${placeholder.name}}}`}
              </code>{" "}
              {placeholder.description[uiLanguage]}
              {placeholder.fields && (
                <>
                  {" "}
                  (
                  <code className={styles.code}>
                    {placeholder.fields.map((f) => `{{${f}}}`).join(" ")}
                  </code>
                  )
                </>
              )}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

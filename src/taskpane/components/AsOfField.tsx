import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { Day } from "../../core/types";
import { dayFromYmd, toIsoDate } from "../../core/dates/calendar";
import { useStrings } from "../i18n/useStrings";

interface AsOfFieldProps {
  asOf: Day;
  onChange(asOf: Day): void;
  disabled?: boolean;
}

/** "2013-06-30" (what a date input gives) -> Day; undefined for an incomplete or impossible date. */
export function dayFromIsoText(text: string): Day | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]);
  // Years before 1900 are typing in progress (0002-...), not a credit controller's as-of date.
  if (year < 1900) return undefined;
  return dayFromYmd(year, Number(match[2]), Number(match[3]));
}

/**
 * The date everything is computed at. It is committed on Enter or when leaving the field, not on
 * every keystroke: each commit rewrites the sheet's as-of cell.
 */
export function AsOfField({ asOf, onChange, disabled }: AsOfFieldProps): React.JSX.Element {
  const strings = useStrings();
  const [text, setText] = React.useState(toIsoDate(asOf));
  React.useEffect(() => setText(toIsoDate(asOf)), [asOf]);
  const parsed = dayFromIsoText(text);

  const commit = () => {
    if (parsed !== undefined && parsed !== asOf) onChange(parsed);
  };
  return (
    <Field
      label={strings.asOf.label}
      hint={strings.asOf.hint}
      validationState={parsed === undefined ? "error" : "none"}
      validationMessage={parsed === undefined ? strings.asOf.invalid : undefined}
    >
      <Input
        type="date"
        value={text}
        disabled={disabled}
        onChange={(_event, data) => setText(data.value)}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === "Enter") commit();
        }}
      />
    </Field>
  );
}

import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { Day } from "../../core/types";
import { toIsoDate } from "../../core/dates/calendar";
import { dayFromIsoText } from "../format/dayFromIsoText";
import { todayInBrowser } from "../host/todayInBrowser";
import { useFormat, useStrings } from "../i18n/useStrings";
import { asOfRange, checkAsOf } from "./asOfRange";

interface AsOfFieldProps {
  asOf: Day;
  onChange(asOf: Day): void;
  disabled?: boolean;
  /** Today, from the browser clock unless given (tests). */
  today?: Day;
}

/**
 * The date everything is computed at. It is committed on Enter or when leaving the field, not on
 * every keystroke: each commit rewrites the sheet's as-of cell. A date outside asOfRange is
 * refused with the range; a date after today is kept with a warning.
 */
export function AsOfField(props: AsOfFieldProps): React.JSX.Element {
  const { asOf, onChange, disabled, today = todayInBrowser() } = props;
  const strings = useStrings();
  const format = useFormat();
  const [text, setText] = React.useState(toIsoDate(asOf));
  React.useEffect(() => setText(toIsoDate(asOf)), [asOf]);
  const parsed = dayFromIsoText(text);
  const range = asOfRange(today);
  const check = parsed === undefined ? "invalid" : checkAsOf(parsed, today);
  const message = {
    invalid: strings.asOf.invalid,
    outside: strings.asOf.outside(format.date(range.min), format.date(range.max)),
    future: strings.asOf.future,
    ok: undefined,
  }[check];

  const commit = () => {
    if (parsed !== undefined && check !== "outside" && parsed !== asOf) onChange(parsed);
  };
  return (
    <Field
      label={strings.asOf.label}
      hint={strings.asOf.hint}
      validationState={check === "ok" ? "none" : check === "future" ? "warning" : "error"}
      validationMessage={message}
    >
      <Input
        type="date"
        min={toIsoDate(range.min)}
        max={toIsoDate(range.max)}
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

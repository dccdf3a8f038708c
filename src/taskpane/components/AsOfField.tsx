import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import type { Day } from "../../core/types";
import { toIsoDate } from "../../core/dates/calendar";
import { dayFromIsoText } from "../format/dayFromIsoText";
import { useStrings } from "../i18n/useStrings";

interface AsOfFieldProps {
  asOf: Day;
  onChange(asOf: Day): void;
  disabled?: boolean;
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

import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { parseNumber } from "../format/parseNumber";
import { useStrings } from "../i18n/useStrings";

interface NumberFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  hint?: string;
  min?: number;
  step?: number;
  /** Whole numbers only (days, levels). */
  integer?: boolean;
}

/**
 * A number the user types: the text is kept while it is not a number yet ("", "-"), and only a
 * valid number reaches the settings, so no NaN is ever saved.
 */
export function NumberField(props: NumberFieldProps): React.JSX.Element {
  const { label, value, onChange, hint, min, step, integer } = props;
  const strings = useStrings();
  const [text, setText] = React.useState(String(value));
  React.useEffect(() => {
    setText((current) => (Number(current.replace(",", ".")) === value ? current : String(value)));
  }, [value]);
  const parsed = parseNumber(text, integer);
  const invalid = parsed === undefined || (min !== undefined && parsed < min);
  return (
    <Field
      label={label}
      hint={hint}
      validationState={invalid ? "error" : "none"}
      validationMessage={invalid ? strings.settings.invalidNumber : undefined}
    >
      <Input
        type="number"
        inputMode={integer ? "numeric" : "decimal"}
        value={text}
        min={min}
        step={step ?? (integer ? 1 : 0.01)}
        onChange={(_event, data) => {
          setText(data.value);
          const next = parseNumber(data.value, integer);
          if (next !== undefined && (min === undefined || next >= min)) onChange(next);
        }}
      />
    </Field>
  );
}

import * as React from "react";
import { Field, Input } from "@fluentui/react-components";
import { parseNumber } from "../format/parseNumber";
import { useStrings } from "../i18n/useStrings";
import { useReportField } from "./fieldErrors";

interface NumberFieldProps {
  label: string;
  value: number;
  onChange(value: number): void;
  hint?: string;
  min?: number;
  max?: number;
  step?: number;
  /** Whole numbers only (days, levels). */
  integer?: boolean;
  /** Id under which an invalid text blocks the form's Save (see fieldErrors), with `errorLabel`. */
  fieldId?: string;
  errorLabel?: string;
  onBlur?(): void;
}

/**
 * A number the user types: the text is kept while it is not a number yet ("", "-", "2.5" for a
 * whole number), only a valid number reaches the settings, and the field says why and blocks
 * Save meanwhile, so "2.5" is never saved as the 2 typed before it.
 */
export function NumberField(props: NumberFieldProps): React.JSX.Element {
  const { label, value, onChange, hint, min, max, step, integer, fieldId, errorLabel } = props;
  const strings = useStrings();
  const [text, setText] = React.useState(String(value));
  React.useEffect(() => {
    setText((current) => (Number(current.replace(",", ".")) === value ? current : String(value)));
  }, [value]);
  const parsed = parseNumber(text, integer);
  const message = numberProblem(text, parsed, { min, max, integer }, strings.settingsForm);
  useReportField(fieldId, errorLabel ?? label, message !== undefined);
  return (
    <Field
      label={label}
      hint={hint}
      validationState={message ? "error" : "none"}
      validationMessage={message}
    >
      <Input
        type="text"
        inputMode={integer ? "numeric" : "decimal"}
        value={text}
        step={step}
        onBlur={props.onBlur}
        onChange={(_event, data) => {
          setText(data.value);
          const next = parseNumber(data.value, integer);
          const limits = { min, max, integer };
          if (numberProblem(data.value, next, limits, strings.settingsForm) === undefined)
            onChange(next as number);
        }}
      />
    </Field>
  );
}

interface Limits {
  min?: number;
  max?: number;
  integer?: boolean;
}

interface NumberWords {
  wholeNumber: string;
  number: string;
  atLeast(min: number): string;
  between(min: number, max: number): string;
}

/** Why the text cannot be this field's number, or undefined when it can. */
function numberProblem(
  text: string,
  parsed: number | undefined,
  { min, max, integer }: Limits,
  words: NumberWords
): string | undefined {
  const range = () =>
    min !== undefined && max !== undefined
      ? words.between(min, max)
      : min !== undefined
        ? words.atLeast(min)
        : undefined;
  if (parsed === undefined) {
    const wrongKind = integer && parseNumber(text) !== undefined;
    return wrongKind
      ? words.wholeNumber
      : (range() ?? (integer ? words.wholeNumber : words.number));
  }
  if ((min !== undefined && parsed < min) || (max !== undefined && parsed > max)) return range();
  return undefined;
}

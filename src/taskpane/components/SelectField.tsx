import * as React from "react";
import { Field, Select } from "@fluentui/react-components";

interface SelectFieldProps<T extends string> {
  label: string;
  hint?: string;
  /** Classes of the field and of its select. */
  className?: string;
  selectClassName?: string;
  value: T;
  options: readonly T[];
  optionLabel(option: T): string;
  /** The label of a first option worth "" (e.g. "Any"); `T` then includes "". */
  empty?: string;
  onChange(value: T): void;
}

/**
 * A labelled native select over a list of codes, each shown by its label in the pane's language:
 * the field every form of the pane builds the same way (keyboard and screen readers get the
 * platform's own select).
 */
export function SelectField<T extends string>({
  label,
  hint,
  className,
  selectClassName,
  value,
  options,
  optionLabel,
  empty,
  onChange,
}: SelectFieldProps<T>): React.JSX.Element {
  return (
    <Field label={label} hint={hint} className={className}>
      <Select
        className={selectClassName}
        value={value}
        // The options are the codes of `options` (and "" with `empty`): the value is one of them.
        onChange={(_event, data) => onChange(data.value as T)}
      >
        {empty !== undefined && <option value="">{empty}</option>}
        {options.map((option) => (
          <option key={option} value={option}>
            {optionLabel(option)}
          </option>
        ))}
      </Select>
    </Field>
  );
}

import * as React from "react";
import {
  Badge,
  Dropdown,
  Field,
  Option,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ColumnKey, ColumnMatch } from "../../../core/workbook";
import { useStrings } from "../../i18n/useStrings";
import { confidenceLevel } from "./confidenceLevel";
import { columnStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  root: columnStyle(tokens.spacingVerticalXXS),
  meta: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  samples: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});

const NOT_USED = "";
const BADGE_COLOR = { high: "success", medium: "warning", low: "danger" } as const;

interface ColumnFieldProps {
  columnKey: ColumnKey;
  required: boolean;
  headers: string[];
  match?: ColumnMatch;
  /** The user's choice for this field ("" = not used), shown even when the sheet could not be read with it. */
  chosen?: string;
  /** Why this field stops the analysis (a required field without a column). */
  problem?: string;
  disabled?: boolean;
  /** The add-in's own memory column standing for this one when the user maps none. */
  memory?: { header: string; written: boolean };
  onChange(key: ColumnKey, header: string): void;
}

/** One field of the mapping: which column of the sheet it uses, how sure, and sample values. */
export function ColumnField(props: ColumnFieldProps): React.JSX.Element {
  const { columnKey, required, headers, match, chosen, problem, disabled, onChange } = props;
  const strings = useStrings();
  const styles = useStyles();
  // The user's choice wins over the last read: a choice the sheet refuses stays visible, with why.
  const selected = chosen ?? match?.header ?? NOT_USED;
  const level = match ? confidenceLevel(match.confidence) : undefined;
  const label = strings.columns[columnKey];
  return (
    <div className={styles.root}>
      <Field
        label={label}
        required={required}
        validationState={problem ? "error" : "none"}
        validationMessage={problem}
      >
        <Dropdown
          value={selected || strings.mapping.notUsed}
          selectedOptions={[selected]}
          disabled={disabled}
          onOptionSelect={(_event, data) => onChange(columnKey, data.optionValue ?? NOT_USED)}
        >
          <Option value={NOT_USED}>{strings.mapping.notUsed}</Option>
          {headers
            .filter((header) => header.trim() !== "")
            .map((header, index) => (
              <Option key={`${index}-${header}`} value={header}>
                {header}
              </Option>
            ))}
        </Dropdown>
      </Field>
      {selected === NOT_USED && props.memory && (
        <Text size={200} className={styles.samples} data-testid={`memory-${columnKey}`}>
          {props.memory.written
            ? strings.mapping.memoryColumn(props.memory.header)
            : strings.mapping.memoryColumnLater(props.memory.header)}
        </Text>
      )}
      {match && level && match.header === selected && (
        <div className={styles.meta}>
          <Badge appearance="tint" color={BADGE_COLOR[level]}>
            {strings.mapping.confidenceLabel(strings.mapping.confidence[level])}
          </Badge>
          <Text size={200} className={styles.samples}>
            {match.samples.length
              ? strings.mapping.samples(match.samples.join(" · "))
              : strings.mapping.noSamples}
          </Text>
        </div>
      )}
    </div>
  );
}

import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ColumnKey, ColumnMapping, SheetRead } from "../../../core/workbook";
import { COLUMN_KEYS, REQUIRED_COLUMNS } from "../../../core/sheet/columnSynonyms";
import { useStrings } from "../../i18n/useStrings";
import { Heading } from "../../components/Heading";
import { ColumnField } from "./ColumnField";
import { ProblemList } from "./ProblemList";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  fields: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
});

interface MappingViewProps {
  read?: SheetRead;
  mapping: ColumnMapping;
  busy: boolean;
  onChangeMapping(mapping: ColumnMapping): void;
  onAnalyse(): void;
}

/** First run: the columns found on the sheet, editable, then "Analyse". */
export function MappingView(props: MappingViewProps): React.JSX.Element {
  const { read, mapping, busy, onChangeMapping, onAnalyse } = props;
  const strings = useStrings();
  const styles = useStyles();
  const byKey = new Map(read?.columns.map((match) => [match.key, match]));
  const missing = REQUIRED_COLUMNS.filter((key) => !byKey.has(key));
  const change = (key: ColumnKey, header: string) => onChangeMapping({ ...mapping, [key]: header });

  return (
    <section className={styles.root} aria-labelledby="mapping-heading">
      <Heading level={2} id="mapping-heading">
        {strings.mapping.heading}
      </Heading>
      {read && (
        <Text>{strings.mapping.found(read.sheetName, read.headerRow, read.invoices.length)}</Text>
      )}
      <Text>{strings.mapping.intro}</Text>
      <div className={styles.fields}>
        {COLUMN_KEYS.map((key) => (
          <ColumnField
            key={key}
            columnKey={key}
            required={REQUIRED_COLUMNS.includes(key)}
            headers={read?.headers ?? []}
            match={byKey.get(key)}
            memoryHeader={
              key === "lastReminder" || key === "lastLevel" ? read?.memoryColumns?.[key] : undefined
            }
            disabled={busy || !read}
            onChange={change}
          />
        ))}
      </div>
      {read && read.problems.length > 0 && <ProblemList problems={read.problems} />}
      {missing.length > 0 && read && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>{strings.errors.title}</MessageBarTitle>
            {strings.mapping.missingRequired(missing.map((key) => strings.columns[key]).join(", "))}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy || !read || missing.length > 0}
          onClick={onAnalyse}
        >
          {strings.mapping.analyse}
        </Button>
        <Button disabled={busy} onClick={() => onChangeMapping(mapping)}>
          {strings.mapping.reread}
        </Button>
      </div>
    </section>
  );
}

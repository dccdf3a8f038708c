import * as React from "react";
import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Language } from "../../../core/types";
import type { ColumnKey, ColumnMapping, SheetRead } from "../../../core/workbook";
import { COLUMN_KEYS, REQUIRED_COLUMNS } from "../../../core/sheet/columnSynonyms";
import { useStrings } from "../../i18n/useStrings";
import { Heading } from "../../components/Heading";
import { memoryColumnOf } from "./memoryColumnOf";
import { ColumnField } from "./ColumnField";
import { confidenceLevel } from "./confidenceLevel";
import { ProblemList } from "./ProblemList";
import { remap } from "./remap";
import { columnStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  fields: columnStyle(tokens.spacingVerticalM),
  actions: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    // Analyse stays in view however long the list of fields is.
    position: "sticky",
    bottom: 0,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    zIndex: 1,
  },
});

interface MappingViewProps {
  read?: SheetRead;
  /** The language the add-in writes its own columns in. */
  workbookLanguage: Language;
  mapping: ColumnMapping;
  /** Why the last reading with `mapping` failed, and which field it is about. */
  problem?: { key?: ColumnKey; text: string };
  busy: boolean;
  onChangeMapping(mapping: ColumnMapping): void;
  onAnalyse(): void;
}

/**
 * First run: the columns found on the sheet, editable, then "Analyse". Only the fields that need
 * a look (a guess below "Sure", or a required one without a column) are shown at first; the rest
 * is behind "Show all", so Analyse is in view on a first screen.
 */
export function MappingView(props: MappingViewProps): React.JSX.Element {
  const { read, mapping, problem, busy, onChangeMapping, onAnalyse } = props;
  const strings = useStrings();
  const styles = useStyles();
  const [showAll, setShowAll] = React.useState(false);
  const [moved, setMoved] = React.useState<string>();
  const byKey = new Map(read?.columns.map((match) => [match.key, match]));
  const chosenOf = (key: ColumnKey) => (key in mapping ? mapping[key] : undefined);
  const missing = REQUIRED_COLUMNS.filter((key) =>
    chosenOf(key) === undefined ? !byKey.has(key) : chosenOf(key) === ""
  );
  const needsLook = (key: ColumnKey) => {
    const match = byKey.get(key);
    return (
      missing.includes(key) ||
      key === problem?.key ||
      (match !== undefined && confidenceLevel(match.confidence) !== "high")
    );
  };
  const toCheck = COLUMN_KEYS.filter(needsLook);
  const shown = showAll ? COLUMN_KEYS : toCheck;
  const change = (key: ColumnKey, header: string) => {
    const next = remap(mapping, byKey, key, header);
    setMoved(
      next.from
        ? strings.mapping.moved(header, strings.columns[next.from], strings.columns[key])
        : undefined
    );
    onChangeMapping(next.mapping);
  };
  const problemOf = (key: ColumnKey) =>
    key === problem?.key
      ? problem.text
      : missing.includes(key)
        ? strings.mapping.missingColumn(strings.columns[key])
        : undefined;

  return (
    <section className={styles.root} aria-labelledby="mapping-heading">
      <Heading level={2} id="mapping-heading">
        {strings.mapping.heading}
      </Heading>
      {read && (
        <Text>{strings.mapping.found(read.sheetName, read.headerRow, read.invoices.length)}</Text>
      )}
      <Text>{strings.mapping.intro}</Text>
      {problem && problem.key === undefined && (
        <MessageBar intent="error">
          <MessageBarBody>{problem.text}</MessageBarBody>
        </MessageBar>
      )}
      {moved && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{moved}</MessageBarBody>
        </MessageBar>
      )}
      <Text weight="semibold">{strings.mapping.toCheck(toCheck.length)}</Text>
      <div className={styles.fields} id="mapping-fields">
        {shown.map((key) => (
          <ColumnField
            key={key}
            columnKey={key}
            required={REQUIRED_COLUMNS.includes(key)}
            headers={read?.headers ?? []}
            match={byKey.get(key)}
            memory={memoryColumnOf(key, read, props.workbookLanguage)}
            chosen={chosenOf(key)}
            problem={problemOf(key)}
            disabled={busy || !read}
            onChange={change}
          />
        ))}
      </div>
      <div>
        <Button
          appearance="secondary"
          aria-expanded={showAll}
          aria-controls="mapping-fields"
          onClick={() => setShowAll((all) => !all)}
        >
          {showAll ? strings.mapping.showFewer : strings.mapping.showAll(COLUMN_KEYS.length)}
        </Button>
      </div>
      {read && read.problems.length > 0 && <ProblemList problems={read.problems} />}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={busy || !read || missing.length > 0 || problem !== undefined}
          onClick={(event) => {
            // The second click of a double click would land on the overview that replaces this.
            if (event.detail <= 1) onAnalyse();
          }}
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

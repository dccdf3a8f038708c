import * as React from "react";
import { Text, Tooltip, makeStyles, tokens } from "@fluentui/react-components";
import { useStrings } from "../../i18n/useStrings";

/** One key figure as shown: its label and formatted value, or undefined when the data lacks it. */
export interface KpiTile {
  key: string;
  label: string;
  /** Definition, formula and period, on hover and keyboard focus of the label. */
  help: string;
  value?: string;
}

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  term: {
    // A dotted underline says the label explains itself; focusable so the keyboard reaches it.
    textDecorationLine: "underline",
    textDecorationStyle: "dotted",
    cursor: "help",
    ":focus-visible": {
      outlineStyle: "solid",
      outlineWidth: tokens.strokeWidthThick,
      outlineColor: tokens.colorStrokeFocus2,
      borderRadius: tokens.borderRadiusSmall,
    },
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
});

/**
 * The key figures as a description list (label, value), so a screen reader reads them in pairs;
 * each label gives its definition, formula and period as a tooltip on hover and on focus.
 */
export function KpiGrid({ tiles }: { tiles: KpiTile[] }): React.JSX.Element {
  const strings = useStrings();
  const styles = useStyles();
  return (
    <dl className={styles.grid} aria-label={strings.overview.kpisLabel}>
      {tiles.map((tile) => (
        <div key={tile.key} className={styles.tile} data-kpi={tile.key}>
          <dt className={styles.label}>
            <Tooltip content={tile.help} relationship="description" withArrow>
              <span className={styles.term} tabIndex={0}>
                {tile.label}
              </span>
            </Tooltip>
          </dt>
          <dd className={styles.value}>
            {tile.value ?? (
              <Text title={strings.overview.notAvailableHint}>{strings.overview.notAvailable}</Text>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

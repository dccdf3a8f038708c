import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { BarTrack } from "../../components/BarTrack";
import { useFormat, useStrings } from "../../i18n/useStrings";
import { plainListStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  list: plainListStyle(tokens.spacingVerticalS),
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(90px, auto) 1fr",
    gridTemplateRows: "auto auto",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  label: { gridRow: "1 / span 2" },
  late: { backgroundColor: tokens.colorPaletteDarkOrangeBackground3 },
  old: { backgroundColor: tokens.colorPaletteRedBackground3 },
  value: { color: tokens.colorNeutralForeground2 },
});

interface AgeingBarsProps {
  /** Core's labels: Current, 1-30, ..., 91+. */
  labels: string[];
  totals: number[];
}

/**
 * Open balance by age as horizontal bars. The bars are decoration (aria-hidden): each line says
 * its amount and share in text, which is what a screen reader reads.
 */
export function AgeingBars({ labels, totals }: AgeingBarsProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useStyles();
  const positive = totals.map((amount) => Math.max(0, amount));
  const sum = positive.reduce((total, amount) => total + amount, 0);
  const largest = Math.max(0, ...positive);
  return (
    <ul className={styles.list} aria-label={strings.overview.ageingLabel}>
      {labels.map((label, index) => {
        const amount = totals[index] ?? 0;
        const colour =
          index === 0 ? undefined : index >= labels.length - 2 ? styles.old : styles.late;
        return (
          <li key={label} className={styles.item} data-bucket={label}>
            <Text className={styles.label} weight="semibold">
              {strings.overview.bucket(label)}
            </Text>
            <BarTrack share={largest > 0 ? positive[index] / largest : 0} barClassName={colour} />
            <Text size={200} className={styles.value}>
              {strings.overview.bucketValue(
                format.money(amount),
                format.percent(sum > 0 ? positive[index] / sum : 0)
              )}
            </Text>
          </li>
        );
      })}
    </ul>
  );
}

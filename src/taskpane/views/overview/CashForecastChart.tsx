import * as React from "react";
import { Text, makeStyles, tokens } from "@fluentui/react-components";
import { BarTrack } from "../../components/BarTrack";
import type { CashForecast } from "../../../core/forecast/cashForecast";
import { useFormat, useStrings } from "../../i18n/useStrings";
import { plainListStyle } from "../../components/paneStyles";

const useStyles = makeStyles({
  list: plainListStyle(tokens.spacingVerticalXS),
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(80px, auto) 1fr minmax(70px, auto)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
  },
  later: { backgroundColor: tokens.colorNeutralForeground3 },
  unlikely: { backgroundColor: tokens.colorPaletteRedBackground3 },
  value: { color: tokens.colorNeutralForeground2, textAlign: "end" },
});

interface CashForecastChartProps {
  forecast: CashForecast;
}

/**
 * Expected receipts week by week, then later and unlikely, as horizontal bars. The bars are
 * decoration (aria-hidden): each line says its period and amount in text, which is what a screen
 * reader reads; the colours are Fluent tokens, so themes and high contrast apply.
 */
export function CashForecastChart({ forecast }: CashForecastChartProps): React.JSX.Element {
  const strings = useStrings();
  const format = useFormat();
  const styles = useStyles();
  const s = strings.overview.forecast;
  const lines = [
    ...forecast.weeks.map((amount, i) => ({
      key: `week-${i}`,
      label: s.week(format.date(forecast.asOf + 7 * i)),
      amount,
      colour: undefined as string | undefined,
    })),
    { key: "later", label: s.later, amount: forecast.later, colour: styles.later },
    { key: "unlikely", label: s.unlikely, amount: forecast.unlikely, colour: styles.unlikely },
  ];
  const largest = Math.max(0, ...lines.map((line) => line.amount));
  return (
    <ul className={styles.list} aria-label={s.label}>
      {lines.map((line) => (
        <li key={line.key} className={styles.item} data-forecast={line.key}>
          <Text size={200}>{line.label}</Text>
          <BarTrack
            size="small"
            share={largest > 0 ? line.amount / largest : 0}
            barClassName={line.colour}
          />
          <Text size={200} className={styles.value}>
            {format.money(line.amount)}
          </Text>
        </li>
      ))}
    </ul>
  );
}

import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  track: {
    height: "10px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground3,
    overflow: "hidden",
  },
  small: { height: "8px" },
  bar: { height: "100%", backgroundColor: tokens.colorBrandBackground },
});

interface BarTrackProps {
  /** The bar's length as a share of the track, 0 to 1 (outside: clamped). */
  share: number;
  /** A class giving the bar another token colour. */
  barClassName?: string;
  size?: "small" | "medium";
}

/**
 * A horizontal bar in its track, for the overview's charts. Decoration only (aria-hidden): the
 * line beside it says its value in text, which is what a screen reader reads; the colours are
 * Fluent tokens, so themes and high contrast apply.
 */
export function BarTrack({
  share,
  barClassName,
  size = "medium",
}: BarTrackProps): React.JSX.Element {
  const styles = useStyles();
  const width = Math.min(1, Math.max(0, share)) * 100;
  return (
    <div
      className={mergeClasses(styles.track, size === "small" && styles.small)}
      aria-hidden="true"
    >
      <div className={mergeClasses(styles.bar, barClassName)} style={{ width: `${width}%` }} />
    </div>
  );
}

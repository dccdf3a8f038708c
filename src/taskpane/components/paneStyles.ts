import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * Style shapes several views share, merged into each view's makeStyles (a view adds or changes
 * what is its own): one definition of the pane's card, list and term/value grid.
 */

/** A bordered card in a column: a draft, an invoice, an account's entry. */
export const cardStyle: GriffelStyle = {
  display: "flex",
  flexDirection: "column",
  gap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  borderRadius: tokens.borderRadiusMedium,
};

/** A list without bullets, its items in a column `gap` apart. */
export function plainListStyle(gap: string): GriffelStyle {
  return {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap,
  };
}

/** A <dl> as two columns: the terms, then their values. */
export const detailsStyle: GriffelStyle = {
  display: "grid",
  gridTemplateColumns: "auto 1fr",
  columnGap: tokens.spacingHorizontalM,
  rowGap: tokens.spacingVerticalXXS,
  margin: 0,
};

/** Children stacked in a column `gap` apart: a view, a section, a group of fields. */
export function columnStyle(gap: string): GriffelStyle {
  return { display: "flex", flexDirection: "column", gap };
}

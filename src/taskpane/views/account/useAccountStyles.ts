import { makeStyles, tokens } from "@fluentui/react-components";

/** Shapes the worklist and the account views share (STYLE section 9). */
export const useAccountStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: "none",
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hint: { color: tokens.colorNeutralForeground2 },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  wrap: { overflowWrap: "anywhere" },
  field: { minWidth: "120px", flexGrow: 1 },
  details: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

import { makeStyles, tokens } from "@fluentui/react-components";
import { cardStyle, columnStyle, detailsStyle, plainListStyle } from "../../components/paneStyles";

/** Shapes the worklist and the account views share (STYLE section 9). */
export const useAccountStyles = makeStyles({
  section: columnStyle(tokens.spacingVerticalS),
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "end" },
  card: { ...cardStyle, gap: tokens.spacingVerticalXS, padding: tokens.spacingHorizontalS },
  list: plainListStyle(tokens.spacingVerticalS),
  bullets: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  hint: { color: tokens.colorNeutralForeground2 },
  number: { textAlign: "end", whiteSpace: "nowrap" },
  wrap: { overflowWrap: "anywhere" },
  field: { minWidth: "120px", flexGrow: 1 },
  details: detailsStyle,
  term: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

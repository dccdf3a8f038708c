import { rangeAddress } from "../core/sheet/a1";
import type { RowSpan } from "../core/sheet/analysisExtent";
import { RISK_COLORS } from "../core/sheet/storedKeys";

/**
 * The risk score's colour scale, green (0) to amber (50) to red (100), on the span only. An
 * earlier run's scale may reach further down (`dataRows` below the header): it is cleared first.
 */
export function queueRiskColorScale(
  sheet: Excel.Worksheet,
  column: number,
  headerRow: number,
  dataRows: number,
  span: RowSpan | undefined
): void {
  if (dataRows > 0) {
    sheet.getRange(rangeAddress(column, headerRow + 1, 1, dataRows)).conditionalFormats.clearAll();
  }
  if (!span) return;
  const riskRange = sheet.getRange(rangeAddress(column, span.first, 1, span.last - span.first + 1));
  const scale = riskRange.conditionalFormats.add(Excel.ConditionalFormatType.colorScale);
  scale.colorScale.criteria = {
    minimum: {
      formula: "0",
      type: Excel.ConditionalFormatColorCriterionType.number,
      color: RISK_COLORS[0],
    },
    midpoint: {
      formula: "50",
      type: Excel.ConditionalFormatColorCriterionType.number,
      color: RISK_COLORS[1],
    },
    maximum: {
      formula: "100",
      type: Excel.ConditionalFormatColorCriterionType.number,
      color: RISK_COLORS[2],
    },
  };
}

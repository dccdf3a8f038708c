import type { Language } from "../types";
import type { AnalysisColumn } from "./analysisColumns";
import { PAID_STATUS } from "./analysisColumns";
import { LET_NAME, nativeAmountFormula } from "./nativeAmount";
import { paidWordIn } from "./sheetWords";

/** The row's cells the test reads: Amount, Paid and the Status cell, and the workbook's language. */
export interface TextPaidRefs {
  amount: string;
  paid: string;
  status: string;
  language?: Language;
}

/**
 * The paid test of a row whose Amount or Paid is text, by a column's `textAmounts`. "native":
 * both read by Excel's text functions where they read as the pane reads them (nativeAmount), not
 * paid where they do not; "status": the row's Status cell says paid (a cell the column's call
 * already reads). Otherwise not paid: the column's own call reads the texts (CREDIT.STATUS).
 * @example textPaid(undefined, { amount: "D2", paid: "E2", status: "K2" }) //=> "FALSE()"
 */
export function textPaid(mode: AnalysisColumn["textAmounts"], refs: TextPaidRefs): string {
  const { amount, paid, status } = refs;
  if (mode === "status") {
    const word = `"${paidWordIn(PAID_STATUS, refs.language ?? "en")}"`;
    return `IF(ISTEXT(${status}),${status}=${word},FALSE())`;
  }
  if (mode !== "native") return "FALSE()";
  const read = (ref: string) => `IF(ISTEXT(${ref}),${nativeAmountFormula(ref)},"")`;
  const [a, p] = [`${LET_NAME}amount`, `${LET_NAME}paid`];
  return (
    `LET(${a},IF(ISNUMBER(${amount}),${amount},${read(amount)}),` +
    `${p},IF(ISNUMBER(${paid}),${paid},IF(ISBLANK(${paid}),0,${read(paid)})),` +
    `IF(OR(${a}="",${p}=""),FALSE(),${a}-${p}<=0))`
  );
}

import type { RowProblem } from "../../core/workbook";
import type { Strings } from "../i18n/strings";

/**
 * A row problem as one sentence in the pane's language: the reason's key picks the text, its
 * typed params fill it, and a bad optional value says the row was kept (docs/design.md §8).
 */
export function describeRowProblem(problem: RowProblem, strings: Strings): string {
  const texts = strings.rowProblems;
  const reason = problem.reason;
  switch (reason.key) {
    case "totalRow":
      return texts.totalRow();
    case "duplicateInvoice":
      return texts.duplicateInvoice(reason);
    case "journalLine":
      return texts.journalLines[reason.line];
    case "amountFromColumn":
      return texts.amountFromColumn(reason, strings.columns[reason.field]);
    case "blankValue":
      return texts.blankValue(reason, strings.columns[reason.field]) + keptNote(problem, strings);
    case "cellError":
      return texts.cellError(reason, strings.columns[reason.field]) + keptNote(problem, strings);
    case "unreadValue":
      return texts.unreadValue(reason, strings.columns[reason.field]) + keptNote(problem, strings);
  }
}

const keptNote = (problem: RowProblem, strings: Strings): string =>
  problem.kept ? strings.rowProblems.kept : "";

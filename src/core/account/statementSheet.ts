import type { SheetText } from "../sheet/analysisColumns";
import { asCellInput } from "../sheet/cellText";
import type { Language } from "../types";
import type { Statement } from "./statement";
import type { StatementSender } from "./statementHtml";
import { STATEMENT_LABELS, statementHeaders } from "./statementLabels";

export const STATEMENT_SHEET: SheetText = { en: "Statement", fr: "Relevé de compte" };

const WIDTH = 6;
const MONEY = "#,##0.00";
const DATE = "yyyy-mm-dd";

export interface StatementSheetLayout {
  cells: (string | number)[][];
  formats: string[][];
  /** 1-based rows to show in bold (titles, headers, balances). */
  boldRows: number[];
}

/**
 * The statements as one sheet of the add-in, refreshed in place: the sender, then per customer
 * its title, the open items and credits (dates, amounts, days overdue), the balance and the
 * ageing footer, then how to pay. Values only; text from the workbook is written as text.
 * @example statementSheetLayout([statementOf("ACME", [], 45020)], { senderName: "Bolt SA", signature: "", paymentInstructions: "", currency: "EUR" }, "en")
 *   .cells.slice(0, 3).map((row) => row.slice(0, 2))
 * //=> [["Statement of account", ""], ["From", "Bolt SA"], ["As of", 45020]]
 */
export function statementSheetLayout(
  statements: readonly Statement[],
  sender: StatementSender,
  language: Language
): StatementSheetLayout {
  const labels = STATEMENT_LABELS[language];
  const cells: (string | number)[][] = [];
  const formats: string[][] = [];
  const boldRows: number[] = [];
  const push = (row: (string | number)[], rowFormats: string[] = [], bold = false) => {
    cells.push([...row, ...Array(WIDTH - row.length).fill("")]);
    formats.push([...rowFormats, ...Array(WIDTH - rowFormats.length).fill("General")]);
    if (bold) boldRows.push(cells.length);
  };
  push([labels.title], [], true);
  if (sender.senderName) push([labels.from, asCellInput(sender.senderName)], ["General", "@"]);
  push([labels.asOf, statements[0]?.asOf ?? ""], ["General", DATE]);
  for (const statement of statements) {
    push([]);
    push([labels.customer, asCellInput(statement.customer)], ["General", "@"], true);
    push(statementHeaders(labels), [], true);
    for (const line of statement.lines) {
      push(
        [
          asCellInput(
            line.credit ? `${line.invoiceNumber} (${labels.creditNote})` : line.invoiceNumber
          ),
          line.invoiceDate ?? "",
          line.dueDate,
          line.amount,
          line.open,
          line.daysOverdue > 0 ? line.daysOverdue : "",
        ],
        ["@", DATE, DATE, MONEY, MONEY, "0"]
      );
    }
    push([labels.balance, "", "", "", statement.balance], ["General", "", "", "", MONEY], true);
    push([labels.ageing], [], true);
    statement.ageing.labels.forEach((label, i) =>
      push(
        [labels.bucket(label), "", "", "", statement.ageing.amounts[i]],
        ["General", "", "", "", MONEY]
      )
    );
  }
  if (sender.paymentInstructions) {
    push([]);
    push([labels.howToPay], [], true);
    for (const text of sender.paymentInstructions.split(/\r?\n/)) push([asCellInput(text)], ["@"]);
  }
  return { cells, formats: formats.map((row) => row.map((f) => f || "General")), boldRows };
}

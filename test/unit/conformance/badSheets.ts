/**
 * Sheets a credit controller really has: blanks where a value is optional, text where a number
 * is expected, error cells, numeric customer ids, partly paid invoices and credit notes. The
 * conformance tests analyse each beside a range and in a table and compare the engine with the
 * preview on every cell.
 */
import type { DateOrder, Day } from "../../../src/core/types";

export interface BadSheet {
  name: string;
  cells: unknown[][];
  asOf: Day;
  dateOrder?: DateOrder;
}

const AS_OF = 45383; // 2024-04-01

export const BAD_SHEETS: readonly BadSheet[] = [
  {
    name: "blank optional cells, level 0 and last reminders",
    asOf: AS_OF,
    cells: [
      [
        "Customer",
        "Invoice",
        "Due date",
        "Amount",
        "Disputed",
        "Promise date",
        "Last reminder",
        "Level",
      ],
      ["ACME", "F-1", 45352, 1200, null, null, null, null],
      ["ACME", "F-2", 45300, 500, "No", null, 45370, 0],
      ["Beta", "F-3", 45200, 300, null, 45400, 45360, 2],
      ["Beta", "F-4", 45390, 80, "Yes", null, null, 1],
      ["Gamma", "F-5", 45100, 60, null, 45350, "2024-03-20", null],
      ["Gamma", "F-6", 45380, null, null, null, null, null],
    ],
  },
  {
    name: "history without paid invoices (blank figures), paid dates",
    asOf: AS_OF,
    cells: [
      ["Customer", "Invoice", "Due date", "Amount", "Paid date"],
      ["Late Ltd", "L-1", 45200, 100, 45260],
      ["Late Ltd", "L-2", 45352, 900, null],
      ["New SA", "N-1", 45300, 400, null],
      ["New SA", "N-2", 45380, 250, null],
      ["Settled", "S-1", 45000, 10, 45001],
    ],
  },
  {
    name: "numeric customer ids beside the same ids as text",
    asOf: AS_OF,
    cells: [
      ["Customer", "Invoice", "Due date", "Amount", "Paid date"],
      [1001, "A-1", 45200, 100, 45250],
      [1001, "A-2", 45352, 700, null],
      ["1001", "A-3", 45352, 70, null],
      [1002, "B-1", 45300, 400, null],
      [7, "C-1", 45000, 50, 45100],
      [7, "C-2", 45370, 50, null],
    ],
  },
  {
    name: "text dates and text amounts (day first)",
    asOf: AS_OF,
    dateOrder: "dmy",
    cells: [
      ["Client", "Facture", "Échéance", "Montant", "Dernière relance", "Niveau"],
      ["Dupont", "F1", "25/03/2024", "1 234,56", "28/03/2024", "2"],
      ["Dupont", "F2", "5 mars 2024", 800, 45350, 1],
      ["Martin", "F3", "01/01/2024", "0,00", null, null],
      ["Martin", "F4", 45300.75, "-50", null, "N1"],
      ["Durand", "F5", "31/02/2024", 10, null, null],
    ],
  },
  {
    name: "error cells in every column",
    asOf: AS_OF,
    cells: [
      ["Customer", "Invoice", "Due date", "Amount", "Disputed", "Promise date", "Level"],
      ["ACME", "E-1", 45352, 1200, "#N/A", null, null],
      ["ACME", "E-2", "#N/A", 500, "No", null, null],
      ["ACME", "E-3", 45352, "#DIV/0!", "No", null, null],
      ["#N/A", "E-4", 45352, 100, "No", null, null],
      ["Beta", "E-5", 45352, 100, "No", "#VALUE!", null],
      ["Beta", "E-6", 45352, 100, "No", null, "#NUM!"],
      ["Beta", "E-7", 45200, 100, "maybe", null, null],
    ],
  },
  {
    name: "amount and paid: part paid, fully paid, overpaid, credit notes",
    asOf: AS_OF,
    cells: [
      ["Customer", "Invoice", "Due date", "Amount", "Paid", "Disputed", "Credit limit"],
      ["ACME", "P-1", 45200, 1000, 400, "Oui", 5000],
      ["ACME", "P-2", 45200, 1000, 1000, "Non", 5000],
      ["ACME", "P-3", 45250, 1000, 1200, null, 5000],
      ["ACME", "P-4", 45300, -300, null, "X", 5000],
      ["Beta", "P-5", 45360, 2500, null, null, 1000],
      ["Beta", "P-6", 45390, 500, null, 1, null],
    ],
  },
  {
    name: "an open column with blanks, zeros and text",
    asOf: AS_OF,
    cells: [
      ["Customer", "Invoice", "Due date", "Amount", "Open", "Promise date"],
      ["ACME", "O-1", 45352, 1200, 1200, "2024-04-15"],
      ["ACME", "O-2", 45300, 500, 0, null],
      ["ACME", "O-3", 45300, 500, null, null],
      ["Beta", "O-4", 45200, 300, "150", "2024-03-01"],
      ["Beta", "O-5", 45200, 300, "none", null],
    ],
  },
];

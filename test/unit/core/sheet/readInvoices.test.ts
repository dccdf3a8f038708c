import { readFileSync } from "fs";
import { localeFromLanguage } from "../../../../src/core/locale/localeFromLanguage";
import Papa from "papaparse";
import { readInvoices, type ReadOptions } from "../../../../src/core/sheet/readInvoices";
import { WorkbookError, type RowProblem } from "../../../../src/core/workbook";
import { en } from "../../../../src/taskpane/i18n/en";
import { describeRowProblem } from "../../../../src/taskpane/state/describeRowProblem";

/** A row problem as the English pane words it. */
const english = (problem: RowProblem): string => describeRowProblem(problem, en);

const OPTIONS: ReadOptions = { sheetName: "Receivables", locale: localeFromLanguage("fr-FR") };

function ibmRows(): string[][] {
  const csv = readFileSync("assets/sample/ibm-accounts-receivable.csv", "utf8");
  return Papa.parse<string[]>(csv.trim()).data;
}

function errorOf(run: () => unknown): WorkbookError {
  try {
    run();
  } catch (error) {
    if (error instanceof WorkbookError) return error;
    throw error;
  }
  throw new Error("no WorkbookError thrown");
}

const HEADER = ["Client", "N° facture", "Échéance", "Montant TTC"];

describe("readInvoices on the IBM sample", () => {
  it("maps every needed column from the English headers with no correction", () => {
    const read = readInvoices(ibmRows(), OPTIONS);
    const mapped = Object.fromEntries(read.columns.map((c) => [c.key, c.header]));
    expect(mapped).toEqual({
      customer: "customerID",
      invoiceNumber: "invoiceNumber",
      invoiceDate: "InvoiceDate",
      dueDate: "DueDate",
      amount: "InvoiceAmount",
      disputed: "Disputed",
      paidDate: "SettledDate",
    });
    expect(read.columns.every((c) => c.confidence === 1)).toBe(true);
    expect(read.invoices).toHaveLength(2466);
    expect(read.problems).toEqual([]);
    // The texts prove month-first order (1/26/2013), whatever the workbook's locale says.
    expect(read.dateOrder).toBe("mdy");
    expect(read.invoices[0]).toMatchObject({
      row: 2,
      customer: "0379-NEVHP",
      invoiceNumber: "0000611365",
      dueDate: 41306, // 1 Feb 2013
      amount: 55.94,
      paidDate: 41289,
      open: 0, // settled, and no paid or open column: the paid date settles it
      disputed: false,
    });
  });

  it("maps the French headers too", () => {
    const rows = ibmRows();
    const french: Record<string, string> = {
      customerID: "Client",
      invoiceNumber: "N° facture",
      InvoiceDate: "Date facture",
      DueDate: "Échéance",
      InvoiceAmount: "Montant TTC",
      Disputed: "Litige",
      SettledDate: "Date de règlement",
    };
    rows[0] = rows[0].map((h) => french[h] ?? h);
    const read = readInvoices(rows, OPTIONS);
    expect(Object.fromEntries(read.columns.map((c) => [c.key, c.confidence]))).toEqual({
      customer: 1,
      invoiceNumber: 1,
      invoiceDate: 1,
      dueDate: 1,
      amount: 1,
      disputed: 1,
      paidDate: 1,
    });
    expect(read.invoices).toHaveLength(2466);
  });
});

describe("readInvoices finds the header and skips what is not an invoice", () => {
  it("finds a header below a title, skips blank rows quietly and total rows with their reason", () => {
    const read = readInvoices(
      [
        ["Open invoices at 31/12/2024", "", "", ""],
        ["", "", "", ""],
        HEADER,
        ["ACME", "F-1", "15/11/2024", "1 200,50 €"],
        ["", "", "", ""],
        ["Beta SA", "F-2", 45620, 300],
        ["Sous-total", "", "", 1500.5],
        ["Total", "", "", 1500.5],
      ],
      OPTIONS
    );
    expect(read.headerRow).toBe(3);
    expect(read.invoices.map((i) => [i.row, i.customer, i.amount, i.open])).toEqual([
      [4, "ACME", 1200.5, 1200.5],
      [6, "Beta SA", 300, 300],
    ]);
    expect(read.invoices[0].dueDate).toBe(45611); // 15 Nov 2024, day first
    expect(read.problems.map((p) => [p.row, p.kept])).toEqual([
      [7, undefined],
      [8, undefined],
    ]);
  });

  it("gives every unusable row its row, column, value and reason", () => {
    const read = readInvoices(
      [
        HEADER,
        ["ACME", "F-1", "31/02/2024", 100],
        ["", "F-2", "01/03/2024", 50],
        ["Beta", "F-3", "01/03/2024", "abc"],
      ],
      OPTIONS
    );
    expect(read.invoices).toEqual([]);
    expect(read.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, "Échéance", "31/02/2024"],
      [3, "Client", ""],
      [4, "Montant TTC", "abc"],
    ]);
    expect(english(read.problems[0])).toMatch(/^Due date: .*does not exist/);
    expect(read.problems.every((p) => !p.kept)).toBe(true);
  });

  it("keeps a row with a bad optional value and warns", () => {
    const read = readInvoices(
      [
        [...HEADER, "Litige", "Niveau"],
        ["ACME", "F-1", "01/03/2024", 100, "peut-être", "N2"],
      ],
      OPTIONS
    );
    expect(read.invoices).toHaveLength(1);
    expect(read.invoices[0].lastLevel).toBe(2);
    expect(read.invoices[0].disputed).toBe(false);
    expect(read.problems).toEqual([
      expect.objectContaining({ row: 2, column: "Litige", kept: true }),
    ]);
  });

  it("keeps both rows of a duplicated invoice number and warns on the repeat", () => {
    const read = readInvoices(
      [HEADER, ["ACME", "F-1", "01/03/2024", 100], ["ACME", "F-1", "01/04/2024", 100]],
      OPTIONS
    );
    expect(read.invoices.map((i) => i.row)).toEqual([2, 3]);
    expect(read.problems).toEqual([
      expect.objectContaining({ row: 3, column: "N° facture", value: "F-1", kept: true }),
    ]);
    expect(english(read.problems[0])).toContain("also on row 2");
  });

  it("computes open as amount - paid, and reads credit notes as negative", () => {
    const read = readInvoices(
      [
        ["Customer", "Invoice", "Due date", "Amount", "Paid"],
        ["ACME", "F-1", "2024-03-01", 100, 40],
        ["ACME", "AV-1", "2024-03-01", "(25.00)", ""],
      ],
      OPTIONS
    );
    expect(read.invoices.map((i) => [i.open, i.paid])).toEqual([
      [60, 40],
      [-25, 0],
    ]);
  });

  it("applies the user's mapping and ignores the add-in's own columns", () => {
    const read = readInvoices(
      [
        ["Who", "Invoice", "Due date", "Amount", "Days overdue", "Last reminder", "Level"],
        ["ACME", "F-1", "2024-03-01", 100, 12, "2024-03-05", 2],
      ],
      {
        ...OPTIONS,
        mapping: { customer: "who" },
        owned: [
          { id: "daysOverdue", header: "Days overdue", index: 4 },
          { id: "lastReminder", header: "Last reminder", index: 5 },
          { id: "lastLevel", header: "Level", index: 6 },
        ],
      }
    );
    expect(read.columns.map((c) => c.key)).toEqual([
      "customer",
      "invoiceNumber",
      "dueDate",
      "amount",
    ]);
    expect(read.invoices[0]).toMatchObject({ customer: "ACME", lastLevel: 2, lastReminder: 45356 });
  });
});

describe("readInvoices refuses a sheet it cannot read, with a clear message", () => {
  it.each([
    [
      "empty sheet",
      [
        ["", ""],
        [null, undefined],
      ],
      "empty-sheet",
    ],
    ["header only", [HEADER, ["", "", "", ""]], "header-only"],
    [
      "no header",
      [
        ["a", "b"],
        [1, 2],
      ],
      "no-header",
    ],
    [
      "no due-date column",
      [
        ["Client", "Facture", "Montant"],
        ["A", "F1", 10],
      ],
      "missing-column",
    ],
    [
      "two header rows",
      [["Customer", "Invoice", "Due date", "Amount"], HEADER, ["A", "F1", "01/03/2024", 10]],
      "two-header-rows",
    ],
    [
      "mixed text date formats",
      [HEADER, ["A", "F1", "25/03/2024", 10], ["B", "F2", "03/25/2024", 10]],
      "mixed-date-formats",
    ],
  ])("%s", (_name, cells, code) => {
    const error = errorOf(() => readInvoices(cells as unknown[][], OPTIONS));
    expect(error.code).toBe(code);
    expect(error.message.length).toBeGreaterThan(30);
  });

  it("names the missing due-date column", () => {
    const error = errorOf(() =>
      readInvoices(
        [
          ["Client", "Facture", "Montant"],
          ["A", "F1", 10],
        ],
        OPTIONS
      )
    );
    expect(error.details).toEqual({ column: "dueDate" });
    expect(error.message).toContain("due date");
  });

  it("refuses merged header cells", () => {
    const error = errorOf(() =>
      readInvoices([HEADER, ["A", "F1", "01/03/2024", 10]], {
        ...OPTIONS,
        mergedAreas: [{ row: 0, column: 2, rowCount: 1, columnCount: 2 }],
      })
    );
    expect(error.code).toBe("merged-header");
    expect(error.details).toEqual({ row: 1, column: 3 });
  });
});

describe("readInvoices at the bottom of the grid", () => {
  it("numbers rows up to 1,048,576, the last row of a sheet", () => {
    const read = readInvoices(
      [HEADER, ["ACME", "F-1", "01/03/2024", 10], ["Beta", "F-2", "01/03/2024", 20]],
      {
        ...OPTIONS,
        firstRow: 1048574,
        firstColumn: 3,
      }
    );
    expect(read.headerRow).toBe(1048574);
    expect(read.invoices.map((i) => i.row)).toEqual([1048575, 1048576]);
    expect(read.lastRow).toBe(1048576);
    expect(read.firstColumn).toBe(3);
  });
});

describe("readInvoices never drops a row without its reason (issue 10, finding 9)", () => {
  const header = ["Customer", "Invoice", "Due date", "Amount"];

  it("reads the invoice of a customer called Total SA", () => {
    const read = readInvoices([header, ["Total SA", "F-9", "2024-03-01", 250]], OPTIONS);
    expect(read.invoices.map((i) => [i.customer, i.invoiceNumber, i.open])).toEqual([
      ["Total SA", "F-9", 250],
    ]);
    expect(read.problems).toEqual([]);
  });

  it("lists a total row it skips, with the reason", () => {
    const read = readInvoices(
      [header, ["ACME", "F-1", "2024-03-01", 100], ["Total", "", "", 100]],
      OPTIONS
    );
    expect(read.invoices).toHaveLength(1);
    expect(read.problems).toEqual([{ row: 3, reason: { key: "totalRow" } }]);
    expect(english(read.problems[0])).toMatch(/^Total row/);
  });
});

/**
 * The Workbook port's contract for text that looks like a formula (issue 10, finding 8): a ladder
 * action "=1+1", a customer "+call", a note "-note"... is written as that text on every sheet the
 * add-in writes, never run as a formula. Excel takes a value starting with =, + or - as a formula
 * (Excel.Range.values; the fake Excel models it) and drops a leading apostrophe: the add-in writes
 * such text behind an apostrophe (core/sheet/cellText). Run against both adapters.
 */
import type { ActivityEntry } from "../../../src/core/account/activity";
import { statementOf } from "../../../src/core/account/statement";
import type { AgeingReport, ReminderRecord } from "../../../src/core/workbook";
import type { DunningLevel } from "../../../src/core/types";
import { columnLetter } from "../../../src/core/sheet/a1";
import { testSettings } from "../support/testSettings";
import type { CellView, SheetSpec, WorkbookFactory, WorkbookFixture } from "./contract";

const AS_OF = 45383; // 2024-04-01

/** Each one is a formula, a signed formula or loses a character when written as typed. */
const FORMULA_LIKE = [
  "=1+1",
  '=HYPERLINK("http://x","y")',
  "+call",
  "-note",
  "@x",
  "\tx",
  "\r=1+1",
  "'t Hooft",
];

/** The customers as read from a sheet: the reader trims a leading tab or CR from a name. */
const CUSTOMERS = FORMULA_LIKE.filter((text) => !/^\s/.test(text));

/** One invoice per formula-like customer, typed as text (the apostrophe is Excel's text mark). */
const RECEIVABLES: SheetSpec[] = [
  {
    name: "Receivables",
    cells: [
      ["Customer", "Invoice", "Due date", "Amount"],
      ...CUSTOMERS.map((customer, i) => [`'${customer}`, `F-${i + 1}`, AS_OF - 40, 100 + i]),
    ],
  },
];

/** Every cell of a sheet's first 80 rows and 20 columns that holds something. */
function cellsOf(fixture: WorkbookFixture, sheet: string): CellView[] {
  const cells: CellView[] = [];
  for (let row = 1; row <= 80; row++)
    for (let column = 0; column < 20; column++) {
      const cell = fixture.cell(sheet, `${columnLetter(column)}${row}`);
      if (cell) cells.push(cell);
    }
  return cells;
}

/** Each text stands in a cell of `sheet` as a plain value, and no cell there is its formula. */
function expectLiteral(fixture: WorkbookFixture, sheet: string, texts: readonly string[]): void {
  const cells = cellsOf(fixture, sheet);
  for (const text of texts) expect(cells).toContainEqual({ value: text });
  const formulas = cells.flatMap((c) => (c.formula ? [c.formula] : []));
  expect(formulas.filter((f) => /1\+1|HYPERLINK|call|note|@x/.test(f))).toEqual([]);
}

export function formulaTextContract(adapter: string, factory: WorkbookFactory): void {
  describe(`Workbook contract, formula-looking text written as text: ${adapter}`, () => {
    it("writes formula-looking ladder actions and customers on the history sheet as text", async () => {
      const fixture = factory(RECEIVABLES);
      const ladder: DunningLevel[] = FORMULA_LIKE.map((action, i) => ({
        level: i + 1,
        fromDay: i * 10,
        action,
        channel: "email",
        tone: "firm",
      }));
      const read = await fixture.workbook.readReceivables();
      expect(read.invoices.map((i) => i.customer)).toEqual(CUSTOMERS);
      await fixture.workbook.writeAnalysis(read, {
        asOf: AS_OF,
        settings: testSettings({ ladder }),
      });
      expectLiteral(fixture, "Credit history", FORMULA_LIKE);
    });

    it("writes formula-looking customers and invoice numbers in the reminder log as text", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      const records: ReminderRecord[] = read.invoices.map((invoice) => ({
        date: AS_OF,
        customer: invoice.customer as string,
        rows: [invoice.row],
        invoiceNumbers: [invoice.customer as string],
        level: 1,
        channel: "email",
        total: invoice.open,
        language: "en",
      }));
      await fixture.workbook.recordReminders(read, records);
      expectLiteral(fixture, "Reminder log", CUSTOMERS);
    });

    it("writes formula-looking notes, owners and customers in the activity log as text", async () => {
      const fixture = factory(RECEIVABLES);
      const entries: ActivityEntry[] = FORMULA_LIKE.map((text) => ({
        date: AS_OF,
        customer: text,
        kind: "dispute",
        invoices: [text],
        reason: "quality",
        owner: text,
        text,
      }));
      await fixture.workbook.recordActivity(entries);
      expectLiteral(fixture, "Activity", FORMULA_LIKE);
      const journal = await fixture.workbook.readJournal();
      expect(journal.activity.map((a) => a.text)).toEqual(FORMULA_LIKE.map((text) => text.trim()));
    });

    it("writes a formula-looking plan id and customer in the payment plans as text", async () => {
      const fixture = factory(RECEIVABLES);
      for (const text of FORMULA_LIKE) {
        await fixture.workbook.recordPaymentPlan({
          id: text,
          customer: text,
          created: AS_OF,
          invoices: [text],
          frequency: "monthly",
          instalments: [{ number: 1, due: AS_OF + 10, amount: 100 }],
        });
      }
      expectLiteral(fixture, "Payment plans", FORMULA_LIKE);
    });

    it("writes formula-looking customers, sender and payment instructions on statements as text", async () => {
      const fixture = factory(RECEIVABLES);
      const read = await fixture.workbook.readReceivables();
      await fixture.workbook.writeStatement({
        statements: CUSTOMERS.map((customer) => statementOf(customer, read.invoices, AS_OF)),
        sender: {
          senderName: "=Credit team",
          signature: "",
          paymentInstructions: "-IBAN FR76 3000\n+pay by transfer",
          currency: "EUR",
        },
      });
      expectLiteral(fixture, "Statement", [
        ...CUSTOMERS,
        "=Credit team",
        "-IBAN FR76 3000",
        "+pay by transfer",
      ]);
    });

    it("writes formula-looking invoice numbers on the court file as text", async () => {
      const fixture = factory(RECEIVABLES);
      const line = (invoiceNumber: string) => ({
        invoiceNumber,
        dueDate: AS_OF - 100,
        principal: 100,
        periods: [],
        interest: 0,
        indemnity: 40,
        reminders: [],
        limitation: { date: AS_OF + 1726, state: "ok" as const },
        total: 140,
      });
      const lines = FORMULA_LIKE.map(line);
      await fixture.workbook.writeCourtFile({
        file: {
          customer: "+call",
          asOf: AS_OF,
          lines,
          totals: { principal: 800, interest: 0, indemnity: 320, total: 1120 },
        },
      });
      expectLiteral(fixture, "Court file", FORMULA_LIKE);
    });

    it("writes a formula-looking title, headers, bucket labels and customers on the ageing report as text", async () => {
      const fixture = factory(RECEIVABLES);
      const report: AgeingReport = {
        asOf: AS_OF,
        title: "=Aged balance",
        customerHeader: "+Customer",
        totalHeader: "-Total",
        bucketLabels: ["-30", "+call"],
        rows: FORMULA_LIKE.map((customer) => ({ customer, buckets: [0, 100], total: 100 })),
        totals: { label: "@Total", buckets: [0, 800], total: 800 },
        kpis: [{ label: "=Overdue share", value: 1, format: "percent" }],
        currency: "EUR",
      };
      await fixture.workbook.writeAgeingReport(report);
      expectLiteral(fixture, "Ageing report", [
        ...FORMULA_LIKE,
        "=Aged balance",
        "+Customer",
        "-Total",
        "-30",
        "@Total",
        "=Overdue share",
      ]);
    });
  });
}

import { testSettings } from "../support/testSettings";
import { excelFixture } from "./excelFixture";
import { reportFor } from "./measureExcel";
import { statementOf } from "../../../src/core/account/statement";
import { acmeLetter } from "../support/acmeLetter";

const RECEIVABLES = [
  ["Customer", "Invoice", "Due date", "Amount"],
  ["ACME", "F-1", 45352, 1200],
];
const OPTIONS = { asOf: 45383, settings: testSettings() };

// Worksheet.id is not stable from one opening of a workbook to the next, nor across hosts
// (office-js-docs #297, office-js #1390): after reopening, ids are made from sheet positions.
describe("the add-in's own sheets across openings, where sheet ids change", () => {
  it("finds its history sheet again after the workbook is reopened, instead of adding a second one", async () => {
    const { excel, workbook, fixture } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    await workbook.writeAnalysis(await workbook.readReceivables(), OPTIONS);
    excel.reopen();
    await workbook.writeAnalysis(await workbook.readReceivables(), OPTIONS);
    expect(fixture.sheetNames()).toEqual(["AR", "Credit history"]);
  });

  it("never clears a user's sheet that got the id the add-in remembered for its own", async () => {
    const { excel, workbook, fixture } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    await workbook.writeAnalysis(await workbook.readReceivables(), OPTIONS);
    excel.reopen();
    await workbook.writeAnalysis(await workbook.readReceivables(), OPTIONS);
    // The user replaces the add-in's sheet by one of their own, at the same place...
    fixture.deleteSheet("Credit history");
    fixture.addSheet("Credit history", [["My notes"], ["keep this"]]);
    // ...and after the next opening it has the id the add-in remembered.
    excel.reopen();
    const before = fixture.sheetSnapshot("Credit history");
    await workbook.writeAnalysis(await workbook.readReceivables(), OPTIONS);
    expect(fixture.sheetSnapshot("Credit history")).toBe(before);
    expect(fixture.cell("Credit history", "A2")?.value).toBe("keep this");
    expect(fixture.sheetNames()).toHaveLength(3);
  });

  it("refreshes its ageing report in place after reopening, and leaves a user's sheet with its id alone", async () => {
    const { excel, workbook, fixture } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    const read = await workbook.readReceivables();
    await workbook.writeAgeingReport(reportFor(read));
    const reportName = fixture.sheetNames()[1];
    excel.reopen();
    await workbook.writeAgeingReport(reportFor(read));
    expect(fixture.sheetNames()).toEqual(["AR", reportName]);
    fixture.deleteSheet(reportName);
    fixture.addSheet(reportName, [["Budget"], [2024]]);
    excel.reopen();
    const before = fixture.sheetSnapshot(reportName);
    await workbook.writeAgeingReport(reportFor(read));
    expect(fixture.sheetSnapshot(reportName)).toBe(before);
    expect(fixture.sheetNames()).toHaveLength(3);
  });

  it("finds its reminder log, Activity and Statement again after reopening, and never writes to a user's sheet that got their ids", async () => {
    const { excel, workbook, fixture } = excelFixture([{ name: "AR", cells: RECEIVABLES }]);
    const read = await workbook.readReceivables();
    const letter = acmeLetter(45383);
    const note = {
      date: 45383,
      customer: "ACME",
      kind: "note" as const,
      invoices: [],
      text: "called",
    };
    const statement = {
      statements: [statementOf("ACME", read.invoices, 45383)],
      sender: {
        senderName: "Credit team",
        signature: "",
        paymentInstructions: "",
        currency: "EUR",
      },
    };
    const writeAll = async () => {
      await workbook.recordReminders(read, [letter]);
      await workbook.recordActivity([note]);
      await workbook.writeStatement(statement);
    };
    await writeAll();
    excel.reopen();
    await writeAll();
    expect(fixture.sheetNames()).toEqual(["AR", "Reminder log", "Activity", "Statement"]);
    expect((await workbook.readReminderLog()).length).toBe(2);
    // The user replaces each by a sheet of their own, at the same place, under the same name...
    for (const name of ["Reminder log", "Activity", "Statement"]) {
      fixture.deleteSheet(name);
      fixture.addSheet(name, [["My notes"], ["keep this"]]);
    }
    // ...and after the next opening they have the ids the add-in remembered.
    excel.reopen();
    const before = ["Reminder log", "Activity", "Statement"].map((n) => fixture.sheetSnapshot(n));
    expect(await workbook.readReminderLog()).toEqual([]);
    await writeAll();
    expect(["Reminder log", "Activity", "Statement"].map((n) => fixture.sheetSnapshot(n))).toEqual(
      before
    );
    expect(fixture.sheetNames()).toEqual([
      "AR",
      "Reminder log",
      "Activity",
      "Statement",
      "Reminder log (2)",
      "Activity (2)",
      "Statement (2)",
    ]);
  });
});

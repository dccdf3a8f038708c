import ExcelJS from "exceljs";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { en } from "../../src/taskpane/i18n/en";
import { fr } from "../../src/taskpane/i18n/fr";
import { PREVIEW_STRINGS } from "../../src/preview/page/previewStrings";
import { usePreviewSession } from "./support/previewSession";

/**
 * "Open a file" and "Download" of the preview: a credit controller's own .xlsx (English page) and
 * .csv (French page, semicolons and decimal commas) written by the test are read in the browser,
 * analysed by the pane, and the analysed workbook comes back as an .xlsx.
 */

jest.setTimeout(240_000);

const session = usePreviewSession({ lang: "en", theme: "light" }, "preview-file-");
const { pane, shot, expectAccessible } = session;
const dir = mkdtempSync(join(tmpdir(), "credit-open-"));

/** Today as the browser sees it (the opened file is analysed as of today), in UTC days. */
const today = new Date(new Date().toISOString().slice(0, 10) + "T00:00:00Z");
const dayOffset = (days: number) => new Date(today.getTime() + days * 86_400_000);
/** Twelve invoices of three customers, due from 50 days ago to 20 days ahead; two are paid. */
const INVOICES = Array.from({ length: 12 }, (_, i) => ({
  customer: ["Dupont SA", "Martin SARL", "Acme Ltd"][i % 3],
  number: `F-${1000 + i}`,
  issued: dayOffset(-80 + i * 6),
  due: dayOffset(-50 + i * 6),
  amount: 100 + i * 10.5,
  paid: i === 1 || i === 4,
}));
const OPEN_TOTAL = INVOICES.filter((i) => !i.paid).reduce((sum, i) => sum + i.amount, 0);

async function writeXlsx(path: string): Promise<void> {
  const file = new ExcelJS.Workbook();
  const sheet = file.addWorksheet("Open items");
  sheet.addRow(["Customer", "Invoice number", "Invoice date", "Due date", "Amount", "Paid date"]);
  for (const i of INVOICES)
    sheet.addRow([i.customer, i.number, i.issued, i.due, i.amount, i.paid ? i.due : null]);
  for (const column of [3, 4, 6]) sheet.getColumn(column).numFmt = "yyyy-mm-dd";
  await file.xlsx.writeFile(path);
}

function writeFrenchCsv(path: string): void {
  const day = (date: Date) => date.toISOString().slice(0, 10).split("-").reverse().join("/");
  const lines = ["Client;N° facture;Date facture;Échéance;Montant TTC;Date de règlement"];
  for (const i of INVOICES)
    lines.push(
      [
        i.customer,
        i.number,
        day(i.issued),
        day(i.due),
        i.amount.toFixed(2).replace(".", ","),
        i.paid ? day(i.due) : "",
      ].join(";")
    );
  writeFileSync(path, lines.join("\r\n"), "utf8");
}

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

async function open(path: string): Promise<void> {
  await session.page.getByTestId("preview-open-input").setInputFiles(path);
}

test("an .xlsx the user opens is read in the browser, analysed, and downloaded as .xlsx", async () => {
  const path = join(dir, "my-receivables.xlsx");
  await writeXlsx(path);
  await open(path);
  await session.page.getByText(/^my-receivables\.xlsx as of \d{4}-\d{2}-\d{2}$/).waitFor();
  await session.page.getByRole("tab", { name: "Open items" }).waitFor();
  await pane().getByRole("heading", { name: en.mapping.heading }).waitFor();
  await pane()
    .getByText(en.mapping.found("Open items", 1, INVOICES.length))
    .waitFor();
  await pane().getByRole("button", { name: en.mapping.analyse }).click();
  await pane().getByRole("heading", { name: en.overview.heading, level: 2 }).waitFor();
  const outstanding = await pane().locator('[data-kpi="outstanding"] dd').innerText();
  expect(outstanding).toBe(
    new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(OPEN_TOTAL)
  );
  await shot("xlsx-overview");
  await expectAccessible("an opened .xlsx, analysed");

  const [download] = await Promise.all([
    session.page.waitForEvent("download"),
    session.page.getByRole("button", { name: PREVIEW_STRINGS.en.download }).click(),
  ]);
  expect(download.suggestedFilename()).toBe("my-receivables.xlsx");
  const saved = join(dir, "downloaded.xlsx");
  await download.saveAs(saved);
  const file = new ExcelJS.Workbook();
  await file.xlsx.readFile(saved);
  const sheet = file.getWorksheet("Open items") as ExcelJS.Worksheet;
  const headers = (sheet.getRow(1).values as unknown[]).map(String);
  // The analysis the pane wrote comes back in the file, next to the user's columns.
  expect(headers).toEqual(expect.arrayContaining(["Customer", "Invoice number", "Days overdue"]));
  expect(sheet.rowCount).toBeGreaterThanOrEqual(INVOICES.length + 1);
});

test("a French .csv (semicolons, decimal commas, day/month dates) opens in the French pane", async () => {
  await session.page.getByTestId("preview-language").selectOption("fr");
  const path = join(dir, "créances.csv");
  writeFrenchCsv(path);
  await open(path);
  await session.page.getByText(/^créances\.csv au \d{4}-\d{2}-\d{2}$/).waitFor();
  await pane().getByRole("heading", { name: fr.mapping.heading }).waitFor();
  await pane()
    .getByText(fr.mapping.found("créances", 1, INVOICES.length))
    .waitFor();
  await pane().getByRole("button", { name: fr.mapping.analyse }).click();
  await pane().getByRole("heading", { name: fr.overview.heading, level: 2 }).waitFor();
  const outstanding = await pane().locator('[data-kpi="outstanding"] dd').innerText();
  expect(spaces(outstanding)).toBe(
    spaces(
      new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(OPEN_TOTAL)
    )
  );
  await shot("csv-overview");
  await expectAccessible("an opened .csv, analysed, in French");
});

test("a file that is not a workbook is refused with its name and the reason; the book is unchanged", async () => {
  const path = join(dir, "notes.xlsx");
  writeFileSync(path, "not a zip");
  await open(path);
  await session.page
    .getByText(PREVIEW_STRINGS.fr.unreadable("notes.xlsx", PREVIEW_STRINGS.fr.reasons.corrupt))
    .waitFor();
  await expect(session.page.getByTestId("preview-as-of").innerText()).resolves.toMatch(
    /^créances\.csv au /
  );
});

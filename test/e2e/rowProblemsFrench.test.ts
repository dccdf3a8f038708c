import { readInvoices } from "../../src/core/sheet/readInvoices";
import { localeFromLanguage } from "../../src/core/locale/localeFromLanguage";
import type { RowProblem } from "../../src/core/workbook";
import { MemoryWorkbook } from "../../src/preview/memoryWorkbook";
import { en } from "../../src/taskpane/i18n/en";
import { fr } from "../../src/taskpane/i18n/fr";
import { dayFromIsoText } from "../../src/taskpane/format/dayFromIsoText";
import { describeRowProblem } from "../../src/taskpane/state/describeRowProblem";
import { seriousViolations } from "./support/axe";
import { usePreviewSession, RESULTS } from "./support/previewSession";

/**
 * A French user whose sheet has bad rows reads every row problem in French (docs/design.md §8):
 * a blank customer, a date that does not exist, an Excel error in an amount, a repeated invoice
 * number and a total row. The book is put in the tab's storage before the page loads, as the
 * preview keeps a workbook across a reload; the expected texts come from fr.ts.
 */

jest.setTimeout(120_000);

const AS_OF = "2013-06-30";
const SHEET = "Créances";
const DUE = dayFromIsoText("2013-05-15") as number;
const CELLS: unknown[][] = [
  ["Client", "N° facture", "Échéance", "Montant"],
  ["ACME", "F-1", DUE, 100],
  ["", "F-2", DUE, 50],
  ["Beta", "F-3", "31/02/2013", 75],
  ["Gamma", "F-4", DUE, "#N/A"],
  ["Delta", "F-1", DUE, 60],
  ["Total", "", "", 285],
];
const STORAGE_KEY = "creditControl.preview.book";

const session = usePreviewSession({ lang: "fr", theme: "light", asOf: AS_OF }, "row-problems-fr-");

/** The problems the reader finds on the sheet, and how the French and English panes word them. */
function expectedProblems(): { problems: RowProblem[]; french: string[]; english: string[] } {
  const read = readInvoices(CELLS, { sheetName: SHEET, locale: localeFromLanguage("fr-FR") });
  const line = (strings: typeof fr, problem: RowProblem) =>
    strings.mapping.problemLine(
      problem.row,
      problem.column ?? "",
      problem.value ?? "",
      describeRowProblem(problem, strings)
    );
  return {
    problems: read.problems,
    french: read.problems.map((problem) => line(fr, problem)),
    english: read.problems.map((problem) => line(en, problem)),
  };
}

test("the French pane lists every bad row of the sheet in French", async () => {
  const book = new MemoryWorkbook("fr-FR");
  book.addSheet(SHEET, CELLS);
  const saved = JSON.stringify({
    version: `fr|${dayFromIsoText(AS_OF)}`,
    book: book.toSnapshot(),
  });
  const page = await session.page.context().newPage();
  await page.addInitScript(([key, value]) => window.sessionStorage.setItem(key, value), [
    STORAGE_KEY,
    saved,
  ] as const);
  await page.goto(session.page.url());
  const pane = page.locator('[data-testid="pane"]');
  await pane.getByRole("heading", { name: fr.mapping.heading }).waitFor();

  const { problems, french, english } = expectedProblems();
  expect(problems.map((problem) => problem.reason.key).sort()).toEqual([
    "blankValue",
    "cellError",
    "duplicateInvoice",
    "totalRow",
    "unreadValue",
  ]);
  const text = (await pane.innerText()).replace(/[\u00a0\u202f]/g, " ");
  expect(text).toContain(fr.mapping.problems(problems.length));
  for (const sentence of french) expect(text).toContain(sentence.replace(/[\u00a0\u202f]/g, " "));
  for (const sentence of english) expect(text).not.toContain(sentence);
  expect(text).not.toMatch(/\b(Row|row|Total row|is also on|does not exist|holds the error)\b/);
  await page.screenshot({ path: `${RESULTS}/row-problems-fr-mapping.png` });
  expect(await seriousViolations(page)).toEqual([]);
  await page.close();
});

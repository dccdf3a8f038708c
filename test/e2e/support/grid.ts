import type { Page } from "playwright-core";

const GRID = '[data-testid="sheet-grid"]';

/** Scroll the virtualised grid until `row` is drawn. */
export async function showRow(page: Page, row: number): Promise<void> {
  await page.locator(GRID).evaluate((element, target) => {
    element.scrollTop = Math.max(0, (target - 5) * 24);
  }, row);
  await page.locator(`${GRID} th[data-row-header="${row}"]`).waitFor();
}

/** Click a row number as a user would, with Shift or Control held when asked. */
export async function clickRow(
  page: Page,
  row: number,
  modifiers: ("Shift" | "Control")[] = []
): Promise<void> {
  await showRow(page, row);
  await page.locator(`${GRID} th[data-row-header="${row}"]`).click({ modifiers });
}

/** The texts of a drawn row's cells by column header (row 1 must hold the headers). */
export async function rowByHeader(page: Page, row: number): Promise<Record<string, string>> {
  await page.locator(GRID).evaluate((element) => {
    element.scrollTop = 0;
  });
  const headers = await page.locator(`${GRID} tr[data-row="1"] td`).allInnerTexts();
  await showRow(page, row);
  const cells = await page.locator(`${GRID} tr[data-row="${row}"] td`).allInnerTexts();
  const out: Record<string, string> = {};
  headers.forEach((header, i) => {
    if (header.trim()) out[header.trim()] = (cells[i] ?? "").trim();
  });
  return out;
}

/**
 * The cell of a row read with rowByHeader under the first of `headers` the sheet has: a column
 * the add-in writes may carry its English or its translated header, and the test holds for both.
 * A missing column fails with the headers the sheet does have, never with undefined.
 */
export function cellByHeader(cells: Record<string, string>, headers: readonly string[]): string {
  const header = headers.find((name) => name in cells);
  if (header === undefined) {
    throw new Error(
      `No column ${headers.map((name) => `"${name}"`).join(" or ")} in the sheet; its headers: ` +
        Object.keys(cells).join(", ")
    );
  }
  return cells[header];
}

/**
 * Headers of the analysis columns the tests read, English first: the add-in may write them in
 * the workbook's language ("Jours de retard") or in English, so a lookup accepts either.
 */
export const ANALYSIS_HEADERS = {
  daysOverdue: ["Days overdue", "Jours de retard"],
  nextAction: ["Next action", "Prochaine action"],
} as const;

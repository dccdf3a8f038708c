/**
 * npm run screenshot: the README's picture, docs/screenshot-pane.png, taken from the preview as a
 * user would see it: the sample analysed as of 2013-06-30, two customers' open overdue invoices
 * selected in the grid (not a screen of paid rows), and their reminder drafts in the pane.
 */
import { join } from "path";
import { en } from "../../src/taskpane/i18n/en";
import { ensurePreviewBuilt, ROOT } from "../e2e/support/buildPreview";
import { clickRow } from "../e2e/support/grid";
import { launchChrome } from "../e2e/support/launch";
import { daysBetween, sampleRows } from "../e2e/support/sampleRows";
import { serveFolder } from "../e2e/support/staticServer";

const AS_OF = "2013-06-30";
const OUT = join(ROOT, "docs", "screenshot-pane.png");

async function main(): Promise<void> {
  const server = await serveFolder(ensurePreviewBuilt());
  const chrome = await launchChrome();
  try {
    const page = await chrome.context.newPage();
    await page.goto(`${server.url}?lang=en&theme=light&asOf=${AS_OF}`);
    const pane = page.locator('[data-testid="pane"]');
    await pane.getByRole("button", { name: en.mapping.analyse }).click();
    await pane.getByRole("heading", { name: en.overview.heading, level: 2 }).waitFor();
    // Two customers with overdue open invoices, picked from the sample itself.
    const overdue = sampleRows(AS_OF).filter(
      (r) => r.open && !r.disputed && daysBetween(r.dueDate, AS_OF) >= 1
    );
    const customers = [...new Set(overdue.map((r) => r.customer))].slice(0, 2);
    const chosen = overdue.filter((r) => customers.includes(r.customer));
    await clickRow(page, chosen[0].row);
    for (const row of chosen.slice(1)) await clickRow(page, row.row, ["Control"]);
    await pane.getByRole("tab", { name: en.tabs.selection }).click();
    await pane.getByRole("button", { name: en.selection.draft }).click();
    await pane.locator("article[data-customer]").first().waitFor();
    await page.screenshot({ path: OUT });
    console.log(
      `${OUT}: ${chosen.length} open invoices of ${customers.join(", ")} and their drafts`
    );
  } finally {
    await chrome.close();
    await server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { RISK_WEIGHTS } from "../../src/core/risk/riskScore";
import { en } from "../../src/taskpane/i18n/en";
import { ANALYSIS_HEADERS, cellByHeader, clickRow, rowByHeader } from "./support/grid";
import { usePreviewSession } from "./support/previewSession";
import { daysBetween, sampleRows, type SampleRow } from "./support/sampleRows";

/**
 * The whole job in the preview, in a real Chromium: first run, analysis, the computed cells in
 * the grid, row selection, the explanation of the risk, reminder drafts, French, settings and
 * the dark theme, with an accessibility scan in every state. paneFrench.test.ts does the same
 * flow on the French sample.
 */

// The project-level testTimeout is not applied per project by jest: each step may take a while.
jest.setTimeout(120_000);

const AS_OF = "2013-06-30";

const session = usePreviewSession({ lang: "en", theme: "light", asOf: AS_OF }, "pane-");
const { pane, shot, expectAccessible } = session;
const rows = sampleRows(AS_OF);

test("first run shows the detected columns with samples and confidence", async () => {
  await pane().getByRole("heading", { name: "Check the columns" }).waitFor();
  // Columns matched with confidence "Sure" stay behind "Show all N fields" on a first run.
  await pane()
    .getByRole("button", { name: /^Show all \d+ fields$/ })
    .click();
  const customer = pane().getByRole("combobox", { name: /Customer/ });
  await expect(customer.innerText()).resolves.toContain("customerID");
  await expect(pane().innerText()).resolves.toMatch(/Match: Sure\s*Examples: 0379-NEVHP/);
  await shot("mapping");
  await expectAccessible("mapping");
});

test("Analyse writes the analysis columns and shows the overview", async () => {
  await pane().getByRole("button", { name: "Analyse" }).click();
  await pane().getByRole("heading", { name: "Overview" }).waitFor();
  await expect(pane().getByRole("status").innerText()).resolves.toContain("Analysis written on");
  const outstanding = pane().locator('[data-kpi="outstanding"] dd');
  await expect(outstanding.innerText()).resolves.toMatch(/^€[\d,]+\.\d{2}$/);
  await expect(
    pane().getByRole("list", { name: "Open balance by age" }).innerText()
  ).resolves.toContain("Not yet due");
  // Each KPI's definition, formula and period: on keyboard focus as on hover.
  const dsoLabel = pane().locator('[data-kpi="dso"] dt [tabindex="0"]');
  await dsoLabel.focus();
  const tooltip = session.page.getByRole("tooltip");
  await expect(tooltip.innerText()).resolves.toBe(
    `${en.overview.kpiHelp.dso} ${en.overview.kpiPeriod(90)}`
  );
  await shot("overview-kpi-focus");
  await expectAccessible("overview with a KPI definition shown");
  await dsoLabel.blur();
  await tooltip.waitFor({ state: "detached" });
  await pane().locator('[data-kpi="outstanding"] dt [tabindex="0"]').hover();
  await expect(tooltip.innerText()).resolves.toBe(
    `${en.overview.kpiHelp.outstanding} ${en.overview.kpiAtAsOf}`
  );
  await session.page.mouse.move(0, 0);
  await tooltip.waitFor({ state: "detached" });
  await shot("overview");
  await expectAccessible("overview");
});

test("the grid shows the computed cells: days overdue = as-of - due date, next action", async () => {
  const disputedOpen = rows.find((r) => r.open && r.disputed) as SampleRow;
  const cells = await rowByHeader(session.page, disputedOpen.row);
  expect(cells.invoiceNumber).toBe(disputedOpen.invoiceNumber);
  expect(cells.DueDate).toBe(disputedOpen.dueDate);
  expect(Number(cellByHeader(cells, ANALYSIS_HEADERS.daysOverdue))).toBe(
    daysBetween(disputedOpen.dueDate, AS_OF)
  );
  expect(cellByHeader(cells, ANALYSIS_HEADERS.nextAction)).toBe("Resolve dispute");

  const lateOpen = rows.find(
    (r) => r.open && !r.disputed && daysBetween(r.dueDate, AS_OF) >= 1
  ) as SampleRow;
  const late = await rowByHeader(session.page, lateOpen.row);
  const days = daysBetween(lateOpen.dueDate, AS_OF);
  expect(Number(cellByHeader(late, ANALYSIS_HEADERS.daysOverdue))).toBe(days);
  // Default ladder: Reminder 1 from day 1, Reminder 2 from day 15 (a high risk may bring it forward).
  expect(cellByHeader(late, ANALYSIS_HEADERS.nextAction)).toMatch(
    /^(Reminder 1|Reminder 2|Phone call)/
  );
});

test("clicking and shift-clicking rows explains the selected invoices", async () => {
  const first = rows.find((r) => r.open && r.disputed) as SampleRow;
  await clickRow(session.page, first.row);
  await clickRow(session.page, first.row + 3, ["Shift"]);
  await pane().getByRole("tab", { name: "Selection" }).click();
  await pane().getByText("4 invoices selected").waitFor();
  const card = pane().locator(`article[data-row="${first.row}"]`);
  await expect(card.innerText()).resolves.toContain(`Invoice ${first.invoiceNumber}`);
  const factors = await card.getByTestId("risk-factors").locator("li").allInnerTexts();
  // A dispute adds its full weight (the weights come from the backtest, riskScore.ts).
  expect(factors).toContain(`+${RISK_WEIGHTS.disputed}: the invoice is disputed`);
  for (const factor of factors) expect(factor).toMatch(/^\+\d+: /);
  await expect(card.getByTestId("next-action").innerText()).resolves.toBe("Resolve dispute");
  // Totals come first; a settled invoice is counted there, never shown as a card.
  const chosen = rows.filter((r) => r.row >= first.row && r.row <= first.row + 3);
  const settled = chosen.filter((r) => !r.open);
  expect(settled.length).toBeGreaterThan(0);
  const totals = pane().getByTestId("selection-totals");
  const totalsBox = await totals.boundingBox();
  const cardBox = await card.boundingBox();
  expect(totalsBox && cardBox && totalsBox.y < cardBox.y).toBe(true);
  const totalsText = await totals.innerText();
  expect(totalsText).toMatch(new RegExp(`Open invoices\\s*${chosen.length - settled.length}`));
  expect(totalsText).toMatch(new RegExp(`Paid invoices \\(not shown\\)\\s*${settled.length}`));
  const openTotal = chosen.filter((r) => r.open).reduce((sum, r) => sum + r.amount, 0);
  expect(totalsText).toContain(
    new Intl.NumberFormat("en-US", { style: "currency", currency: "EUR" }).format(openTotal)
  );
  for (const paid of settled)
    await expect(pane().locator(`article[data-row="${paid.row}"]`).count()).resolves.toBe(0);
  await shot("selection");
  await expectAccessible("selection");
});

test("drafting reminders gives one draft per customer with every invoice number", async () => {
  const candidates = rows.filter(
    (r) => r.open && !r.disputed && daysBetween(r.dueDate, AS_OF) >= 1
  );
  const customers = [...new Set(candidates.map((r) => r.customer))].slice(0, 2);
  const chosen = candidates.filter((r) => customers.includes(r.customer));
  await clickRow(session.page, chosen[0].row);
  for (const row of chosen.slice(1)) await clickRow(session.page, row.row, ["Control"]);
  await pane().getByRole("tab", { name: "Selection" }).click();
  await pane().getByText(`${chosen.length} invoice`).first().waitFor();
  await pane().getByRole("button", { name: "Draft reminders" }).click();
  await pane().getByRole("heading", { name: "Reminders" }).waitFor();
  const drafts = pane().locator("article[data-customer]");
  await expect(drafts.count()).resolves.toBe(customers.length);
  for (const customer of customers) {
    const draft = pane().locator(`article[data-customer="${customer}"]`);
    const body = await draft.getByRole("textbox", { name: "Message" }).inputValue();
    for (const invoice of chosen.filter((r) => r.customer === customer)) {
      expect(body).toContain(invoice.invoiceNumber);
    }
  }
  await shot("drafts");
  await expectAccessible("drafts");

  await pane().getByRole("button", { name: "Mark all as sent" }).click();
  await pane()
    .getByText(/reminders? recorded in the sheet/)
    .waitFor();
  await session.page.getByRole("tab", { name: "Reminder log" }).waitFor();
});

test("settings are reachable and accessible", async () => {
  await pane().getByRole("tab", { name: "Settings" }).click();
  await pane().getByRole("heading", { name: "Reminder ladder" }).waitFor();
  await expect(
    pane().getByRole("list", { name: "Levels of the reminder ladder" }).locator("li").count()
  ).resolves.toBe(6);
  await shot("settings");
  await expectAccessible("settings");
});

test("in French the pane speaks French and writes money the French way", async () => {
  const headersBefore = await rowByHeader(session.page, 2);
  await session.page.getByTestId("preview-language").selectOption("fr");
  await pane().getByRole("heading", { name: "Gestion du crédit client" }).waitFor();
  await pane().getByRole("tab", { name: "Synthèse" }).click();
  await pane().getByRole("heading", { name: "Synthèse", level: 2 }).waitFor();
  // The pane's language is not the workbook's: the English workbook keeps its English columns.
  await pane().getByRole("button", { name: "Actualiser" }).click();
  await pane()
    .getByText(/Analyse écrite sur/)
    .waitFor();
  const headersAfter = await rowByHeader(session.page, 2);
  expect(Object.keys(headersAfter)).toEqual(Object.keys(headersBefore));
  expect(Object.keys(headersAfter)).toContain("Days overdue");
  const outstanding = await pane().locator('[data-kpi="outstanding"] dt').innerText();
  expect(outstanding).toBe("Encours");
  const amount = await pane().locator('[data-kpi="outstanding"] dd').innerText();
  // fr-FR: narrow no-break spaces between thousands, a comma, the euro sign after.
  expect(amount.replace(/[\u00a0\u202f]/g, " ")).toMatch(/^\d{1,3}( \d{3})*,\d{2} €$/);
  await expect(pane().innerText()).resolves.toContain("Clients les plus à risque");
  await shot("french");
  await expectAccessible("french");
});

test("the dark theme is accessible too", async () => {
  await session.page.getByTestId("preview-theme").click();
  await session.page.waitForFunction(
    () =>
      getComputedStyle(document.querySelector('[data-testid="pane"] main') as Element)
        .backgroundColor !== "rgb(255, 255, 255)"
  );
  await shot("dark");
  await expectAccessible("dark theme");
});

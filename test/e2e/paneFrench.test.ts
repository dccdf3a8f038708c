import { DEFAULT_LADDER } from "../../src/core/policy/defaultLadder";
import { lineStatus } from "../../src/core/reminders/invoiceTable";
import { defaultTemplate } from "../../src/core/reminders/templates";
import { RISK_WEIGHTS } from "../../src/core/risk/riskScore";
import { SHEET_WORDS } from "../../src/core/sheet/sheetWords";
import { fr } from "../../src/taskpane/i18n/fr";
import { ANALYSIS_HEADERS, cellByHeader, clickRow, rowByHeader } from "./support/grid";
import { usePreviewSession } from "./support/previewSession";
import { daysBetween, sampleRows, type SampleRow } from "./support/sampleRows";

/**
 * The whole job in French, on a page opened in French from the start (?lang=fr): the French
 * sample sheet (headers Client, N° facture, Échéance...), the French pane, French money and
 * French reminders, with an accessibility scan in every state. The expected words come from the
 * pane's fr.ts and the French templates, so the test checks what a French user reads.
 */

jest.setTimeout(120_000);

const AS_OF = "2013-06-30";
/** The French sample sheet's own headers (src/preview/sampleWorkbook.ts). */
const SHEET = { name: "Créances", invoiceNumber: "N° facture", dueDate: "Échéance" };
/** The log sheet, under its English name or a translated one. */
const REMINDER_LOG_TAB = /^(Reminder log|Journal des relances)$/;

const session = usePreviewSession({ lang: "fr", theme: "light", asOf: AS_OF }, "pane-fr-");
const { pane, shot, expectAccessible } = session;
const rows = sampleRows(AS_OF);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** Narrow and plain no-break spaces as plain spaces, to compare money texts. */
const spaces = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");
/** fr-FR money: groups of three digits split by a (no-break) space, a comma, the euro sign after. */
const FRENCH_EUROS = /^-?\d{1,3}( \d{3})*,\d{2} €$/;
const euros = (amount: number) =>
  spaces(new Intl.NumberFormat("fr-FR", { style: "currency", currency: "EUR" }).format(amount));
/** "2013-06-26" -> "26 juin 2013", as a French letter writes a date. */
const frenchDay = (iso: string) =>
  new Intl.DateTimeFormat("fr-FR", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(`${iso}T00:00:00Z`));
/**
 * Lines of a template that are plain text whatever the data: no tag, and not inside a section
 * that stands on lines of its own ({{#hasPaymentInstructions}} ... {{/hasPaymentInstructions}}).
 */
function fixedLines(template: string): string[] {
  const lines: string[] = [];
  let openSection: string | undefined;
  for (const line of template.split("\n").map((text) => text.trim())) {
    const section = /^\{\{[#^](\w+)\}\}$/.exec(line);
    if (openSection === undefined && section) openSection = section[1];
    else if (line === `{{/${openSection}}}`) openSection = undefined;
    else if (openSection === undefined && line !== "" && !line.includes("{{")) lines.push(line);
  }
  return lines;
}

test("first run shows the French headers detected, with samples and confidence", async () => {
  await pane().getByRole("heading", { name: fr.mapping.heading }).waitFor();
  // Columns matched with confidence "Sûr" stay behind "Afficher les N champs" on a first run.
  await pane()
    .getByRole("button", { name: /^Afficher les \d+ champs$/ })
    .click();
  const text = await pane().innerText();
  expect(text).toContain(fr.mapping.found(SHEET.name, 1, rows.length));
  const sure = fr.mapping.confidenceLabel(fr.mapping.confidence.high);
  const detected = [
    { field: fr.columns.customer, header: "Client", samples: rows.map((r) => r.customer) },
    {
      field: fr.columns.invoiceNumber,
      header: SHEET.invoiceNumber,
      samples: rows.map((r) => r.invoiceNumber),
    },
    { field: fr.columns.dueDate, header: SHEET.dueDate, samples: rows.map((r) => r.dueDate) },
  ];
  for (const { field, header, samples } of detected) {
    const dropdown = pane().getByRole("combobox", {
      name: new RegExp(`^${escapeRegExp(field)}\\s*\\*?$`),
    });
    await expect(dropdown.innerText()).resolves.toBe(header);
    const examples = fr.mapping.samples(samples.slice(0, 3).join(" · "));
    expect(text).toMatch(new RegExp(`${escapeRegExp(sure)}\\s*${escapeRegExp(examples)}`));
  }
  await shot("mapping");
  await expectAccessible("mapping");
});

test("Analyser writes the analysis columns and shows the overview in euros, the French way", async () => {
  await pane().getByRole("button", { name: fr.mapping.analyse }).click();
  await pane().getByRole("heading", { name: fr.overview.heading, level: 2 }).waitFor();
  await expect(pane().getByRole("status").innerText()).resolves.toContain(
    fr.done.analysed(rows.length)
  );
  const outstanding = pane().locator('[data-kpi="outstanding"]');
  await expect(outstanding.locator("dt").innerText()).resolves.toBe(fr.overview.kpi.outstanding);
  const amount = await outstanding.locator("dd").innerText();
  expect(amount).toMatch(/[\u202f\u00a0]€$/);
  expect(spaces(amount)).toMatch(FRENCH_EUROS);
  const ageing = await pane().getByRole("list", { name: fr.overview.ageingLabel }).innerText();
  expect(ageing).toContain(fr.overview.bucket("Current"));
  expect(ageing).toContain(fr.overview.bucket("1-30"));
  await expect(pane().innerText()).resolves.toContain(fr.overview.topRiskHeading);
  // La définition de chaque indicateur, au clavier comme au survol.
  await pane().locator('[data-kpi="cei"] dt [tabindex="0"]').focus();
  await expect(session.page.getByRole("tooltip").innerText()).resolves.toBe(
    `${fr.overview.kpiHelp.cei} ${fr.overview.kpiPeriod(90)}`
  );
  await pane().locator('[data-kpi="cei"] dt [tabindex="0"]').blur();
  await session.page.getByRole("tooltip").waitFor({ state: "detached" });
  await shot("overview");
  await expectAccessible("overview");
});

test("the grid shows the computed cells: days overdue = as-of - due date, next action", async () => {
  const disputedOpen = rows.find((r) => r.open && r.disputed) as SampleRow;
  const cells = await rowByHeader(session.page, disputedOpen.row);
  expect(cells[SHEET.invoiceNumber]).toBe(disputedOpen.invoiceNumber);
  expect(cells[SHEET.dueDate]).toBe(disputedOpen.dueDate);
  expect(Number(cellByHeader(cells, ANALYSIS_HEADERS.daysOverdue))).toBe(
    daysBetween(disputedOpen.dueDate, AS_OF)
  );
  // A French workbook: the analysis columns hold French values, not "Resolve dispute".
  expect(cellByHeader(cells, ANALYSIS_HEADERS.nextAction)).toBe(SHEET_WORDS.fr.resolveDispute);
  expect(Object.values(SHEET_WORDS.fr.riskClass)).toContain(cells["Classe de risque"]);

  const lateOpen = rows.find(
    (r) => r.open && !r.disputed && daysBetween(r.dueDate, AS_OF) >= 1
  ) as SampleRow;
  const late = await rowByHeader(session.page, lateOpen.row);
  expect(Number(cellByHeader(late, ANALYSIS_HEADERS.daysOverdue))).toBe(
    daysBetween(lateOpen.dueDate, AS_OF)
  );
  // Default ladder: Relance 1 from day 1, Relance 2 from day 15 (a high risk may bring it forward).
  expect(["Reminder 1", "Reminder 2", "Phone call"].map((action) => fr.actions[action])).toContain(
    cellByHeader(late, ANALYSIS_HEADERS.nextAction)
  );
  expect(Object.values(SHEET_WORDS.fr.riskClass)).toContain(late["Classe de risque"]);
  expect(late["Ancienneté"]).toMatch(/^\d+-\d+$|^\d+\+$/);
  // Not yet due: "Non échu", the French label of Current.
  const notDue = rows.find((r) => r.open && daysBetween(r.dueDate, AS_OF) <= 0);
  if (notDue) {
    const cellsNotDue = await rowByHeader(session.page, notDue.row);
    expect(cellsNotDue["Ancienneté"]).toBe(SHEET_WORDS.fr.current);
  }
  // A settled row: blank days, and the French status word in the Statut helper column.
  const settled = rows.find((r) => !r.open) as SampleRow;
  const paid = await rowByHeader(session.page, settled.row);
  expect(paid["Statut"]).toBe(SHEET_WORDS.fr.status.paid);
  expect(paid["Prochaine action"]).toBe(SHEET_WORDS.fr.none);
});

test("clicking and shift-clicking rows explains the selected invoices in French", async () => {
  const first = rows.find((r) => r.open && r.disputed) as SampleRow;
  await clickRow(session.page, first.row);
  await clickRow(session.page, first.row + 3, ["Shift"]);
  await pane().getByRole("tab", { name: fr.tabs.selection }).click();
  await pane().getByText(fr.selection.count(4)).waitFor();
  const card = pane().locator(`article[data-row="${first.row}"]`);
  const text = await card.innerText();
  expect(text).toContain(fr.selection.invoice(first.invoiceNumber));
  expect(text).toContain(fr.selection.factorsHeading);
  const factors = await card.getByTestId("risk-factors").locator("li").allInnerTexts();
  expect(factors).toContain(fr.selection.factorLine(RISK_WEIGHTS.disputed, fr.factors.disputed()));
  expect(factors).toContain(`+${RISK_WEIGHTS.disputed} : la facture est en litige`);
  for (const factor of factors) expect(factor).toMatch(/^\+\d+ : /);
  await expect(card.getByTestId("next-action").innerText()).resolves.toBe(
    fr.actions["Resolve dispute"]
  );
  expect(text).toContain(fr.selection.why(fr.reasons.disputed({})));
  await shot("selection");
  await expectAccessible("selection");
});

test("drafting reminders gives one French draft per customer, then marking them sent logs them", async () => {
  const candidates = rows.filter(
    (r) => r.open && !r.disputed && daysBetween(r.dueDate, AS_OF) >= 1
  );
  const customers = [...new Set(candidates.map((r) => r.customer))].slice(0, 2);
  const chosen = candidates.filter((r) => customers.includes(r.customer));
  await clickRow(session.page, chosen[0].row);
  for (const row of chosen.slice(1)) await clickRow(session.page, row.row, ["Control"]);
  await pane().getByRole("tab", { name: fr.tabs.selection }).click();
  await pane().getByText(fr.selection.count(chosen.length)).waitFor();
  await pane().getByRole("button", { name: fr.selection.draft }).click();
  await pane().getByRole("heading", { name: fr.reminders.heading }).waitFor();
  await expect(pane().locator("article[data-customer]").count()).resolves.toBe(customers.length);

  for (const customer of customers) {
    const invoices = chosen.filter((r) => r.customer === customer);
    const total = euros(invoices.reduce((sum, r) => sum + r.amount, 0));
    expect(total).toMatch(FRENCH_EUROS);
    const draft = pane().locator(`article[data-customer="${customer}"]`);
    await expect(draft.getByRole("heading").innerText()).resolves.toBe(
      fr.reminders.draftLabel(customer)
    );
    // "Niveau 1 : Relance 1 · 56,85 €, 1 facture": the level says which template was used.
    const meta = spaces(await draft.getByText(/^Niveau \d+ : /).innerText());
    const levelNumber = Number(/^Niveau (\d+) : /.exec(meta)?.[1]);
    const level = DEFAULT_LADDER.find((l) => l.level === levelNumber);
    if (!level) throw new Error(`Draft for ${customer}: no ladder level in "${meta}"`);
    expect(meta).toBe(
      `${fr.reminders.level(level.level, fr.actions[level.action])} · ${fr.reminders.total(total, invoices.length)}`
    );

    const subject = await draft.getByRole("textbox", { name: fr.reminders.subject }).inputValue();
    const body = await draft.getByRole("textbox", { name: fr.reminders.body }).inputValue();
    for (const invoice of invoices) {
      expect(subject).toContain(invoice.invoiceNumber);
      expect(body).toContain(invoice.invoiceNumber);
      // Its line in the letter: French due date and "4 jours de retard".
      expect(body).toContain(frenchDay(invoice.dueDate));
      expect(body).toContain(lineStatus(daysBetween(invoice.dueDate, AS_OF), "fr"));
    }
    expect(spaces(body)).toContain(total);
    // Every fixed line of the level's French template ("Bonjour,", "Sauf erreur...", the
    // closing) is in the message, greeting first: the draft is the French letter, not the English.
    const template = defaultTemplate(level, "fr", "body");
    const lines = fixedLines(template);
    expect(lines.length).toBeGreaterThan(2);
    expect(body.startsWith(lines[0])).toBe(true);
    expect(lines[0]).toMatch(/^(Bonjour|Madame, Monsieur),$/);
    for (const line of lines) expect(body).toContain(line);
  }
  await shot("drafts");
  await expectAccessible("drafts");

  await pane().getByRole("button", { name: fr.reminders.markAllSent }).click();
  await pane().getByText(fr.done.recorded(customers.length)).waitFor();
  await session.page.getByRole("tab", { name: REMINDER_LOG_TAB }).waitFor();
  await shot("recorded");
  await expectAccessible("recorded");
});

test("settings are in French: the ladder's levels and actions", async () => {
  await pane().getByRole("tab", { name: fr.tabs.settings }).click();
  await pane().getByRole("heading", { name: fr.settings.ladderHeading }).waitFor();
  const ladder = pane().getByRole("list", { name: fr.settings.ladderLabel });
  await expect(ladder.locator("li").count()).resolves.toBe(DEFAULT_LADDER.length);
  for (const level of DEFAULT_LADDER) {
    const item = ladder.getByRole("listitem", {
      name: fr.settings.level(level.level),
      exact: true,
    });
    await expect(
      item.getByRole("textbox", { name: fr.settings.action }).inputValue()
    ).resolves.toBe(fr.actions[level.action]);
  }
  await expect(pane().getByRole("button", { name: fr.settings.save }).isVisible()).resolves.toBe(
    true
  );
  await shot("settings");
  await expectAccessible("settings");
});

import type { Page } from "playwright-core";
import { en } from "../../../src/taskpane/i18n/en";
import { fr } from "../../../src/taskpane/i18n/fr";
import { clickRow } from "./grid";
import { usePreviewSession } from "./previewSession";
import { daysBetween, sampleRows } from "./sampleRows";
import { escapeRegExp, settingsRefusals } from "./settingsRefusals";

/**
 * The pane at Excel's narrowest width (320 px), in English or French: every view without
 * horizontal scrolling, with a screenshot and an accessibility scan each; the first run on one
 * screen; mapping messages that name the column and the reason; settings that refuse each invalid
 * value. paneNarrow.test.ts and paneNarrowFrench.test.ts run it in each language.
 */

const AS_OF = "2013-06-30";
/** The sample sheet's own headers in each language (src/preview/sampleWorkbook.ts). */
const HEADERS = {
  en: { customer: "customerID", invoiceNumber: "invoiceNumber", amount: "InvoiceAmount" },
  fr: { customer: "Client", invoiceNumber: "N° facture", amount: "Montant TTC" },
} as const;

/** A message with a count in it, for any count: showAll(N) -> /^Show all \d+ fields$/. */
const anyCount = (message: (count: number) => string) =>
  new RegExp(`^${escapeRegExp(message(987_654)).replace("987654", "\\d+")}$`);

/** The pane's elements that stick out of it on the right: none, or the pane scrolls sideways. */
async function horizontalOverflow(page: Page): Promise<string[]> {
  return page.locator('[data-testid="pane"]').evaluate((aside) => {
    const right = aside.getBoundingClientRect().right + 0.5;
    const out = [...aside.querySelectorAll("*")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.right > right && !element.closest('[aria-hidden="true"]');
      })
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`.slice(0, 120));
    const scroller = aside.querySelector("main") ?? aside;
    for (const box of [aside, scroller])
      if (box.scrollWidth > box.clientWidth)
        out.unshift(`${box.tagName} scrolls: ${box.scrollWidth} > ${box.clientWidth}`);
    return out;
  });
}

export function narrowScenario(lang: "en" | "fr"): void {
  const s = lang === "fr" ? fr : en;
  const headers = HEADERS[lang];
  const session = usePreviewSession(
    { lang, theme: "light", asOf: AS_OF, paneWidth: "320" },
    `pane-320-${lang}-`
  );
  const { pane, shot, expectAccessible } = session;
  const rows = sampleRows(AS_OF);

  async function expectNarrowView(name: string): Promise<void> {
    await expect(
      session.page.locator('[data-testid="pane"]').evaluate((aside) => aside.clientWidth)
    ).resolves.toBeLessThanOrEqual(320);
    expect({ name, overflow: await horizontalOverflow(session.page) }).toEqual({
      name,
      overflow: [],
    });
    await shot(name);
    await expectAccessible(`${name} at 320 px`);
  }

  const field = (name: string) =>
    pane().getByRole("combobox", { name: new RegExp(`^${escapeRegExp(name)}\\s*\\*?$`) });
  async function choose(fieldName: string, option: string): Promise<void> {
    await field(fieldName).click();
    await session.page.getByRole("option", { name: option, exact: true }).click();
  }
  async function openTab(name: string): Promise<void> {
    await pane().getByRole("tab", { name }).click();
    await pane().getByRole("tabpanel").waitFor();
  }
  const analyse = () => pane().getByRole("button", { name: s.mapping.analyse });

  test("the first run fits one screen: the fields to check, Analyse in view", async () => {
    await pane().getByRole("heading", { name: s.mapping.heading }).waitFor();
    await expect(analyse().isVisible()).resolves.toBe(true);
    const box = await analyse().boundingBox();
    const viewport = session.page.viewportSize();
    expect(box && viewport && box.y + box.height <= viewport.height).toBe(true);
    // Every column of the sample is recognised for sure: the list starts collapsed.
    await pane().getByText(s.mapping.toCheck(0)).waitFor();
    await expect(pane().getByRole("combobox").count()).resolves.toBe(0);
    await pane()
      .getByRole("button", { name: anyCount(s.mapping.showAll) })
      .click();
    await expect(pane().getByRole("combobox").count()).resolves.toBeGreaterThan(10);
    await expectNarrowView("mapping");
  });

  test("a column mapped twice says which column moved and why; a field left without one says why", async () => {
    const c = s.columns;
    // Customer = the invoice-number column: the column is named, and Invoice number has none.
    await choose(c.customer, headers.invoiceNumber);
    await pane()
      .getByText(s.mapping.moved(headers.invoiceNumber, c.invoiceNumber, c.customer))
      .waitFor();
    // The choice stays shown (no dropdown reverting), and the field without column says why.
    await expect(field(c.customer).innerText()).resolves.toBe(headers.invoiceNumber);
    await pane().getByText(s.mapping.missingColumn(c.invoiceNumber)).first().waitFor();
    await expect(analyse().getAttribute("aria-disabled")).resolves.toBe("true");
    await expectNarrowView("mapping-moved");
    await choose(c.invoiceNumber, headers.invoiceNumber);
    await choose(c.customer, headers.customer);

    // Amount paid = the Amount column: said the same way.
    await choose(c.paid, headers.amount);
    await pane()
      .getByText(s.mapping.moved(headers.amount, c.amount, c.paid))
      .waitFor();
    await pane().getByText(s.mapping.missingColumn(c.amount)).first().waitFor();
    await expect(analyse().getAttribute("aria-disabled")).resolves.toBe("true");
    await choose(c.paid, s.mapping.notUsed);

    // Amount "(not used)": the choice stays and the field says the analysis needs it.
    await choose(c.amount, s.mapping.notUsed);
    await pane().getByText(s.mapping.missingColumn(c.amount)).first().waitFor();
    await expect(field(c.amount).innerText()).resolves.toBe(s.mapping.notUsed);
    await expect(analyse().getAttribute("aria-disabled")).resolves.toBe("true");
    await expectAccessible("mapping with a field in error at 320 px");

    await choose(c.amount, headers.amount);
    await expect(analyse().getAttribute("aria-disabled")).resolves.toBeNull();
  });

  test("Analyse moves focus to the overview, and a double click does not select a customer", async () => {
    await analyse().dblclick();
    await pane().getByRole("heading", { name: s.overview.heading, level: 2 }).waitFor();
    await session.page.waitForFunction(() => document.activeElement?.id === "overview-heading");
    await expect(
      pane().getByRole("tab", { name: s.tabs.overview }).getAttribute("aria-selected")
    ).resolves.toBe("true");
    await expectNarrowView("overview");
  });

  test("with two open invoices selected, the Today view fits 320 px", async () => {
    const open = rows.filter((r) => r.open && !r.disputed && daysBetween(r.dueDate, AS_OF) >= 1);
    await clickRow(session.page, open[0].row);
    await clickRow(session.page, open[1].row, ["Control"]);
    await openTab(s.customer.tabs.today);
    await expectNarrowView("today");
  });

  test("the Account view fits 320 px", async () => {
    await openTab(s.customer.tabs.account);
    await expectNarrowView("account");
  });

  test("the Selection view fits 320 px", async () => {
    await openTab(s.tabs.selection);
    await pane().getByText(s.selection.count(2)).waitFor();
    await expectNarrowView("selection");
  });

  test("the Reminders view fits 320 px", async () => {
    await openTab(s.tabs.reminders);
    await expectNarrowView("reminders");
  });

  test("the Settings view fits 320 px", async () => {
    await openTab(s.tabs.settings);
    await expectNarrowView("settings");
  });

  test("drafting at 320 px: the drafts fit and focus moves to them", async () => {
    await pane().getByRole("tab", { name: s.tabs.selection }).click();
    await pane().getByRole("button", { name: s.selection.draft }).click();
    await pane().getByRole("heading", { name: s.reminders.heading, level: 2 }).waitFor();
    await session.page.waitForFunction(() => document.activeElement?.id === "reminders-heading");
    await pane().locator("article[data-customer]").first().waitFor();
    await expectNarrowView("drafts");
  });

  settingsRefusals(session, s, AS_OF);
}

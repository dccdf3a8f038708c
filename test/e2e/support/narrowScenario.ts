import type { Locator, Page } from "playwright-core";
import { en } from "../../../src/taskpane/i18n/en";
import { fr } from "../../../src/taskpane/i18n/fr";
import { clickRow } from "./grid";
import { usePreviewSession } from "./previewSession";
import { daysBetween, sampleRows } from "./sampleRows";

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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
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

  test("settings refuse each invalid value, say why, and block Save", async () => {
    const set = s.settings;
    const form = s.settingsForm;
    await pane().getByRole("tab", { name: s.tabs.settings }).click();
    const save = pane().getByRole("button", { name: set.save });
    const level = (n: number) =>
      pane()
        .getByRole("list", { name: set.ladderLabel })
        .getByRole("listitem", { name: set.level(n), exact: true });
    const blockedFor = async (fieldLabel: string) => {
      await expect(save.getAttribute("aria-disabled")).resolves.toBe("true");
      await expect(pane().locator("#settings-blocked").innerText()).resolves.toContain(fieldLabel);
    };
    const cases: { name: string; input: () => Locator; bad: string; why: string; label: string }[] =
      [
        {
          name: "a from-day of 2.5",
          input: () => level(1).getByRole("textbox", { name: set.fromDay }),
          bad: "2.5",
          why: form.wholeNumber,
          label: form.fieldOf(set.fromDay, 1),
        },
        {
          name: "an empty action",
          input: () => level(2).getByRole("textbox", { name: set.action }),
          bad: "",
          why: form.actionRequired,
          label: form.fieldOf(set.action, 2),
        },
        {
          name: "a negative contact gap",
          input: () => pane().getByRole("textbox", { name: set.minDays }),
          bad: "-1",
          why: form.between(0, 365),
          label: set.minDays,
        },
        {
          name: "a rate of 200 %",
          input: () => pane().getByRole("textbox", { name: set.rate }),
          bad: "200",
          why: form.between(0, 100),
          label: set.rate,
        },
        {
          name: "ageing buckets that are not days",
          input: () =>
            pane().getByRole("textbox", { name: new RegExp(`^${escapeRegExp(set.bucketBounds)}`) }),
          bad: "30, abc",
          why: set.bucketBoundsInvalid,
          label: set.bucketBounds,
        },
      ];
    for (const { name, input, bad, why, label } of cases) {
      const box = input();
      const good = await box.inputValue();
      await box.fill(bad);
      await pane().getByText(why).first().waitFor();
      await blockedFor(label);
      await shot(`settings-refused-${name.replace(/\W+/g, "-")}`);
      await box.fill(good);
      await expect(save.getAttribute("aria-disabled")).resolves.toBeNull();
    }
    // Two levels on one day: said, and Save blocked.
    const day2 = level(2).getByRole("textbox", { name: set.fromDay });
    const day2Good = await day2.inputValue();
    await day2.fill("1");
    await pane().getByText(form.sameDay("1, 2", 1)).waitFor();
    await blockedFor(form.fieldOf(set.fromDay, 1));
    await expectAccessible("settings with errors at 320 px");
    await day2.fill(day2Good);
    // A level moved past another is put back in from-day order when the field is left.
    const day1 = level(1).getByRole("textbox", { name: set.fromDay });
    await day1.fill("20");
    await day1.blur();
    const order = await pane()
      .getByRole("list", { name: set.ladderLabel })
      .locator(":scope > li")
      .evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
    expect(order.slice(0, 3)).toEqual([set.level(0), set.level(2), set.level(1)]);
    await level(1).getByRole("textbox", { name: set.fromDay }).fill("1");
    await level(1).getByRole("textbox", { name: set.fromDay }).blur();
    // As-of: 9999-12-31 is refused with the range it must be in, and is not applied.
    const asOf = pane().getByLabel(s.asOf.label, { exact: true });
    await asOf.fill("9999-12-31");
    const [before] = s.asOf.outside("\u0000", "\u0000").split("\u0000");
    await pane()
      .getByText(new RegExp(`^${escapeRegExp(before)}`))
      .waitFor();
    await shot("settings-refused-as-of-9999");
    await asOf.fill(AS_OF);
    await expect(
      pane()
        .getByText(new RegExp(`^${escapeRegExp(before)}`))
        .count()
    ).resolves.toBe(0);
    // Currency: only ISO 4217 codes can be chosen, so "XYZ1" cannot be entered.
    const currencies = await pane()
      .getByRole("combobox", { name: set.currency })
      .locator("option")
      .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
    expect(currencies).toEqual(expect.arrayContaining(["EUR", "GBP", "USD"]));
    expect(currencies).not.toContain("XYZ1");
    for (const code of currencies) expect(code).toMatch(/^[A-Z]{3}$/);
  });
}

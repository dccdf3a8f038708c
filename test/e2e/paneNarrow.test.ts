import type { Page } from "playwright-core";
import { en } from "../../src/taskpane/i18n/en";
import { clickRow } from "./support/grid";
import { usePreviewSession } from "./support/previewSession";
import { daysBetween, sampleRows } from "./support/sampleRows";

/**
 * The pane at Excel's narrowest width (320 px): every view without horizontal scrolling, with a
 * screenshot and an accessibility scan each; the first run on one screen; mapping messages that
 * name the field; settings that refuse each invalid value.
 */

jest.setTimeout(120_000);

const AS_OF = "2013-06-30";
const session = usePreviewSession(
  { lang: "en", theme: "light", asOf: AS_OF, paneWidth: "320" },
  "pane-320-"
);
const { pane, shot, expectAccessible } = session;
const rows = sampleRows(AS_OF);

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
    if (aside.scrollWidth > aside.clientWidth)
      out.unshift(`pane scrolls: ${aside.scrollWidth} > ${aside.clientWidth}`);
    return out;
  });
}

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
  pane().getByRole("combobox", { name: new RegExp(`^${name}\\s*\\*?$`) });

async function choose(fieldName: string, option: string): Promise<void> {
  await field(fieldName).click();
  await session.page.getByRole("option", { name: option, exact: true }).click();
}

test("the first run fits one screen: the fields to check, Analyse in view", async () => {
  await pane().getByRole("heading", { name: en.mapping.heading }).waitFor();
  const analyse = pane().getByRole("button", { name: en.mapping.analyse });
  await expect(analyse.isVisible()).resolves.toBe(true);
  const box = await analyse.boundingBox();
  const viewport = session.page.viewportSize();
  expect(box && viewport && box.y + box.height <= viewport.height).toBe(true);
  // Every column of the sample is recognised for sure: the list starts collapsed.
  await pane().getByText(en.mapping.toCheck(0)).waitFor();
  await expect(pane().getByRole("combobox").count()).resolves.toBe(0);
  await pane()
    .getByRole("button", { name: /^Show all \d+ fields$/ })
    .click();
  await expect(pane().getByRole("combobox").count()).resolves.toBeGreaterThan(10);
  await expectNarrowView("mapping");
});

test("mapping a column twice says what moved, and a field left without column says why", async () => {
  await choose(en.columns.customer, "invoiceNumber");
  await pane()
    .getByText(en.mapping.moved("invoiceNumber", en.columns.invoiceNumber, en.columns.customer))
    .waitFor();
  // The choice stays shown (no dropdown reverting), and the field without column says why.
  await expect(field(en.columns.customer).innerText()).resolves.toBe("invoiceNumber");
  await pane().getByText(en.mapping.missingColumn(en.columns.invoiceNumber)).first().waitFor();
  const analyse = pane().getByRole("button", { name: en.mapping.analyse });
  await expect(analyse.getAttribute("aria-disabled")).resolves.toBe("true");
  await expectNarrowView("mapping-moved");

  await choose(en.columns.amount, en.mapping.notUsed);
  await pane().getByText(en.mapping.missingColumn(en.columns.amount)).first().waitFor();
  await expect(field(en.columns.amount).innerText()).resolves.toBe(en.mapping.notUsed);

  await choose(en.columns.invoiceNumber, "invoiceNumber");
  await choose(en.columns.customer, "customerID");
  await choose(en.columns.amount, "InvoiceAmount");
  await expect(analyse.getAttribute("aria-disabled")).resolves.toBeNull();
});

test("Analyse moves focus to the overview, and a double click does not select a customer", async () => {
  await pane().getByRole("button", { name: en.mapping.analyse }).dblclick();
  await pane().getByRole("heading", { name: en.overview.heading, level: 2 }).waitFor();
  await session.page.waitForFunction(() => document.activeElement?.id === "overview-heading");
  await expect(
    pane().getByRole("tab", { name: en.tabs.overview }).getAttribute("aria-selected")
  ).resolves.toBe("true");
  // Only customers with something overdue are "most at risk".
  const overdue = await pane()
    .getByRole("table", { name: en.overview.topRiskHeading })
    .locator("tbody tr td:last-child")
    .allInnerTexts();
  expect(overdue.length).toBeGreaterThan(0);
  for (const amount of overdue) expect(amount).not.toBe("€0.00");
  await expectNarrowView("overview");
});

test("every view of the pane fits 320 px", async () => {
  const open = rows.filter((r) => r.open && !r.disputed && daysBetween(r.dueDate, AS_OF) >= 1);
  await clickRow(session.page, open[0].row);
  await clickRow(session.page, open[1].row, ["Control"]);
  const tabs = [
    en.customer.tabs.today,
    en.customer.tabs.account,
    en.tabs.selection,
    en.tabs.reminders,
    en.tabs.settings,
  ];
  for (const [index, tab] of ["today", "account", "selection", "reminders", "settings"].entries()) {
    await pane().getByRole("tab", { name: tabs[index] }).click();
    await pane().getByRole("tabpanel").waitFor();
    if (tab === "selection") await pane().getByText(en.selection.count(2)).waitFor();
    await expectNarrowView(tab);
  }
});

test("drafting at 320 px: the drafts fit and focus moves to them", async () => {
  await pane().getByRole("tab", { name: en.tabs.selection }).click();
  await pane().getByRole("button", { name: en.selection.draft }).click();
  await pane().getByRole("heading", { name: en.reminders.heading, level: 2 }).waitFor();
  await session.page.waitForFunction(() => document.activeElement?.id === "reminders-heading");
  await pane().locator("article[data-customer]").first().waitFor();
  await expectNarrowView("drafts");
});

test("settings refuse each invalid value, say why, and block Save", async () => {
  const s = en.settings;
  const form = en.settingsForm;
  await pane().getByRole("tab", { name: en.tabs.settings }).click();
  const save = pane().getByRole("button", { name: s.save });
  const level = (n: number) =>
    pane()
      .getByRole("list", { name: s.ladderLabel })
      .getByRole("listitem", { name: s.level(n), exact: true });
  const blockedFor = async (fieldLabel: string) => {
    await expect(save.getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(pane().locator("#settings-blocked").innerText()).resolves.toContain(fieldLabel);
  };
  const cases: {
    name: string;
    input: () => ReturnType<Page["locator"]>;
    bad: string;
    why: string;
    label: string;
  }[] = [
    {
      name: "a from-day of 2.5",
      input: () => level(1).getByRole("textbox", { name: s.fromDay }),
      bad: "2.5",
      why: form.wholeNumber,
      label: form.fieldOf(s.fromDay, 1),
    },
    {
      name: "an empty action",
      input: () => level(2).getByRole("textbox", { name: s.action }),
      bad: "",
      why: form.actionRequired,
      label: form.fieldOf(s.action, 2),
    },
    {
      name: "a negative contact gap",
      input: () => pane().getByRole("textbox", { name: s.minDays }),
      bad: "-1",
      why: form.between(0, 365),
      label: s.minDays,
    },
    {
      name: "a rate of 200 %",
      input: () => pane().getByRole("textbox", { name: s.rate }),
      bad: "200",
      why: form.between(0, 100),
      label: s.rate,
    },
    {
      name: "ageing buckets that are not days",
      input: () =>
        pane().getByRole("textbox", {
          name: new RegExp(`^${s.bucketBounds.replace(/[()]/g, "\\$&")}`),
        }),
      bad: "30, abc",
      why: s.bucketBoundsInvalid,
      label: s.bucketBounds,
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
  const day2 = level(2).getByRole("textbox", { name: s.fromDay });
  await day2.fill("1");
  await pane().getByText(form.sameDay("1, 2", 1)).waitFor();
  await blockedFor(form.fieldOf(s.fromDay, 1));
  await expectAccessible("settings with errors at 320 px");
  await day2.fill("15");
  // A level moved past another is put back in from-day order when the field is left.
  const day1 = level(1).getByRole("textbox", { name: s.fromDay });
  await day1.fill("20");
  await day1.blur();
  const order = await pane()
    .getByRole("list", { name: s.ladderLabel })
    .locator(":scope > li")
    .evaluateAll((items) => items.map((item) => item.getAttribute("aria-label")));
  expect(order.slice(0, 3)).toEqual([s.level(0), s.level(2), s.level(1)]);
  await level(1).getByRole("textbox", { name: s.fromDay }).fill("1");
  await level(1).getByRole("textbox", { name: s.fromDay }).blur();
  // Currency: only ISO 4217 codes can be chosen.
  const currencies = await pane()
    .getByRole("combobox", { name: s.currency })
    .locator("option")
    .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(currencies).toEqual(expect.arrayContaining(["EUR", "GBP", "USD"]));
  expect(currencies).not.toContain("XYZ");
  for (const code of currencies) expect(code).toMatch(/^[A-Z]{3}$/);
});

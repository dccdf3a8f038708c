import { join } from "path";
import { pdfText } from "./pdfText";
import { RESULTS, usePreviewSession } from "./previewSession";
import { sampleRows } from "./sampleRows";

/** The texts the scenario clicks and reads, in the pane's language. */
export interface AccountLabels {
  analyse: string;
  today: string;
  account: string;
  kind: string;
  kinds: { note: string; call: string; promise: string; dispute: string };
  outcome: string;
  reason: string;
  invoices: string;
  amount: string;
  promiseDate: string;
  note: string;
  record: string;
  recorded: string;
  print: string;
  planCount: string;
  planFirst: string;
  planCreate: string;
  planCreated: string;
  brokenPromise: RegExp;
  /** Intl locale of core's letters and statements (en-GB, fr-FR). */
  moneyLocale: string;
}

const AS_OF = "2013-08-20";
const squash = (text: string) => text.replace(/[\s\u00a0\u202f]+/g, " ").trim();

/**
 * The controller's day on the preview sample at 2013-08-20, in one language: the worklist ranks
 * as the README says; a note, a call, a promise and a dispute are recorded and still in the
 * timeline after a reload; a statement printed to PDF by Chromium holds every open invoice and
 * the balance; a plan of 3 instalments with one missed puts its customer first on Today.
 */
export function accountScenario(lang: "en" | "fr", t: AccountLabels): void {
  jest.setTimeout(180_000);
  const session = usePreviewSession({ lang, theme: "light", asOf: AS_OF }, `account-${lang}-`);
  const { pane, shot, expectAccessible } = session;
  const rows = sampleRows(AS_OF);
  const openOf = (customer: string) => rows.filter((r) => r.open && r.customer === customer);
  const money = (amount: number) =>
    squash(
      new Intl.NumberFormat(t.moneyLocale, { style: "currency", currency: "EUR" }).format(amount)
    );
  let first = "";
  let second = "";

  const lines = () =>
    pane()
      .getByTestId("worklist")
      .locator("li")
      .evaluateAll((items) =>
        items.map((li) => ({
          customer: li.getAttribute("data-customer") ?? "",
          tier: Number(li.getAttribute("data-tier")),
          loss: Number(li.getAttribute("data-loss")),
          overdue: Number(li.getAttribute("data-overdue")),
          score: Number(li.getAttribute("data-score")),
          text: (li as HTMLElement).innerText,
        }))
      );

  test("the worklist ranks by the README's rule: promises, then calls and notices, then reminders, each by expected loss", async () => {
    await pane().getByRole("button", { name: t.analyse }).click();
    await pane().getByRole("tab", { name: t.today }).click();
    await pane().getByTestId("worklist").waitFor();
    const shown = await lines();
    expect(shown.length).toBeGreaterThan(5);
    for (let i = 1; i < shown.length; i++) {
      const [a, b] = [shown[i - 1], shown[i]];
      expect(a.tier).toBeLessThanOrEqual(b.tier);
      if (a.tier === b.tier) expect(a.loss).toBeGreaterThanOrEqual(b.loss);
    }
    for (const line of shown) {
      expect(line.loss).toBeCloseTo((line.overdue * line.score) / 100, 1);
      // The overdue amount is the customer's open invoices past due in the sample itself.
      const overdue = openOf(line.customer)
        .filter((r) => r.dueDate < AS_OF)
        .reduce((sum, r) => sum + r.amount, 0);
      expect(line.overdue).toBeCloseTo(overdue, 2);
    }
    first = shown[0].customer;
    second =
      shown.find((l) => l.customer !== first && openOf(l.customer).length >= 1)?.customer ?? "";
    await shot("today");
    await expectAccessible("today");
  });

  test("a note, a call, a promise and a dispute are recorded and are in the timeline after a reload", async () => {
    await pane().locator(`li[data-customer="${first}"]`).getByRole("button").click();
    await pane().getByTestId("account-customer").waitFor();
    const disputed = openOf(first)[0].invoiceNumber;
    const record = async (kind: keyof AccountLabels["kinds"], fill: () => Promise<void>) => {
      await pane().getByLabel(t.kind).selectOption(kind);
      await fill();
      await pane().getByRole("button", { name: t.record, exact: true }).click();
      await pane().getByRole("status").getByText(t.recorded).waitFor();
    };
    await record("note", () =>
      pane().getByLabel(t.note, { exact: true }).fill("Asked for a copy of the invoices")
    );
    await record("call", async () => {
      await pane().getByLabel(t.outcome).selectOption("promised");
      await pane().getByLabel(t.note, { exact: true }).fill("Spoke to accounts payable");
    });
    await record("promise", async () => {
      await pane().getByLabel(t.promiseDate).fill("2013-08-30");
      await pane().getByLabel(t.amount).fill("100");
    });
    await record("dispute", async () => {
      await pane().getByLabel(t.reason).selectOption("quality");
      await pane().getByLabel(t.invoices, { exact: false }).fill(disputed);
    });
    await expectAccessible("account");

    await session.page.reload();
    await pane().getByRole("tab", { name: t.account }).click();
    await pane().getByTestId("account-customer").selectOption(first);
    const timeline = pane().getByTestId("timeline");
    await timeline.waitFor();
    const kinds = await timeline
      .locator("li")
      .evaluateAll((items) => items.map((li) => li.getAttribute("data-kind")));
    expect(kinds.slice(0, 4)).toEqual(["dispute", "promise", "call", "note"]);
    await expect(timeline.innerText()).resolves.toContain(disputed);
    await shot("timeline");
  });

  test("the statement printed to PDF by Chromium holds every open invoice and the balance", async () => {
    await session.page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await pane().getByRole("button", { name: t.print }).click();
    expect(
      await session.page.evaluate(() => (window as unknown as { printed: number }).printed)
    ).toBe(1);
    const path = join(RESULTS, `account-${lang}-statement.pdf`);
    await session.page.pdf({ path, format: "A4" });
    const { pages, text } = pdfText(path);
    expect(pages).toBeGreaterThanOrEqual(1);
    const flat = squash(text);
    const open = openOf(first);
    for (const invoice of open) expect(flat).toContain(invoice.invoiceNumber);
    expect(flat).toContain(
      money(open.reduce((sum, r) => sum + Math.round(r.amount * 100), 0) / 100)
    );
    expect(flat).not.toContain(t.today);
  });

  test("a plan of 3 instalments with one missed is broken and puts its customer first on Today", async () => {
    await pane().getByTestId("account-customer").selectOption(second);
    await pane().getByLabel(t.planCount).fill("3");
    await pane().getByLabel(t.planFirst).fill("2013-08-10");
    await pane().getByRole("button", { name: t.planCreate }).click();
    await pane().getByRole("status").getByText(t.planCreated).waitFor();
    const plan = pane().locator("[data-plan]");
    await expect(plan.getAttribute("data-state")).resolves.toBe("broken");
    await expect(
      plan
        .locator("li[data-state]")
        .evaluateAll((li) => li.map((e) => e.getAttribute("data-state")))
    ).resolves.toEqual(["missed", "upcoming", "upcoming"]);
    await pane().getByRole("tab", { name: t.today }).click();
    const line = pane().locator(`li[data-customer="${second}"]`);
    await expect(line.getAttribute("data-tier")).resolves.toBe("0");
    await expect(line.innerText()).resolves.toMatch(t.brokenPromise);
    const shown = await lines();
    expect(shown[0].tier).toBe(0);
    await shot("plan");
    await expectAccessible("today after the plan");
  });
}

import type { Page } from "playwright-core";
import { analyseInvoices } from "../../src/core/analyse";
import { dayFromYmd } from "../../src/core/dates/calendar";
import { customerKey } from "../../src/core/history/customerKey";
import { DEFAULT_LADDER, formalNoticeIndex } from "../../src/core/policy/defaultLadder";
import { formatDay } from "../../src/core/reminders/format";
import type { Day, Invoice, Language } from "../../src/core/types";
import type { LoggedReminder } from "../../src/core/workbook";
import { en } from "../../src/taskpane/i18n/en";
import { fr } from "../../src/taskpane/i18n/fr";
import { clickRow } from "./support/grid";
import { usePreviewSession } from "./support/previewSession";

/**
 * Three months of collections on the sample, as a credit controller plays them: at five as-of
 * dates it analyses, selects every invoice (the drafting leaves out those whose next action is no
 * reminder), drafts, marks every draft as sent, and checks the loop for every customer: the
 * level rises one step at most per letter and never past the formal notice, letters respect the
 * contact interval, the sheet's Next action is the pane's, Reminders sent counts the log's
 * letters, and no letter mentions a contact the log does not hold.
 */

jest.setTimeout(600_000);

const DATES = ["2013-06-30", "2013-07-23", "2013-08-15", "2013-09-07", "2013-09-30"];
const dayOf = (iso: string): Day => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromYmd(y, m, d) as Day;
};
const MIN_DAYS = 7;
const FORMAL = formalNoticeIndex(DEFAULT_LADDER);

/** The sentences that refer to an earlier contact, with the kind of letter the log must hold. */
const CLAIMS: Record<Language, { pattern: RegExp; channel: (l: LoggedReminder) => boolean }[]> = {
  en: [
    { pattern: /our reminder of (\d{1,2} \w+ \d{4})/g, channel: (l) => l.level <= 2 },
    { pattern: /telephone call of (\d{1,2} \w+ \d{4})/g, channel: (l) => l.channel === "phone" },
    { pattern: /formal notice of (\d{1,2} \w+ \d{4})/g, channel: (l) => l.channel === "letter" },
  ],
  fr: [
    { pattern: /relance du (\d{1,2}(?:er)? \S+ \d{4})/g, channel: (l) => l.level <= 2 },
    {
      pattern: /entretien téléphonique du (\d{1,2}(?:er)? \S+ \d{4})/g,
      channel: (l) => l.channel === "phone",
    },
    {
      pattern: /mise en demeure du (\d{1,2}(?:er)? \S+ \d{4})/g,
      channel: (l) => l.channel === "letter",
    },
  ],
};
/** Claims with no date: never allowed. */
const UNDATED =
  /Despite our reminders|our previous reminder|Malgré nos relances|précédente relance/;

interface BookView {
  invoices: Invoice[];
  header: unknown[];
  rows: Record<number, unknown[]>;
  log: LoggedReminder[];
}

/** The sheet's invoices, cells and reminder log, read at once from the preview's workbook. */
async function readBook(page: Page, sheetName: string): Promise<BookView> {
  return page.evaluate(async (name) => {
    type Sheet = {
      usedArea(): { row: number; rowCount: number; columnCount: number } | undefined;
      value(r: number, c: number): unknown;
    };
    const book = (
      window as unknown as {
        ccPreviewWorkbook: {
          readReceivables(): Promise<{ invoices: Invoice[] }>;
          readReminderLog(): Promise<LoggedReminder[]>;
          getSheet(n: string): Sheet;
        };
      }
    ).ccPreviewWorkbook;
    const sheet = book.getSheet(name);
    const used = sheet.usedArea() as { row: number; rowCount: number; columnCount: number };
    const cells = (r: number) =>
      Array.from({ length: used.columnCount }, (_v, c) => sheet.value(r, c));
    const rows: Record<number, unknown[]> = {};
    for (let r = 2; r < used.row + used.rowCount; r++) rows[r] = cells(r);
    return {
      invoices: (await book.readReceivables()).invoices,
      header: cells(1),
      rows,
      log: await book.readReminderLog(),
    };
  }, sheetName);
}

/** Wait until the sheet's as-of cell (the workbook name CC_AsOf) holds `asOf`: analysed at that date. */
async function waitAnalysedAt(page: Page, asOf: Day): Promise<void> {
  await page.waitForFunction((day) => {
    type Book = {
      nameAddress(n: string): string | undefined;
      getSheet(n: string): { value(r: number, c: number): unknown } | undefined;
    };
    const book = (window as unknown as { ccPreviewWorkbook: Book }).ccPreviewWorkbook;
    const address = book.nameAddress("CC_AsOf");
    if (!address) return false;
    const at = address.lastIndexOf("!");
    const sheet = address.slice(0, at).replace(/^'|'$/g, "").replace(/''/g, "'");
    const [, letters, row] = /^\$?([A-Z]+)\$?(\d+)/.exec(address.slice(at + 1)) ?? [];
    const column = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    return book.getSheet(sheet)?.value(Number(row), column) === day;
  }, asOf, { timeout: 300_000 });
}

/** Read the book until `ready` holds (the pane re-analyses after marking, a moment later). */
async function readBookWhen(
  page: Page,
  sheetName: string,
  ready: (book: BookView) => boolean
): Promise<BookView> {
  for (let attempt = 0; ; attempt++) {
    const book = await readBook(page, sheetName);
    if (ready(book) || attempt > 120) return book;
    await page.waitForTimeout(500);
  }
}

function playCollections(language: Language): void {
  const strings = language === "fr" ? fr : en;
  const sheetName = language === "fr" ? "Créances" : "Receivables";
  const session = usePreviewSession(
    { lang: language, theme: "light", asOf: DATES[0] },
    `loop-${language}-`
  );
  const { pane } = session;
  /** Letters of each customer seen in the drafts, with the log as it was before each. */
  const claimsChecked: string[] = [];

  /** The pane is done with its work: the draft button is enabled again. */
  const idle = () =>
    pane().getByRole("button", { name: strings.reminders.draft, disabled: false }).waitFor();

  test(`${language}: analyse, then at five as-of dates draft and mark every reminder as sent`, async () => {
    const page = session.page;
    await pane().getByRole("button", { name: strings.mapping.analyse }).click();
    await pane().getByRole("heading", { name: strings.overview.heading, level: 2 }).waitFor();
    for (const [i, iso] of DATES.entries()) {
      const asOf = dayOf(iso);
      if (i > 0) {
        const field = pane().getByLabel(strings.asOf.label);
        await field.fill(iso);
        await field.press("Tab");
        await waitAnalysedAt(page, asOf);
      }
      const before = await readBook(page, sheetName);
      const rowsRead = Object.keys(before.rows).map(Number);
      await clickRow(page, Math.min(...rowsRead));
      await clickRow(page, Math.max(...rowsRead), ["Shift"]);
      await pane().getByRole("tab", { name: strings.tabs.reminders }).click();
      await idle();
      await pane().getByRole("button", { name: strings.reminders.draft }).click();
      const cards = pane().locator("article[data-customer]");
      await cards.first().waitFor();
      // Every letter states only contacts the log holds, each with its date.
      for (const card of await cards.all()) {
        const customer = (await card.getAttribute("data-customer")) as string;
        const body = await card.getByRole("textbox", { name: strings.reminders.body }).inputValue();
        expect(body).not.toMatch(UNDATED);
        const logged = before.log.filter((l) => customerKey(l.customer) === customerKey(customer));
        for (const claim of CLAIMS[language]) {
          for (const match of body.matchAll(claim.pattern)) {
            const dates = logged.filter(claim.channel).map((l) => formatDay(l.date, language));
            expect({ customer, claim: match[0], logged: dates.includes(match[1]) }).toEqual({
              customer,
              claim: match[0],
              logged: true,
            });
            claimsChecked.push(match[0]);
          }
        }
      }
      const marked = await cards.count();
      await pane().getByRole("button", { name: strings.reminders.markAllSent }).click();
      const column = (book: BookView, names: readonly string[]) =>
        book.header.findIndex((h) => names.includes(String(h)));
      // Ready once the log has the new letters and the sheet counts them (analysed again).
      const after = await readBookWhen(page, sheetName, (book) => {
        const last = book.log[book.log.length - 1];
        if (book.log.length === before.log.length || !last) return false;
        const sent = column(book, ["Reminders sent", "Relances envoyées"]);
        const row = book.invoices.find(
          (inv) => customerKey(inv.customer) === customerKey(last.customer)
        );
        const letters = book.log.filter(
          (l) => customerKey(l.customer) === customerKey(last.customer)
        );
        return row !== undefined && book.rows[row.row][sent] === letters.length;
      });
      await idle();
      expect(after.log.length).toBeLessThanOrEqual(before.log.length + marked);
      expect(after.log.length).toBeGreaterThan(before.log.length);
      // The letters just marked carry the as-of date (the preview's clock is the sample's).
      expect(after.log.slice(before.log.length).every((l) => l.date === asOf)).toBe(true);

      // The sheet was analysed again after marking: its Next action is the pane's, for every row.
      const nextColumn = column(after, ["Next action", "Prochaine action"]);
      const sentColumn = column(after, ["Reminders sent", "Relances envoyées"]);
      const { rows } = analyseInvoices(after.invoices, { asOf, reminderLog: after.log });
      for (const row of rows) {
        expect({ row: row.invoice.row, next: after.rows[row.invoice.row][nextColumn] }).toEqual({
          row: row.invoice.row,
          next: row.next.text,
        });
      }
      // "Reminders sent" counts the customer's letters in the Reminder log.
      for (const invoice of after.invoices) {
        const letters = after.log.filter(
          (l) => customerKey(l.customer) === customerKey(invoice.customer)
        ).length;
        expect({ row: invoice.row, sent: after.rows[invoice.row][sentColumn] }).toEqual({
          row: invoice.row,
          sent: letters,
        });
      }
      // Right after marking, no invoice a letter just covered is due for a reminder again.
      const justSent = new Set(after.log.slice(before.log.length).flatMap((l) => l.invoiceNumbers));
      for (const row of rows) {
        if (justSent.has(row.invoice.invoiceNumber)) expect(row.next.kind).not.toBe("act");
      }
    }
  });

  test(`${language}: every customer's letters climb one step at a time, never past the formal notice, a week apart`, async () => {
    const { log } = await readBook(session.page, sheetName);
    expect(log.length).toBeGreaterThan(20);
    const byCustomer = new Map<string, LoggedReminder[]>();
    for (const letter of log) {
      const key = customerKey(letter.customer);
      byCustomer.set(key, [...(byCustomer.get(key) ?? []), letter]);
    }
    const index = (level: number) => DEFAULT_LADDER.findIndex((l) => l.level === level);
    let climbed = 0;
    for (const [customer, letters] of byCustomer) {
      letters.sort((a, b) => a.date - b.date);
      // A first contact never opens at the formal notice (nothing was sent anyway here).
      expect({ customer, first: index(letters[0].level) < FORMAL }).toEqual({
        customer,
        first: true,
      });
      for (let i = 1; i < letters.length; i++) {
        const [previous, next] = [letters[i - 1], letters[i]];
        expect({ customer, step: index(next.level) - index(previous.level) <= 1 }).toEqual({
          customer,
          step: true,
        });
        expect({ customer, gap: next.date - previous.date >= MIN_DAYS }).toEqual({
          customer,
          gap: true,
        });
        if (index(next.level) > index(previous.level)) climbed++;
      }
    }
    // The play did escalate: some customers went up the ladder, and letters referred to earlier ones.
    expect(climbed).toBeGreaterThan(0);
    expect(claimsChecked.length).toBeGreaterThan(0);
  });
}

describe("three months of collections in English", () => playCollections("en"));
describe("three months of collections in French", () => playCollections("fr"));

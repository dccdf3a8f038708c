import { analyseInvoices } from "../../src/core/analyse";
import { dayFromYmd } from "../../src/core/dates/calendar";
import { customerKey } from "../../src/core/history/customerKey";
import { formatDay } from "../../src/core/reminders/format";
import { CHOSEN_NOTE, REMINDER_LOG_SHEET } from "../../src/core/sheet/reminderLog";
import { nextActionText } from "../../src/core/sheet/sheetWords";
import type { Day, Language } from "../../src/core/types";
import { en } from "../../src/taskpane/i18n/en";
import { fr } from "../../src/taskpane/i18n/fr";
import { ensurePreviewBuilt } from "./support/buildPreview";
import { clickRow } from "./support/grid";
import { launchChrome, type Chrome } from "./support/launch";
import {
  checkLadder,
  DATED_CLAIMS,
  FORMAL_NOTICE_PASSED,
  HELD_REASON,
  isFormalNotice,
  UNDATED,
  type Play,
} from "./support/loopLadder";
import {
  column,
  HEADERS,
  lettersOf,
  progress,
  readBook,
  readCard,
  eachDraft,
  until,
  type Hooked,
} from "./support/previewHook";
import { serveFolder } from "./support/staticServer";

/**
 * Three months of collections on the sample, as a credit controller plays them, in English and
 * in French (one browser, one page each): at five as-of dates it analyses, selects every invoice
 * row (the drafting leaves out those whose next action is no reminder), drafts, sends anyway the
 * first contacts held back at the formal notice (as a user who means it), marks every draft as
 * sent, and checks the loop for every customer: one step at most per letter, never past the
 * formal notice unsent, the contact interval kept, the sheet's Next action the pane's, Reminders
 * sent the log's letters, and no letter mentioning a contact the log does not hold.
 * The page is opened with ?e2e=1: the preview's read-only hook (src/preview/testHook.ts) gives
 * the sheet's cells and the Reminder log in one call.
 */

jest.setTimeout(420_000);

const DATES = ["2013-06-30", "2013-07-23", "2013-08-15", "2013-09-07", "2013-09-30"];
const dayOf = (iso: string): Day => {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromYmd(y, m, d) as Day;
};

let chrome: Chrome | undefined;
let server: { url: string; close(): Promise<void> } | undefined;

beforeAll(async () => {
  server = await serveFolder(ensurePreviewBuilt());
  chrome = await launchChrome();
}, 300_000);

afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

async function play(language: Language): Promise<Play> {
  const strings = language === "fr" ? fr : en;
  const page = await (chrome as Chrome).context.newPage();
  const pane = () => page.locator('[data-testid="pane"]');
  const query = new URLSearchParams({ lang: language, theme: "light", asOf: DATES[0], e2e: "1" });
  await page.goto(`${(server as { url: string }).url}?${query}`);
  const result: Play = { log: [], claimsChecked: 0, sentAnyway: new Set() };

  await pane().getByRole("button", { name: strings.mapping.analyse, exact: true }).click();
  await pane().getByRole("heading", { name: strings.overview.heading, level: 2 }).waitFor();
  for (const [i, iso] of DATES.entries()) {
    const asOf = dayOf(iso);
    if (i > 0) {
      const field = pane().getByLabel(strings.asOf.label);
      await field.fill(iso);
      await field.press("Enter");
    }
    await until(`the analysis at ${iso}`, async () =>
      (await progress(page)).analysedAsOf === asOf ? true : undefined
    );
    const before = await readBook(page, language);
    const rowsRead = Object.keys(before.rows).map(Number);
    await clickRow(page, Math.min(...rowsRead));
    await clickRow(page, Math.max(...rowsRead), ["Shift"]);
    await pane().getByRole("tab", { name: strings.tabs.reminders }).click();
    const draftButton = pane().getByRole("button", { name: strings.reminders.draft });
    await draftButton.and(page.locator(":enabled")).waitFor();
    await draftButton.click();
    // Every letter states only contacts the log holds, each with its date; a held first contact
    // says why, and the user sends it anyway.
    const marked = await eachDraft(pane(), async (element) => {
      const card = await readCard(element, strings.reminders.body);
      expect({ customer: card.customer, undated: UNDATED.test(card.body) }).toEqual({
        customer: card.customer,
        undated: false,
      });
      const logged = lettersOf(before.log, card.customer);
      if (FORMAL_NOTICE_PASSED.test(card.body)) {
        expect({ customer: card.customer, noticeLogged: logged.some(isFormalNotice) }).toEqual({
          customer: card.customer,
          noticeLogged: true,
        });
      }
      for (const claim of DATED_CLAIMS[language]) {
        for (const match of card.body.matchAll(claim.pattern)) {
          const dates = logged.filter(claim.kind).map((l) => formatDay(l.date, language));
          expect({
            customer: card.customer,
            claim: match[0],
            logged: dates.includes(match[1]),
          }).toEqual({ customer: card.customer, claim: match[0], logged: true });
          result.claimsChecked++;
        }
      }
      if (card.held) {
        // A held draft is a first contact at the formal notice or beyond: nothing sent before.
        expect({ customer: card.customer, logged: logged.length }).toEqual({
          customer: card.customer,
          logged: 0,
        });
        expect(await element.locator('[data-testid="held-reason"]').innerText()).toMatch(
          HELD_REASON
        );
        result.sentAnyway.add(customerKey(card.customer));
        await element.getByTestId("send-anyway").click();
      }
    });
    await pane().getByTestId("mark-all-sent").click();

    // Ready once the log has the new letters and the sheet counts them (analysed again).
    const after = await until(`the sheet analysed again after marking at ${iso}`, async () => {
      if ((await progress(page)).letters === before.log.length) return undefined;
      const book = await readBook(page, language);
      const sent = column(book, HEADERS.sent);
      const counted = book.invoices.every(
        (inv) => book.rows[inv.row][sent] === lettersOf(book.log, inv.customer).length
      );
      return counted ? book : undefined;
    });
    await draftButton.and(page.locator(":enabled")).waitFor();
    const added = after.log.slice(before.log.length);
    expect(added.length).toBe(marked);
    // The letters just marked carry the as-of date (the preview's clock is the sample's).
    expect(added.every((l) => l.date === asOf)).toBe(true);

    // The sheet's Next action is the pane's for every row, in the workbook's language.
    const nextColumn = column(after, HEADERS.next);
    const { rows } = analyseInvoices(after.invoices, { asOf, reminderLog: after.log });
    const mismatches = rows
      .map((row) => ({
        row: row.invoice.row,
        sheet: after.rows[row.invoice.row][nextColumn],
        pane: nextActionText(row.next, language),
      }))
      .filter((r) => r.sheet !== r.pane);
    expect(mismatches).toEqual([]);
    // Right after marking, no invoice a letter just dunned is due for a reminder again.
    const justSent = new Set(added.flatMap((l) => l.invoiceNumbers));
    const dueAgain = rows.filter(
      (row) => justSent.has(row.invoice.invoiceNumber) && row.next.kind === "act"
    );
    expect(dueAgain.map((row) => row.invoice.row)).toEqual([]);
    // The pane's Selection view says the sheet's next action for the invoices it shows.
    await pane().getByRole("tab", { name: strings.tabs.selection }).click();
    await pane().locator("article[data-row]").first().waitFor();
    const shown = await pane()
      .locator("article[data-row]")
      .evaluateAll((articles) =>
        articles.map((article) => ({
          row: Number(article.getAttribute("data-row")),
          title: article.querySelector('[data-testid="next-action"]')?.textContent ?? "",
        }))
      );
    expect(shown.length).toBeGreaterThan(0);
    const disagree = shown.filter(
      ({ row, title }) => !String(after.rows[row][nextColumn]).startsWith(title)
    );
    expect(disagree).toEqual([]);
    await pane().getByRole("tab", { name: strings.tabs.reminders }).click();
    result.log = after.log;
  }
  // The log says which first contacts the user chose to send although they were held back.
  const logSheet = await page.evaluate(
    (name) => (window as unknown as Hooked).creditControlPreview.read(name),
    REMINDER_LOG_SHEET[language]
  );
  const noted = Object.values(logSheet.rows)
    .filter((cells) => cells[7] === CHOSEN_NOTE[language])
    .map((cells) => customerKey(String(cells[1])));
  expect(new Set(noted)).toEqual(result.sentAnyway);
  await page.close();
  return result;
}

test.each(["en", "fr"] as const)(
  "%s: three months of collections climb the ladder one logged step at a time",
  async (language) => checkLadder(await play(language))
);

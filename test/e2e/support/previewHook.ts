import type { Locator, Page } from "playwright-core";
import { customerKey } from "../../../src/core/history/customerKey";
import type { Language } from "../../../src/core/types";
import type { LoggedReminder } from "../../../src/core/workbook";
import type { PreviewTestHook, PreviewTestView } from "../../../src/preview/testHook";

/*
 * Reading the preview page opened with ?e2e=1 through its read-only hook
 * (src/preview/testHook.ts), and the draft cards of the pane, in one call each.
 */

export const SHEET = { en: "Receivables", fr: "Créances" } as const;
export const HEADERS = {
  next: ["Next action", "Prochaine action"],
  sent: ["Reminders sent", "Relances envoyées"],
};

export type Hooked = Window & { creditControlPreview: PreviewTestHook };

export const readBook = (page: Page, language: Language): Promise<PreviewTestView> =>
  page.evaluate(
    (name) => (window as unknown as Hooked).creditControlPreview.read(name),
    SHEET[language]
  );

export const progress = (page: Page) =>
  page.evaluate(() => (window as unknown as Hooked).creditControlPreview.progress());

export const column = (book: PreviewTestView, names: readonly string[]) => {
  const index = book.header.findIndex((h) => names.includes(String(h)));
  if (index < 0) throw new Error(`No column ${names.join(" / ")} in ${book.header.join(", ")}`);
  return index;
};

export const lettersOf = (log: readonly LoggedReminder[], customer: string) =>
  log.filter((l) => customerKey(l.customer) === customerKey(customer));

/** Poll `check` every 200 ms until it holds (the pane works a moment after a click). */
export async function until<T>(what: string, check: () => Promise<T | undefined>): Promise<T> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`Still waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export interface Card {
  customer: string;
  body: string;
  held: boolean;
}

/** A draft card's customer, message and whether it is held back, in one read. */
export function readCard(card: Locator, bodyLabel: string): Promise<Card> {
  return card.evaluate((article, label) => {
    const field = [...article.querySelectorAll("label")].find((l) => l.textContent === label);
    const area = field?.htmlFor
      ? (document.getElementById(field.htmlFor) as HTMLTextAreaElement | null)
      : null;
    return {
      customer: article.getAttribute("data-customer") ?? "",
      body: area?.value ?? "",
      held: article.querySelector('[data-testid="send-anyway"]') !== null,
    };
  }, bodyLabel);
}

/**
 * Visit every draft of the pane as a user reads them: each card when there are few, else each
 * line of the compact list opened in turn (one draft open at a time, DraftList.tsx). Returns
 * how many drafts there are.
 */
export async function eachDraft(
  pane: Locator,
  visit: (card: Locator) => Promise<void>
): Promise<number> {
  await pane.locator("article[data-customer]").first().waitFor();
  const lines = pane.locator("li[data-draft-line]");
  const count = await lines.count();
  if (count === 0) {
    const cards = await pane.locator("article[data-customer]").all();
    for (const card of cards) await visit(card);
    return cards.length;
  }
  for (let i = 0; i < count; i++) {
    const line = lines.nth(i);
    const toggle = line.locator("button[aria-expanded]").first();
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
    const card = line.locator("article[data-customer]");
    await card.waitFor();
    await visit(card);
  }
  return count;
}

import { customerKey } from "../../../src/core/history/customerKey";
import { DEFAULT_LADDER, formalNoticeIndex } from "../../../src/core/policy/defaultLadder";
import type { Language } from "../../../src/core/types";
import type { LoggedReminder } from "../../../src/core/workbook";

/*
 * What the collections loop's letters may say and how its ladder may climb (default ladder):
 * the checks of test/e2e/collectionsLoop.test.ts on the letters and on the whole log.
 */

export const MIN_DAYS = 7;
export const FORMAL = formalNoticeIndex(DEFAULT_LADDER);
export const ladderIndex = (level: number) => DEFAULT_LADDER.findIndex((l) => l.level === level);
const isReminder = (l: LoggedReminder) => ladderIndex(l.level) < ladderIndex(3);
const isCall = (l: LoggedReminder) => l.channel === "phone";
export const isFormalNotice = (l: LoggedReminder) => ladderIndex(l.level) === FORMAL;

/** The sentences that refer to an earlier contact, with the kind of letter the log must hold. */
export const DATED_CLAIMS: Record<
  Language,
  { pattern: RegExp; kind: (l: LoggedReminder) => boolean }[]
> = {
  en: [
    { pattern: /our reminder of (\d{1,2} \w+ \d{4})/g, kind: isReminder },
    { pattern: /telephone call of (\d{1,2} \w+ \d{4})/g, kind: isCall },
    { pattern: /formal notice of (\d{1,2} \w+ \d{4})/g, kind: isFormalNotice },
  ],
  fr: [
    { pattern: /relance du (\d{1,2}(?:er)? \S+ \d{4})/g, kind: isReminder },
    { pattern: /entretien téléphonique du (\d{1,2}(?:er)? \S+ \d{4})/g, kind: isCall },
    { pattern: /mise en demeure du (\d{1,2}(?:er)? \S+ \d{4})/g, kind: isFormalNotice },
  ],
};
/** Sentences that refer to a formal notice without its date: only once one is logged. */
export const FORMAL_NOTICE_PASSED =
  /deadline set in our formal notice|délai fixé par notre mise en demeure/;
/** How a held first contact says why (issues.ts firstContactHeld). */
export const HELD_REASON =
  /^(Held back: nothing was ever sent|Mis de côté : rien n’a jamais été envoyé)/;
/** Claims no template may make: an earlier contact with no date. */
export const UNDATED =
  /Despite our reminders|our previous reminder|Malgré nos relances|précédente relance/;

/** What one language's play saw, for the checks on the whole log at the end. */
export interface Play {
  log: LoggedReminder[];
  claimsChecked: number;
  /** Customers whose held first contact the user sent anyway. */
  sentAnyway: Set<string>;
}

/** Every customer's letters climb one step at a time, a contact interval apart. */
export function checkLadder(outcome: Play): void {
  const { log, sentAnyway } = outcome;
  expect(log.length).toBeGreaterThan(20);
  const byCustomer = new Map<string, LoggedReminder[]>();
  for (const letter of log) {
    const key = customerKey(letter.customer);
    byCustomer.set(key, [...(byCustomer.get(key) ?? []), letter]);
  }
  let climbed = 0;
  for (const [customer, letters] of byCustomer) {
    letters.sort((a, b) => a.date - b.date);
    // A first contact opens below the formal notice unless the user chose to send it anyway.
    const first = ladderIndex(letters[0].level);
    expect({
      customer,
      first: first < FORMAL || (first === FORMAL && sentAnyway.has(customer)),
    }).toEqual({ customer, first: true });
    for (let i = 1; i < letters.length; i++) {
      const [previous, next] = [letters[i - 1], letters[i]];
      const step = ladderIndex(next.level) - ladderIndex(previous.level);
      expect({ customer, step: step <= 1 }).toEqual({ customer, step: true });
      expect({ customer, gap: next.date - previous.date >= MIN_DAYS }).toEqual({
        customer,
        gap: true,
      });
      if (step > 0) climbed++;
    }
    // Never beyond the formal notice without one sent before.
    const beyond = letters.findIndex((l) => ladderIndex(l.level) > FORMAL);
    if (beyond >= 0) {
      expect({ customer, noticeFirst: letters.slice(0, beyond).some(isFormalNotice) }).toEqual({
        customer,
        noticeFirst: true,
      });
    }
  }
  // The play did escalate: customers went up the ladder, and letters referred to earlier ones.
  // (The sheet is the sample at the first date, so its open invoices age all along; each
  // customer gets a first letter before the formal notice's day, so none is held back here:
  // the held path is checked whenever one shows, and in test/unit/core/reminders.)
  expect(climbed).toBeGreaterThan(0);
  expect(outcome.claimsChecked).toBeGreaterThan(0);
}

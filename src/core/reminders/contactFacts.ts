import { memoizedCustomerKey } from "../history/customerKey";
import type { Day, DunningLevel, Invoice } from "../types";
import type { LoggedReminder } from "../workbook";
import { templateKind, type TemplateKind } from "./templates/kinds";

/**
 * What the workbook records of the contacts with one customer up to the reminder's day: the
 * letters of the Reminder log, and the user's own Last reminder / Level columns (a level with its
 * date). A letter may refer to an earlier step only when it is here, and then gives its date.
 */
export interface ContactFacts {
  /** The latest written reminder (a courtesy or numbered reminder). */
  reminder?: Day;
  /** The latest call. */
  call?: Day;
  /** The latest formal notice. */
  formalNotice?: Day;
  /** Ladder level of the latest contact recorded, and its date; undefined when none. */
  lastLevel?: number;
  lastDate?: Day;
}

interface Contact {
  date: Day;
  level: number;
}

const FACT_OF: Partial<Record<TemplateKind, "reminder" | "call" | "formalNotice">> = {
  courtesy: "reminder",
  reminder1: "reminder",
  reminder2: "reminder",
  call: "call",
  formalNotice: "formalNotice",
};

/** The ladder level a level number stands for: that number, or the highest below it. */
export function ladderLevelOf(ladder: readonly DunningLevel[], level: number): DunningLevel {
  let found = ladder[0];
  for (const l of ladder) if (l.level <= level) found = l;
  return found;
}

/** The facts of each customer (by customer key) of `invoices`, from the log and the sheet. */
export function contactFactsByCustomer(
  invoices: readonly Invoice[],
  log: readonly LoggedReminder[],
  ladder: readonly DunningLevel[],
  asOf: Day
): Map<string, ContactFacts> {
  const keyOf = memoizedCustomerKey();
  const contacts = new Map<string, Contact[]>();
  const add = (customer: string, contact: Contact) => {
    if (!(contact.date <= asOf) || !Number.isFinite(contact.level)) return;
    const key = keyOf(customer);
    const list = contacts.get(key);
    if (list) list.push(contact);
    else contacts.set(key, [contact]);
  };
  for (const letter of log) add(letter.customer, { date: letter.date, level: letter.level });
  for (const invoice of invoices) {
    if (invoice.lastReminder !== undefined && invoice.lastLevel !== undefined) {
      add(invoice.customer, { date: invoice.lastReminder, level: invoice.lastLevel });
    }
  }
  const facts = new Map<string, ContactFacts>();
  for (const [key, list] of contacts) facts.set(key, factsOf(list, ladder));
  return facts;
}

function factsOf(contacts: readonly Contact[], ladder: readonly DunningLevel[]): ContactFacts {
  const facts: ContactFacts = {};
  for (const { date, level } of contacts) {
    const fact = FACT_OF[templateKind(ladderLevelOf(ladder, level))];
    if (fact && (facts[fact] === undefined || date > (facts[fact] as Day))) facts[fact] = date;
    if (
      facts.lastDate === undefined ||
      date > facts.lastDate ||
      (date === facts.lastDate && level > (facts.lastLevel as number))
    ) {
      facts.lastDate = date;
      facts.lastLevel = level;
    }
  }
  return facts;
}

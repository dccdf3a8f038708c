import type { DunningPolicy } from "../policy/nextAction";
import type { Day, DunningLevel, Invoice, Language } from "../types";
import type { ContactFacts } from "./contactFacts";
import type { IncludeOnPurpose } from "./types";

/** What the drafting knows of one customer when it writes the letter. */
export interface CustomerContext {
  asOf: Day;
  language: Language;
  ladder: readonly DunningLevel[];
  minDays: number;
  policy: DunningPolicy;
  /** Days since the customer was last contacted (the log or any invoice's last reminder). */
  daysSinceContact?: number;
  lastContact?: Day;
  include?: IncludeOnPurpose;
  facts: ContactFacts;
}

/** The latest contact recorded for the customer: the log's, or an invoice's last reminder. */
export function lastContactOf(
  group: readonly Invoice[],
  facts: ContactFacts | undefined
): Day | undefined {
  let last = facts?.lastDate;
  for (const i of group) {
    const d = i.lastReminder;
    if (d !== undefined && Number.isFinite(d) && (last === undefined || d > last)) last = d;
  }
  return last;
}

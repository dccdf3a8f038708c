import type { InvoiceAnalysis } from "../analyse";
import { dayFromYmd } from "../dates/calendar";
import { customerKey } from "../history/customerKey";
import { formalNoticeIndex } from "../policy/defaultLadder";
import type { SheetText } from "../sheet/analysisColumns";
import type { Day, DunningLevel, Settings } from "../types";
import type { LoggedReminder } from "../workbook";
import { courtFile, type CourtFile, type RatePeriod } from "./courtFile";

/** The court file's sheet, one of the add-in's own (refreshed in place, never a user's). */
export const COURT_FILE_SHEET: SheetText = { en: "Court file", fr: "Injonction de payer" };

/**
 * The user's rate table as periods; an empty table means the Settings' one rate from the first
 * day on (the rate the letters use).
 * @example ratePeriods({ lateRates: [{ from: "2024-01-01", ratePct: 14.5 }], annualRatePct: 12 }) //=> [{ from: 45292, ratePct: 14.5 }]
 */
export function ratePeriods(settings: Pick<Settings, "lateRates" | "annualRatePct">): RatePeriod[] {
  const table = (settings.lateRates ?? []).flatMap((rate) => {
    const [y, m, d] = rate.from.split("-").map(Number);
    const from = dayFromYmd(y, m, d);
    return from === undefined ? [] : [{ from, ratePct: rate.ratePct }];
  });
  return table.length > 0 ? table : [{ from: 0, ratePct: settings.annualRatePct }];
}

/**
 * The ladder level from which a customer may be taken to court: the first agency / legal action
 * level after the formal notice. Undefined when the ladder has none.
 * @example legalActionLevel(DEFAULT_LADDER) //=> 5
 */
export function legalActionLevel(ladder: readonly DunningLevel[]): number | undefined {
  const notice = formalNoticeIndex(ladder);
  return ladder.find((level, i) => i > notice && level.channel === "agency")?.level;
}

/**
 * True when one of the customer's open invoices is at the legal-action level (or past it).
 * @example atLegalAction(analyseInvoices([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 44900, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020 }).rows, "ACME", DEFAULT_LADDER)
 * //=> true
 */
export function atLegalAction(
  rows: readonly InvoiceAnalysis[],
  customer: string,
  ladder: readonly DunningLevel[]
): boolean {
  const legal = legalActionLevel(ladder);
  if (legal === undefined) return false;
  const key = customerKey(customer);
  return rows.some(
    (row) =>
      customerKey(row.invoice.customer) === key &&
      row.invoice.open > 0 &&
      row.next.kind === "act" &&
      (row.next.level ?? -1) >= legal
  );
}

/**
 * The customer's court file from the workbook: their open overdue invoices, the Settings' rate
 * table and fixed indemnity, the reminders and formal notice the Reminder log records, and the
 * debtor kind the user chose (a consumer: 2-year limitation).
 * @example courtFileOf("ACME", analyseInvoices([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020 }).rows, [], defaultSettings(), 45020).totals
 * //=> { principal: 1000, interest: 0, indemnity: 40, total: 1040 }
 */
export function courtFileOf(
  customer: string,
  rows: readonly InvoiceAnalysis[],
  log: readonly LoggedReminder[],
  settings: Settings,
  asOf: Day
): CourtFile {
  const key = customerKey(customer);
  const notice = formalNoticeIndex(settings.ladder);
  return courtFile(
    customer,
    rows.filter((row) => customerKey(row.invoice.customer) === key).map((row) => row.invoice),
    {
      asOf,
      rates: ratePeriods(settings),
      fixedFee: settings.fixedFee,
      contacts: log.filter((letter) => customerKey(letter.customer) === key),
      formalNoticeLevel: notice >= 0 ? settings.ladder[notice].level : Number.POSITIVE_INFINITY,
      debtor: (settings.consumers ?? []).includes(key) ? "consumer" : "trader",
    }
  );
}

import { dayFromYmd } from "../../../../src/core/dates/calendar";
import { DEFAULT_LADDER } from "../../../../src/core/policy/defaultLadder";
import type { Day, Invoice, Settings } from "../../../../src/core/types";

/** 5 March 2024: every test drafts "as of" this day. */
export const AS_OF: Day = dayFromYmd(2024, 3, 5) as Day;

export function settings(overrides: Partial<Settings> = {}): Settings {
  return {
    ladder: DEFAULT_LADDER.map((l) => ({ ...l })),
    minDaysBetweenContacts: 7,
    bucketBounds: [30, 60, 90],
    language: "auto",
    currency: "EUR",
    senderName: "Jeanne Martin",
    signature: "Service clients\nACME SAS",
    paymentInstructions: "Virement : IBAN FR76 3000 6000 0112 3456 7890 189",
    templates: {},
    jurisdiction: "FR",
    annualRatePct: 12.15,
    fixedFee: 40,
    ...overrides,
  };
}

let nextRow = 2;

/** An open invoice `daysLate` days past its due date at AS_OF (negative: not yet due). */
export function invoice(overrides: Partial<Invoice> & { daysLate?: number } = {}): Invoice {
  const { daysLate = 20, ...rest } = overrides;
  const dueDate = AS_OF - daysLate;
  const amount = rest.amount ?? 1000;
  return {
    row: nextRow++,
    customer: "Dupont SA",
    invoiceNumber: `F-${nextRow}`,
    invoiceDate: dueDate - 30,
    dueDate,
    amount,
    paid: 0,
    open: amount,
    email: "compta@dupont.fr",
    disputed: false,
    ...rest,
  };
}

/** Days overdue that put an invoice with no reminder history at each level of the default ladder. */
export const DAYS_FOR_LEVEL = [-3, 5, 20, 35, 50, 70] as const;

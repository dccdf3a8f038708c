import {
  ageBucketIndex,
  bucketLabels,
  DEFAULT_BUCKET_BOUNDS,
  invalidBoundsReason,
} from "./ageing/ageBucket";
import { daysOverdue as daysBetween } from "./ageing/daysOverdue";
import { historiesWithRows, type CustomerHistory } from "./history/customerHistory";
import { openAt } from "./history/openAt";
import { DEFAULT_LADDER } from "./policy/defaultLadder";
import {
  DEFAULT_MIN_DAYS_BETWEEN_CONTACTS,
  nextAction,
  type InvoiceStatus,
  type NextAction,
} from "./policy/nextAction";
import { riskClass, type RiskClass } from "./risk/riskClass";
import { riskScore, type RiskScore } from "./risk/riskScore";
import type { Day, Invoice, Settings } from "./types";

/** Everything the add-in computes for one invoice. */
export interface InvoiceAnalysis {
  invoice: Invoice;
  /** asOf - due date (negative before due), whatever the invoice's state. */
  daysOverdue: number;
  bucketIndex: number;
  bucket: string;
  risk: RiskScore;
  riskClass: RiskClass;
  status: InvoiceStatus;
  next: NextAction;
}

export interface Analysis {
  asOf: Day;
  /** One per invoice, in the order given. */
  rows: InvoiceAnalysis[];
  /** Customer histories keyed by customerKey. */
  histories: Map<string, CustomerHistory>;
}

export interface AnalyseOptions {
  asOf: Day;
  settings?: Partial<Settings>;
}

/**
 * The invoice's state at `asOf`: nothing left to collect -> "paid"; else disputed; else a
 * promise still to come ("promise", due on asOf included) or gone by ("broken promise"); else "".
 */
export function invoiceStatus(invoice: Invoice, asOf: Day): InvoiceStatus {
  if (openAt(invoice, asOf) <= 0) return "paid";
  if (invoice.disputed) return "disputed";
  if (invoice.promiseDate !== undefined)
    return invoice.promiseDate >= asOf ? "promise" : "broken promise";
  return "";
}

const CREDIT_NOTE: NextAction = Object.freeze({
  kind: "none",
  action: "None",
  text: "None",
  reason: Object.freeze({ key: "creditNote", params: Object.freeze({}) }),
}) as NextAction;

function scoreOf(daysOverdue: number, disputed: boolean, history: CustomerHistory): RiskScore {
  return riskScore({
    daysOverdue,
    averageDaysLate: history.averageDaysLate,
    lateShare: history.lateShare,
    disputed,
    remindersSent: history.remindersSent,
    creditUse: history.creditUse,
  });
}

/**
 * The full core analysis: ageing, customer history, risk score and next action of every invoice,
 * in O(rows): histories are computed once in one pass, then each row reads its customer's.
 * Settings not given take the defaults (default ladder, 7 days between contacts, buckets
 * 30/60/90); bounds that cannot make buckets fall back to the defaults too.
 * Rows may share their `risk` and `next` objects (equal values): treat them as read-only.
 */
export function analyseInvoices(invoices: Invoice[], options: AnalyseOptions): Analysis {
  const { asOf } = options;
  const settings = options.settings ?? {};
  const policy = {
    ladder: settings.ladder ?? DEFAULT_LADDER,
    minDaysBetweenContacts: settings.minDaysBetweenContacts ?? DEFAULT_MIN_DAYS_BETWEEN_CONTACTS,
  };
  const bounds =
    settings.bucketBounds && invalidBoundsReason(settings.bucketBounds) === undefined
      ? settings.bucketBounds
      : DEFAULT_BUCKET_BOUNDS;
  const labels = bucketLabels(bounds);

  const { histories, byRow } = historiesWithRows(invoices, asOf);
  // Rows that are not late (settled, or not yet due) score on the customer's habit alone: one
  // score per customer and disputed flag, shared by those rows (most rows of a sheet of settled
  // invoices), so a million rows do not make a million equal objects.
  const notLateScores = new Map<CustomerHistory, [RiskScore?, RiskScore?]>();

  const rows: InvoiceAnalysis[] = new Array(invoices.length);
  for (let i = 0; i < invoices.length; i++) {
    const invoice = invoices[i];
    const history = byRow[i];
    const days = daysBetween(invoice.dueDate, asOf);
    const status = invoiceStatus(invoice, asOf);
    // A settled invoice is no longer late: only the customer's habit is left.
    const lateDays = status === "paid" || days < 0 ? 0 : days;
    let risk: RiskScore | undefined;
    if (lateDays === 0) {
      let cached = notLateScores.get(history);
      if (cached === undefined) {
        cached = [undefined, undefined];
        notLateScores.set(history, cached);
      }
      const slot = invoice.disputed ? 1 : 0;
      risk = cached[slot] ??= scoreOf(0, invoice.disputed, history);
    } else {
      risk = scoreOf(lateDays, invoice.disputed, history);
    }
    const next =
      invoice.amount < 0
        ? CREDIT_NOTE
        : nextAction(
            {
              daysOverdue: days,
              riskScore: risk.score,
              lastLevel: invoice.lastLevel,
              daysSinceContact:
                invoice.lastReminder === undefined
                  ? undefined
                  : daysBetween(invoice.lastReminder, asOf),
              status,
            },
            policy
          );
    const bucketIndex = ageBucketIndex(days, bounds);
    rows[i] = {
      invoice,
      daysOverdue: days,
      bucketIndex,
      bucket: labels[bucketIndex],
      risk,
      riskClass: riskClass(risk.score),
      status,
      next,
    };
  }
  return { asOf, rows, histories };
}

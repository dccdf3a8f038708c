import {
  ageBucketIndex,
  bucketLabels,
  DEFAULT_BUCKET_BOUNDS,
  invalidBoundsReason,
} from "./ageing/ageBucket";
import { daysOverdue as daysBetween } from "./ageing/daysOverdue";
import { historiesWithRows, type CustomerHistory } from "./history/customerHistory";
import { DEFAULT_LADDER } from "./policy/defaultLadder";
import { invoiceStatus } from "./policy/invoiceStatus";
import { memoNextAction } from "./policy/memoNextAction";
import {
  DEFAULT_MIN_DAYS_BETWEEN_CONTACTS,
  type InvoiceStatus,
  type NextAction,
} from "./policy/nextAction";
import { riskClass, type RiskClass } from "./risk/riskClass";
import { riskScore, type RiskFactorMaker, type RiskScore } from "./risk/riskScore";
import { sharedRiskFactors } from "./risk/sharedRiskFactors";
import type { LoggedReminder } from "./workbook";
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
  /** The reminder log: each letter counts one reminder sent for its customer. */
  reminderLog?: readonly LoggedReminder[];
}

const CREDIT_NOTE: NextAction = Object.freeze({
  kind: "none",
  action: "None",
  text: "None",
  reason: Object.freeze({ key: "creditNote", params: Object.freeze({}) }),
}) as NextAction;

function scoreOf(
  daysOverdue: number,
  disputed: boolean,
  history: CustomerHistory,
  makeFactor: RiskFactorMaker
): RiskScore {
  return riskScore(
    {
      daysOverdue,
      averageDaysLate: history.averageDaysLate,
      lateShare: history.lateShare,
      disputed,
      remindersSent: history.remindersSent,
      creditUse: history.creditUse,
      usualDelay: history.usualDelay,
      severeLateShare: history.severeLateShare,
      settledCount: history.paidCount,
    },
    makeFactor
  );
}

/**
 * The full core analysis: ageing, customer history, risk score and next action of every invoice,
 * in O(rows): histories are computed once in one pass, then each row reads its customer's.
 * Settings not given take the defaults (default ladder, 7 days between contacts, buckets
 * 30/60/90); bounds that cannot make buckets fall back to the defaults too.
 * Rows may share their `risk` and `next` objects (equal values): treat them as read-only.
 * @example analyseInvoices([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false }],
 *   { asOf: 45020 }).rows.map((row) => [row.daysOverdue, row.bucket, row.next.action])
 * //=> [[20, "1-30", "Reminder 2"]]
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

  const { histories, list, rowCustomer } = historiesWithRows(
    invoices,
    asOf,
    undefined,
    options.reminderLog
  );
  // Equal inputs give equal results, and rows share them instead of building a million equal
  // objects (allocating and collecting results is most of the cost of a large analysis): one
  // score per customer and dispute flag for rows that are not late (settled or not yet due),
  // factor objects shared across scores, next actions remembered by their inputs.
  const notLateScores: (RiskScore | undefined)[] = new Array(list.length * 2);
  const makeFactor = sharedRiskFactors();
  const actionOf = memoNextAction(policy);

  const rows: InvoiceAnalysis[] = new Array(invoices.length);
  for (let i = 0; i < invoices.length; i++) {
    const invoice = invoices[i];
    const customer = rowCustomer[i];
    const history = list[customer];
    const days = daysBetween(invoice.dueDate, asOf);
    const status = invoiceStatus(invoice, asOf);
    // A settled invoice is no longer late: only the customer's habit is left.
    const lateDays = status === "paid" || days < 0 ? 0 : days;
    let risk: RiskScore;
    if (lateDays === 0) {
      const slot = customer * 2 + (invoice.disputed ? 1 : 0);
      risk = notLateScores[slot] ??= scoreOf(0, invoice.disputed, history, makeFactor);
    } else {
      risk = scoreOf(lateDays, invoice.disputed, history, makeFactor);
    }

    const next =
      invoice.amount < 0
        ? CREDIT_NOTE
        : actionOf({
            daysOverdue: days,
            riskScore: risk.score,
            lastLevel: invoice.lastLevel,
            daysSinceContact:
              invoice.lastReminder === undefined
                ? undefined
                : daysBetween(invoice.lastReminder, asOf),
            status,
          });
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

import type { Day } from "../types";

/**
 * What a credit controller records about a customer besides letters: kept on the add-in's own
 * "Activity" sheet, one line per entry, and read back on every run (docs/design.md §4).
 */
export type ActivityKind = "note" | "call" | "promise" | "dispute" | "resolved";

export const ACTIVITY_KINDS: readonly ActivityKind[] = [
  "note",
  "call",
  "promise",
  "dispute",
  "resolved",
];

/** Why a customer disputes an invoice (the reasons credit tools and the seeds name). */
export type DisputeReason =
  "price" | "quantity" | "quality" | "delivery" | "duplicate" | "alreadyPaid" | "other";

export const DISPUTE_REASONS: readonly DisputeReason[] = [
  "price",
  "quantity",
  "quality",
  "delivery",
  "duplicate",
  "alreadyPaid",
  "other",
];

/** How a call ended. */
export type CallOutcome =
  "reached" | "promised" | "noAnswer" | "message" | "refused" | "wrongContact";

export const CALL_OUTCOMES: readonly CallOutcome[] = [
  "reached",
  "promised",
  "noAnswer",
  "message",
  "refused",
  "wrongContact",
];

/** One line of the Activity sheet. Codes (kind, reason, outcome) are stored as these keys. */
export interface ActivityEntry {
  /** The day it happened (the as-of day when recorded from the pane). */
  date: Day;
  customer: string;
  kind: ActivityKind;
  /** Invoice numbers it is about (a dispute or its resolution: one or more). */
  invoices: string[];
  /** A promise's amount, or the disputed amount. */
  amount?: number;
  /** A promise's day. */
  promiseDate?: Day;
  reason?: DisputeReason;
  outcome?: CallOutcome;
  /** Who handles it (a dispute's owner). */
  owner?: string;
  /** The user's free text. */
  text: string;
  /** Day a dispute was resolved when typed on its own line (a "resolved" entry does the same). */
  resolvedDate?: Day;
  /** Contact e-mail addresses kept for the customer (a note may carry them). */
  email?: string;
  /** 1-based row on the Activity sheet, when read back. */
  row?: number;
}

import type { PayNow } from "../payment/payNow";
import type { NextAction } from "../policy/nextAction";
import type { Day, DunningLevel, Invoice, Language, OpenItem, Settings } from "../types";
import type { LoggedReminder } from "../workbook";
import type { ContactFacts } from "./contactFacts";
import type { TemplateKind } from "./templates/kinds";

/**
 * Something the pane must tell the user about a draft or an invoice left out. `key` selects the
 * translated text (describeIssue gives it in French or English); params are plain values.
 */
export interface ReminderIssue {
  key: string;
  params: Record<string, string | number>;
}

/** One invoice or credit note as a draft states it. */
export interface DraftLine extends OpenItem {
  row: number;
  /** Level the policy gives this invoice alone; the draft takes the highest. */
  level: number;
  /** Late-payment penalties to date, from the firm level on (absent otherwise). */
  interest?: number;
  indemnity?: number;
}

export interface DraftPenalties {
  interest: number;
  indemnity: number;
  total: number;
}

/** One reminder for one customer, ready for the user to read, edit and send. */
export interface ReminderDraft {
  /** Stable id for the pane (customer key and level). */
  id: string;
  customer: string;
  customerKey: string;
  language: Language;
  level: number;
  ladderLevel: DunningLevel;
  kind: TemplateKind;
  /** Recipient addresses, comma-separated; undefined when the sheet has none usable (see warnings). */
  to?: string;
  subject: string;
  /** Plain-text body. */
  text: string;
  /** Self-contained HTML document: inline styles, no image, no script, no link. */
  html: string;
  /** The phone level's call script (plain text), to read before the follow-up email. */
  callScript?: string;
  /** The invoices the letter reminds: the ones Mark as sent records. */
  invoices: DraftLine[];
  /** Not-yet-due invoices the user included: listed apart, not in the total due, not recorded. */
  comingDue: DraftLine[];
  credits: DraftLine[];
  /** Open amount of the invoices less the credit notes. */
  total: number;
  penalties?: DraftPenalties;
  /** Transfer details and EPC QR code, when the sender's IBAN and BIC are set (Settings). */
  payNow?: PayNow;
  /** The formal notice's payment deadline. */
  deadline?: Day;
  next?: { level: number; action: string; date: Day };
  asOf: Day;
  currency: string;
  senderName: string;
  warnings: ReminderIssue[];
  /** The contacts with the customer the workbook records, which the letter may mention. */
  facts: ContactFacts;
  /** Why the draft is held back (a first contact at the formal notice): not sent unless chosen. */
  held?: ReminderIssue;
  /** The user chose to send it although it was held back (the log says so). */
  chosenByUser?: boolean;
}

/** An invoice of the selection that no draft covers, and why. */
export interface ExcludedInvoice {
  row: number;
  customer: string;
  invoiceNumber: string;
  reason: ReminderIssue;
}

/** Invoices the user chose to include although the rules leave them out. */
export type IncludeOnPurpose =
  | { disputed?: boolean; recentlyContacted?: boolean; promised?: boolean; notDue?: boolean }
  | Set<number>;

export interface DraftOptions {
  asOf: Day;
  settings: Settings;
  include?: IncludeOnPurpose;
  fallbackLanguage: Language;
  /** The Reminder log's letters: what the letters may mention, and the customer's last level. */
  log?: readonly LoggedReminder[];
  /** The invoice's next action as the sheet gives it (risk included); else computed here. */
  nextActionOf?: (invoice: Invoice) => NextAction | undefined;
  /** Customers (keys) whose held-back first contact the user chose to send anyway. */
  sendAnyway?: ReadonlySet<string>;
}

export interface DraftResult {
  drafts: ReminderDraft[];
  excluded: ExcludedInvoice[];
}

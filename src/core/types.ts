/**
 * The domain's shared vocabulary. Every layer speaks in these types; none of them knows Excel.
 */

/**
 * A calendar day: whole days since 1899-12-30 (UTC, no time of day).
 * From 1 March 1900 on, an Excel serial date (1900 date system) is a Day as it is;
 * `fromExcelSerial` corrects the serials before that (Excel's fictitious 29 Feb 1900).
 */
export type Day = number;

/** The language of the add-in's texts and of a reminder. */
export type Language = "fr" | "en";

/** Order of day and month in a text date such as 03/04/2024. */
export type DateOrder = "dmy" | "mdy";

/** One receivable as read from the sheet. Amounts are in the sheet's currency. */
export interface Invoice {
  /** 1-based row number in the sheet: used in messages and to select the row again. */
  row: number;
  customer: string;
  /**
   * The customer cell when it holds a number (a customer id): the history sheet writes it as a
   * number, so that Excel's lookup of the row's cell finds it (XLOOKUP tells 1001 from "1001").
   */
  customerNumber?: number;
  invoiceNumber: string;
  invoiceDate?: Day;
  dueDate: Day;
  /** Invoice amount including tax; negative for a credit note (never dunned). */
  amount: number;
  /** Amount already paid on this invoice (0 when unknown). */
  paid: number;
  /** Day the invoice was settled in full, when it was. */
  paidDate?: Day;
  /** What is still owed: an "open" column when the sheet has one, else amount - paid; 0 once settled. */
  open: number;
  email?: string;
  disputed: boolean;
  /** Day the customer promised to pay by, when there is a promise. */
  promiseDate?: Day;
  creditLimit?: number;
  /** Day of the last reminder sent for this invoice. */
  lastReminder?: Day;
  /** Ladder level of the last reminder sent (0 = courtesy); undefined when unknown. */
  lastLevel?: number;
  /** Customer's language when the sheet says it. */
  language?: Language;
}

/** An invoice or credit note as a statement or a letter lists it at its as-of day. */
export interface OpenItem {
  invoiceNumber: string;
  invoiceDate?: Day;
  dueDate: Day;
  amount: number;
  /** What is still owed (negative for a credit note). */
  open: number;
  /** asOf - due date; negative before due. */
  daysOverdue: number;
}

/** A level of the dunning ladder (docs/design.md §4). */
export interface DunningLevel {
  level: number;
  /** Days overdue from which this level is due (negative = before the due date). */
  fromDay: number;
  /** Action name, e.g. "Reminder 1". */
  action: string;
  channel: "email" | "phone" | "letter" | "agency";
  tone: "friendly" | "courteous" | "firm" | "formal";
}

export type Jurisdiction = "FR" | "EU" | "UK" | "none";

/** What a late payment costs the debtor (docs/design.md §4). Rates are user settings. */
export interface PenaltySettings {
  jurisdiction: Jurisdiction;
  /** Annual late-interest rate in percent (e.g. ECB rate + 10 points in France). */
  annualRatePct: number;
  /** Fixed indemnity per invoice (FR/EU: 40); UK uses its sums by debt size instead. */
  fixedFee: number;
}

export interface Settings extends PenaltySettings {
  ladder: DunningLevel[];
  /** No new contact within this many days of the last one. */
  minDaysBetweenContacts: number;
  /** Upper bounds of the ageing buckets, ascending, e.g. [30, 60, 90]. */
  bucketBounds: number[];
  /** The pane's display language ("auto": Office's). Changing it never rewrites the workbook. */
  language: "auto" | Language;
  /**
   * The language of what the add-in writes in the workbook: headers, sheet names and the values
   * of the analysis formulas. "auto" until the first analysis, which sets it from Office's
   * language and saves it with the workbook.
   */
  workbookLanguage?: "auto" | Language;
  currency: string;
  senderName: string;
  signature: string;
  paymentInstructions: string;
  /** User-edited reminder templates, keyed by `${level}.${language}.subject|body`. */
  templates: Record<string, string>;
  /** A customer with an invoice more than this many days overdue is on credit hold (default 60). */
  holdDay?: number;
  /** The sender's IBAN and BIC for the payment details and EPC QR code of letters ("": none). */
  iban?: string;
  bic?: string;
  /**
   * The user's late-interest rate table for the court file: each rate in force from its day
   * (yyyy-mm-dd), days increasing. Empty: the court file uses annualRatePct throughout.
   */
  lateRates?: LateRate[];
  /** Customers (customerKey) who are consumers: 2-year limitation (art. L218-2 C. consom.). */
  consumers?: string[];
}

/** A row of the rate table: the annual rate in force from `from` (yyyy-mm-dd) on. */
export interface LateRate {
  from: string;
  ratePct: number;
}

import { customerHistories, customerKey } from "../history/customerHistory";
import type { Day, DunningLevel, Invoice, Language } from "../types";
import type { LoggedReminder } from "../workbook";
import type { SheetArea } from "./a1";
import {
  AS_OF_NAME,
  HISTORY_CUSTOMER_NAME,
  HISTORY_NAMES,
  POLICY_NAME,
  type HistoryField,
  type SheetText,
} from "./analysisColumns";
import { asCellInput } from "./cellText";

export const HISTORY_SHEET: SheetText = { en: "Credit history", fr: "Historique crédit" };

/**
 * One customer's figures as the analysis formulas look them up (blank when unknown), under the
 * customer as the sheet holds it: a number stays a number (XLOOKUP tells 1001 from "1001").
 */
export type HistoryLine = { customer: string | number } & Partial<Record<HistoryField, number>>;

/**
 * The key XLOOKUP matches a customer cell by: numbers by value, text ignoring case; undefined
 * for a blank or anything else (it matches no history line).
 * @example historyKey("Acme") === historyKey("ACME") //=> true; historyKey(1001) === historyKey("1001") //=> false
 */
export function historyKey(value: unknown): string | undefined {
  if (typeof value === "number") return `#${value}`;
  if (typeof value === "string" && value !== "") return `'${value.toLowerCase()}`;
  return undefined;
}

const FIELDS: readonly HistoryField[] = [
  "avgDaysLate",
  "lateShare",
  "remindersSent",
  "creditUse",
  "usualDelay",
  "recentDelay",
  "severeLateShare",
  "settledCount",
];
/** The sheet's labels; the figures' headers read like the analysis columns that show them. */
const LABELS: Readonly<Record<Language, Record<HistoryField | "asOf" | "customer", string>>> = {
  en: {
    asOf: "As of",
    customer: "Customer",
    avgDaysLate: "Avg days late",
    lateShare: "Late share",
    remindersSent: "Reminders sent",
    creditUse: "Credit use",
    usualDelay: "Usual delay (days)",
    recentDelay: "Recent delay (days)",
    severeLateShare: "Paid >10 days late",
    settledCount: "Invoices settled",
  },
  fr: {
    asOf: "Arrêté au",
    customer: "Client",
    avgDaysLate: "Retard moyen (j)",
    lateShare: "Part payée en retard",
    remindersSent: "Relances envoyées",
    creditUse: "Encours utilisé",
    usualDelay: "Délai habituel (j)",
    recentDelay: "Délai récent (j)",
    severeLateShare: "Payées >10 j de retard",
    settledCount: "Factures réglées",
  },
};
const POLICY_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: ["From day", "Action", "Channel", "Tone"],
  fr: ["À partir du jour", "Action", "Canal", "Ton"],
};
const FIELD_FORMATS: Record<HistoryField, string> = {
  avgDaysLate: "0.0",
  lateShare: "0%",
  remindersSent: "0",
  creditUse: "0%",
  usualDelay: "0.0",
  recentDelay: "0.0",
  severeLateShare: "0%",
  settledCount: "0",
};
/**
 * What a figure the customer has no value for holds: the text "" by formula, never an empty
 * cell, which Excel's XLOOKUP returns as 0 (a perfect payer) where the risk score needs blank
 * (an unknown payer). Office.js `values` and the preview's input both take it as a formula.
 */
export const EMPTY_TEXT_FORMULA = '=""';
const TABLE_ROW = 3;
/** The ladder starts one empty column after the history table. */
const POLICY_COLUMN = FIELDS.length + 2;
const WIDTH = POLICY_COLUMN + 4;

export interface HistorySheetLayout {
  cells: (string | number)[][];
  formats: string[][];
  /** Workbook names and the areas they refer to (1-based rows, 0-based columns). */
  names: Record<string, SheetArea>;
}

/**
 * The "Credit history" sheet: the as-of cell (CC_AsOf) on top, the per-customer history table
 * (CC_HistCustomer, CC_HistAvgDaysLate...) below it, and the dunning ladder (CC_Policy) beside
 * it. Values, not formulas (but ="" for a figure a customer lacks): computed once per customer
 * by core, refreshed in place. Labels in
 * `language`; the ladder's values stay the codes CREDIT.NEXTACTION reads.
 * @example historySheetLayout([], 45020, DEFAULT_LADDER).cells[0].slice(0, 2) //=> ["As of", 45020]
 */
export function historySheetLayout(
  lines: readonly HistoryLine[],
  asOf: Day,
  ladder: readonly DunningLevel[],
  language: Language = "en"
): HistorySheetLayout {
  const labels = LABELS[language];
  const height = TABLE_ROW + Math.max(lines.length, ladder.length, 1);
  const cells = Array.from({ length: height }, () => Array<string | number>(WIDTH).fill(""));
  const formats = Array.from({ length: height }, () => Array<string>(WIDTH).fill("General"));
  cells[0][0] = labels.asOf;
  cells[0][1] = asOf;
  formats[0][1] = "yyyy-mm-dd";
  cells[TABLE_ROW - 1].splice(
    0,
    FIELDS.length + 1,
    labels.customer,
    ...FIELDS.map((f) => labels[f])
  );
  cells[TABLE_ROW - 1].splice(POLICY_COLUMN, 4, ...POLICY_HEADERS[language]);
  lines.forEach((line, i) => {
    const row = TABLE_ROW + i;
    const { customer } = line;
    cells[row][0] = typeof customer === "number" ? customer : asCellInput(customer);
    formats[row][0] = typeof customer === "number" ? "General" : "@";
    FIELDS.forEach((field, f) => {
      cells[row][f + 1] = line[field] ?? EMPTY_TEXT_FORMULA;
      formats[row][f + 1] = FIELD_FORMATS[field];
    });
  });
  ladder.forEach((level, i) => {
    cells[TABLE_ROW + i].splice(
      POLICY_COLUMN,
      4,
      level.fromDay,
      asCellInput(level.action),
      level.channel,
      level.tone
    );
  });
  const tableRows = Math.max(lines.length, 1);
  const column = (index: number): SheetArea => ({
    column: index,
    row: TABLE_ROW + 1,
    columnCount: 1,
    rowCount: tableRows,
  });
  const names: Record<string, SheetArea> = {
    [AS_OF_NAME]: { column: 1, row: 1, columnCount: 1, rowCount: 1 },
    [HISTORY_CUSTOMER_NAME]: column(0),
    [POLICY_NAME]: {
      column: POLICY_COLUMN,
      row: TABLE_ROW + 1,
      columnCount: 4,
      rowCount: Math.max(ladder.length, 1),
    },
  };
  FIELDS.forEach((field, f) => (names[HISTORY_NAMES[field]] = column(f + 1)));
  return { cells, formats, names };
}

/**
 * One history line per customer name as the sheet writes it (the lookup compares the row's own
 * text), with the figures of the customer it stands for: "ACME " and "Acme" share one history.
 * @example historyLines([{ row: 2, customer: "ACME", invoiceNumber: "F-1", dueDate: 45000, amount: 1000, paid: 0, open: 1000, disputed: false },
 *   { row: 3, customer: "Acme ", invoiceNumber: "F-2", dueDate: 45000, amount: 500, paid: 0, open: 500, disputed: false }], 45020).map((line) => line.customer)
 * //=> ["ACME", "Acme "]
 */
export function historyLines(
  invoices: Invoice[],
  asOf: Day,
  log: readonly LoggedReminder[] = []
): HistoryLine[] {
  const histories = customerHistories(invoices, asOf, {}, log);
  const names = new Map<string, string | number>();
  for (const { customer, customerNumber } of invoices) {
    const cell = customerNumber ?? customer;
    names.set(typeof cell === "number" ? `#${cell}` : `'${cell}`, cell);
  }
  const lines: HistoryLine[] = [];
  for (const name of names.values()) {
    const history = histories.get(customerKey(String(name)));
    if (!history) continue;
    const line: HistoryLine = { customer: name, remindersSent: history.remindersSent };
    if (history.averageDaysLate !== undefined) line.avgDaysLate = history.averageDaysLate;
    if (history.lateShare !== undefined) line.lateShare = history.lateShare;
    if (history.creditUse !== undefined) line.creditUse = history.creditUse;
    if (history.usualDelay !== undefined) line.usualDelay = history.usualDelay;
    if (history.recentDelay !== undefined) line.recentDelay = history.recentDelay;
    if (history.severeLateShare !== undefined) line.severeLateShare = history.severeLateShare;
    line.settledCount = history.paidCount;
    lines.push(line);
  }
  const text = (line: HistoryLine): string => String(line.customer);
  return lines.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : 0));
}

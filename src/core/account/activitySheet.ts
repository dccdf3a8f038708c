import type { RowProblem } from "../workbook";
import type { SheetText } from "../sheet/analysisColumns";
import { asCellInput } from "../sheet/cellText";
import type { Language } from "../types";
import {
  ACTIVITY_KINDS,
  CALL_OUTCOMES,
  DISPUTE_REASONS,
  type ActivityEntry,
  type ActivityKind,
  type CallOutcome,
  type DisputeReason,
} from "./activity";
import { cellDay, cellList, cellNumber, cellString, journalLines } from "./cells";

export const ACTIVITY_SHEET: SheetText = { en: "Activity", fr: "Suivi client" };

/** The header row, rewritten in the pane's language; codes in the cells stay the same in both. */
export const ACTIVITY_HEADERS: Readonly<Record<Language, readonly string[]>> = {
  en: [
    "Date",
    "Customer",
    "Kind",
    "Invoices",
    "Amount",
    "Promised date",
    "Reason",
    "Outcome",
    "Owner",
    "Resolved on",
    "E-mail",
    "Note",
  ],
  fr: [
    "Date",
    "Client",
    "Type",
    "Factures",
    "Montant",
    "Date promise",
    "Motif",
    "Issue",
    "Responsable",
    "Résolu le",
    "Courriel",
    "Note",
  ],
};

export const ACTIVITY_FORMATS = [
  "yyyy-mm-dd",
  "@",
  "@",
  "@",
  "#,##0.00",
  "yyyy-mm-dd",
  "@",
  "@",
  "@",
  "yyyy-mm-dd",
  "@",
  "@",
];

const optional = (value: string | number | undefined): string | number => value ?? "";

/**
 * One entry as cell inputs, in header order (text from the user is never a formula).
 * @example activityRow({ date: 45000, customer: "ACME", kind: "call", invoices: ["F-1", "F-2"], outcome: "promise", text: "=calls back" })
 * //=> [45000, "ACME", "call", "F-1, F-2", "", "", "", "promise", "", "", "", "'=calls back"]
 */
export function activityRow(entry: ActivityEntry): (string | number)[] {
  return [
    entry.date,
    asCellInput(entry.customer),
    entry.kind,
    asCellInput(entry.invoices.join(", ")),
    optional(entry.amount),
    optional(entry.promiseDate),
    optional(entry.reason),
    optional(entry.outcome),
    asCellInput(entry.owner ?? ""),
    optional(entry.resolvedDate),
    asCellInput(entry.email ?? ""),
    asCellInput(entry.text),
  ];
}

function isCode<T extends string>(codes: readonly T[], value: string): value is T {
  return (codes as readonly string[]).includes(value);
}

/**
 * The entries of the Activity sheet from its values (row 1 the header), in sheet order. A line
 * the user broke (no date, an unknown kind) is listed as a problem and left out, never guessed.
 * @example readActivityRows([ACTIVITY_HEADERS.en, ["", "ACME", "note"]]).problems.map((problem) => problem.column) //=> ["Date"]
 */
export function readActivityRows(values: readonly (readonly unknown[])[]): {
  entries: ActivityEntry[];
  problems: RowProblem[];
} {
  const entries: ActivityEntry[] = [];
  const problems: RowProblem[] = [];
  for (const { cells, row } of journalLines(values)) {
    const date = cellDay(cells[0]);
    const kind = cellString(cells[2]);
    const customer = cellString(cells[1]);
    if (date === undefined) {
      problems.push({
        row,
        column: "Date",
        value: cellString(cells[0]),
        reason: { key: "journalLine", line: "activityDate" },
      });
      continue;
    }
    if (!isCode<ActivityKind>(ACTIVITY_KINDS, kind)) {
      problems.push({
        row,
        column: "Kind",
        value: kind,
        reason: { key: "journalLine", line: "activityKind" },
      });
      continue;
    }
    if (customer === "") {
      problems.push({
        row,
        column: "Customer",
        reason: { key: "journalLine", line: "activityCustomer" },
      });
      continue;
    }
    const entry: ActivityEntry = {
      date,
      customer,
      kind,
      invoices: cellList(cells[3], ","),
      text: cellString(cells[11]),
      row,
    };
    const amount = cellNumber(cells[4]);
    if (amount !== undefined) entry.amount = amount;
    const promised = cellDay(cells[5]);
    if (promised !== undefined) entry.promiseDate = promised;
    const reason = cellString(cells[6]);
    if (isCode<DisputeReason>(DISPUTE_REASONS, reason)) entry.reason = reason;
    const outcome = cellString(cells[7]);
    if (isCode<CallOutcome>(CALL_OUTCOMES, outcome)) entry.outcome = outcome;
    const owner = cellString(cells[8]);
    if (owner) entry.owner = owner;
    const resolved = cellDay(cells[9]);
    if (resolved !== undefined) entry.resolvedDate = resolved;
    const email = cellString(cells[10]);
    if (email) entry.email = email;
    entries.push(entry);
  }
  return { entries, problems };
}

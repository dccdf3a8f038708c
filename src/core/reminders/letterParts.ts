import type { DunningLevel, Invoice } from "../types";
import type { DraftLine } from "./types";

/** The parts of one customer's letter, as draftReminders sorted them. */
export interface LetterParts {
  key: string;
  customerCell: string;
  group: Invoice[];
  /** The invoices reminded (overdue, or coming due in a courtesy letter). */
  lines: DraftLine[];
  /** Invoices not yet due the user included in a letter about overdue ones. */
  comingDue: DraftLine[];
  credits: DraftLine[];
  total: number;
  level: DunningLevel;
}

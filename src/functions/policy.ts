import { statusOf } from "../core/policy/invoiceStatus";
import { ladderFromRange } from "../core/policy/ladderFromRange";
import { memoNextAction } from "../core/policy/memoNextAction";
import {
  type DunningPolicy,
  type NextAction,
  type NextActionInput,
} from "../core/policy/nextAction";
import type { Day } from "../core/types";
import { nextActionText, SHEET_WORDS } from "../core/sheet/sheetWords";
import { today } from "./clock";
import { invalidValue, isCellError, type CellError } from "./errors";
import { single, toGrid } from "./grid";
import { readArgs } from "./argumentReaders";
import { readLanguageArg } from "./readLanguage";

export { readStatus } from "./readStatus";

/** CREDIT.STATUS and CREDIT.NEXTACTION over cells and ranges. */

/** The policy of a call: the default ladder when left out, else the ladder read from the range. */
export function readPolicy(value: unknown): DunningPolicy | CellError {
  if (value === null || value === undefined) return {};
  const grid = toGrid("policy", value);
  if (!Array.isArray(grid)) return grid as CellError;
  const ladder = ladderFromRange(grid as unknown[][]);
  return ladder.ok ? { ladder: ladder.value } : invalidValue("policy", ladder.reason);
}

/**
 * The next action of each invoice (docs/design.md §4): the default ladder's action or the policy
 * range's, "Wait: ..." within the contact interval or when the level was already sent, "Resolve
 * dispute", "Await promised payment" or "None"; "" when the days overdue are blank.
 */
export function nextActionCells(
  daysOverdue: unknown,
  riskScore?: unknown,
  lastLevel?: unknown,
  daysSinceContact?: unknown,
  status?: unknown,
  policy?: unknown,
  language?: unknown
): unknown[][] {
  const args = readArgs({ daysOverdue, riskScore, lastLevel, daysSinceContact, status });
  if (isCellError(args)) return single(args);
  const dunning = readPolicy(policy);
  if (isCellError(dunning)) return single(dunning);
  const words = readLanguageArg(language);
  if (isCellError(words)) return single(words);
  // English is nextAction's own text; other languages are built from its reason, once per answer.
  const texts = new Map<NextAction, string>();
  const textOf = (next: NextAction): string => {
    if (words === "en") return next.text;
    let text = texts.get(next);
    if (text === undefined) {
      // Answers outside the memo are new objects per row: keep the map small.
      if (texts.size >= 4096) texts.clear();
      text = nextActionText(next, words);
      texts.set(next, text);
    }
    return text;
  };

  // One input object for the whole call: nextAction reads it and keeps nothing of it. Rows with
  // the same inputs share one answer (memoNextAction, exact), so a column of a million rows
  // computes a few thousand next actions instead of a million.
  const input: NextActionInput = { daysOverdue: 0 };
  const actionOf = memoNextAction(dunning);
  return args.map((cell) => {
    if (cell.daysOverdue === undefined) return "";
    input.daysOverdue = cell.daysOverdue;
    input.riskScore = cell.riskScore;
    input.lastLevel = cell.lastLevel;
    input.daysSinceContact = cell.daysSinceContact;
    input.status = cell.status;
    return textOf(actionOf(input));
  });
}

/**
 * Status of each invoice (see core statusOf) in the language's words ("paid" or "payée"); "" for a
 * blank open amount. With `paid`, the open amount is openAmount minus paid, both read here in the
 * workbook's locale like the pane reads them: the analysis passes a sheet's Amount and Paid cells
 * this way rather than as Excel's D2-E2, which gives #VALUE! for a text amount Excel cannot
 * convert ("1 234,56 €" in an English Excel) while the pane reads it.
 */
export function statusCells(
  openAmount: unknown,
  disputed?: unknown,
  promiseDate?: unknown,
  asOf?: unknown,
  language?: unknown,
  paid?: unknown
): unknown[][] {
  const args = readArgs({ openAmount, disputed, promiseDate, asOf, paid });
  if (isCellError(args)) return single(args);
  const words = readLanguageArg(language);
  if (isCellError(words)) return single(words);
  const names = SHEET_WORDS[words].status;

  let now: Day | undefined;
  return args.map((cell) => {
    if (cell.openAmount === undefined) return "";
    const owed = cell.openAmount - (cell.paid ?? 0);
    const state = statusOf(
      owed,
      cell.disputed === true,
      cell.promiseDate,
      cell.asOf ?? (now ??= today())
    );
    return state === "" ? "" : names[state];
  });
}

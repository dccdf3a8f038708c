import { statusOf } from "../core/policy/invoiceStatus";
import { ladderFromRange } from "../core/policy/ladderFromRange";
import { memoNextAction } from "../core/policy/memoNextAction";
import {
  type DunningPolicy,
  type InvoiceStatus,
  type NextAction,
  type NextActionInput,
} from "../core/policy/nextAction";
import type { Day } from "../core/types";
import { nextActionText, SHEET_WORDS } from "../core/sheet/sheetWords";
import { describeValue } from "../core/values/describeValue";
import { parsed, refused } from "../core/values/parsed";
import { CellArg, cellArg, isError, shapeOf, type CellReader } from "./cellArg";
import { today } from "./clock";
import { functionsDateOrder } from "./functionsLocale";
import { invalidValue, isCellError, type CellError } from "./errors";
import { single, toGrid } from "./grid";
import { readLanguageArg } from "./readLanguage";
import {
  dayReader,
  readBoolean,
  readCount,
  readNonNegative,
  readNumber,
  readScore,
} from "./readers";

/** CREDIT.STATUS and CREDIT.NEXTACTION over cells and ranges. */

/** Status words as users type them, English and French, lower case without accents. */
const STATUS_WORDS: ReadonlyMap<string, InvoiceStatus> = new Map<string, InvoiceStatus>([
  ["disputed", "disputed"],
  ["dispute", "disputed"],
  ["litige", "disputed"],
  ["en litige", "disputed"],
  ["promise", "promise"],
  ["promesse", "promise"],
  ["broken promise", "broken promise"],
  ["promesse non tenue", "broken promise"],
  ["promesse rompue", "broken promise"],
  ["paid", "paid"],
  ["paye", "paid"],
  ["payee", "paid"],
  ["regle", "paid"],
  ["reglee", "paid"],
  ["solde", "paid"],
  ["soldee", "paid"],
]);

/** A status cell: blank, disputed, promise, broken promise or paid (or the French words). */
export const readStatus: CellReader<InvoiceStatus> = (value) => {
  if (typeof value === "string") {
    const word = value
      .trim()
      .toLowerCase()
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/\s+/g, " ");
    const status = STATUS_WORDS.get(word);
    if (status) return parsed(status);
  }
  return refused(
    `${describeValue(value)} is not a status (leave blank, or disputed, promise, broken promise, paid)`
  );
};

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
  const days = cellArg("daysOverdue", daysOverdue, readNumber);
  if (!(days instanceof CellArg)) return single(days);
  const score = cellArg("riskScore", riskScore, readScore);
  if (!(score instanceof CellArg)) return single(score);
  const level = cellArg("lastLevel", lastLevel, readCount);
  if (!(level instanceof CellArg)) return single(level);
  const since = cellArg("daysSinceContact", daysSinceContact, readNonNegative);
  if (!(since instanceof CellArg)) return single(since);
  const state = cellArg("status", status, readStatus);
  if (!(state instanceof CellArg)) return single(state);
  const shape = shapeOf([days, score, level, since, state]);
  if (isCellError(shape)) return single(shape);
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
  // isError read once per call: compiled to CommonJS (tsx, jest) each use of an import is a load
  // through the module's export getters, which a million-row loop would pay per cell.
  const failed = isError;
  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const d = days.at(r, c);
      const s = score.at(r, c);
      const l = level.at(r, c);
      const n = since.at(r, c);
      const st = state.at(r, c);
      if (failed(d)) row[c] = d;
      else if (failed(s)) row[c] = s;
      else if (failed(l)) row[c] = l;
      else if (failed(n)) row[c] = n;
      else if (failed(st)) row[c] = st;
      else if (d === undefined) row[c] = "";
      else {
        input.daysOverdue = d;
        input.riskScore = s;
        input.lastLevel = l;
        input.daysSinceContact = n;
        input.status = st;
        row[c] = textOf(actionOf(input));
      }
    }
    out[r] = row;
  }
  return out;
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
  const readDay = dayReader(functionsDateOrder());
  const open = cellArg("openAmount", openAmount, readNumber);
  if (!(open instanceof CellArg)) return single(open);
  const paidArg = cellArg("paid", paid, readNumber);
  if (!(paidArg instanceof CellArg)) return single(paidArg);
  const dispute = cellArg("disputed", disputed, readBoolean);
  if (!(dispute instanceof CellArg)) return single(dispute);
  const promise = cellArg("promiseDate", promiseDate, readDay);
  if (!(promise instanceof CellArg)) return single(promise);
  const asOfArg = cellArg("asOf", asOf, readDay);
  if (!(asOfArg instanceof CellArg)) return single(asOfArg);
  const shape = shapeOf([open, dispute, promise, asOfArg, paidArg]);
  if (isCellError(shape)) return single(shape);
  const words = readLanguageArg(language);
  if (isCellError(words)) return single(words);
  const names = SHEET_WORDS[words].status;

  let now: Day | undefined;
  const out = new Array<unknown[]>(shape.rows);
  for (let r = 0; r < shape.rows; r++) {
    const row = new Array<unknown>(shape.cols);
    for (let c = 0; c < shape.cols; c++) {
      const o = open.at(r, c);
      const x = dispute.at(r, c);
      const p = promise.at(r, c);
      const a = asOfArg.at(r, c);
      const settled = paidArg.at(r, c);
      if (isError(o)) row[c] = o;
      else if (isError(x)) row[c] = x;
      else if (isError(p)) row[c] = p;
      else if (isError(a)) row[c] = a;
      else if (isError(settled)) row[c] = settled;
      else if (o === undefined) row[c] = "";
      else {
        const state = statusOf(o - (settled ?? 0), x === true, p, a ?? (now ??= today()));
        row[c] = state === "" ? "" : names[state];
      }
    }
    out[r] = row;
  }
  return out;
}

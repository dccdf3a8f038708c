import { bucketLabels } from "../ageing/ageBucket";
import { RISK_CLASS_FLOORS } from "../risk/riskClass";
import type { Language } from "../types";
import { textPaid } from "./textPaid";
import { paidWordIn, SHEET_WORDS } from "./sheetWords";
import type { ColumnKey } from "../workbook";
import {
  AS_OF_NAME,
  HISTORY_CUSTOMER_NAME,
  HISTORY_NAMES,
  POLICY_NAME,
  type AnalysisArg,
  type AnalysisCall,
  type AnalysisColumn,
  type AnalysisColumnId,
  type HistoryField,
  type MemoryColumnId,
} from "./analysisColumns";

/** How a formula refers to the cells of its own row. */
export interface RowRefs {
  /** The row's cell of a mapped column, or undefined when the sheet has none. */
  column(key: ColumnKey): string | undefined;
  analysis(id: AnalysisColumnId): string;
  /** The row's cell of the add-in's reminder memory column, when the sheet has it. */
  memory?(id: MemoryColumnId): string | undefined;
}

export interface RenderContext {
  refs: RowRefs;
  bucketBounds: readonly number[];
  /** Whether the history has credit-limit use (the sheet has a credit-limit column). */
  hasCreditUse: boolean;
  /** The workbook's language: the words the formulas write (English when absent). */
  language?: Language;
}

/** Namespace of the custom functions (manifest and docs/design.md §5). */
export const FUNCTION_NAMESPACE = "CREDIT";

/**
 * A structured reference to this row's cell of a table column: [@[Due date]] (' # [ ] escaped by ').
 * @example tableRowRef("Due [date]") //=> "[@[Due '[date']]]"
 */
export function tableRowRef(header: string): string {
  return `[@[${header.replace(/(['#[\]])/g, "'$1")}]]`;
}

/** A text constant in a formula: "Current", quotes doubled. */
const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The formula of an analysis column for one row, e.g. =CREDIT.STATUS(...) or, with the paid
 * test, =IF(AND(D2<=0,D2<>""),"",...).
 */
export function renderFormula(spec: AnalysisColumn, context: RenderContext): string {
  const body = renderCompute(spec, context);
  return spec.whenPaid === undefined
    ? `=${body}`
    : `=IF(${paidTest(spec, context)},${quoted(paidWordIn(spec.whenPaid, context.language ?? "en"))},${body})`;
}

function renderCompute(spec: AnalysisColumn, context: RenderContext): string {
  const { compute } = spec;
  const { refs } = context;
  switch (compute.kind) {
    case "call":
      return renderCall(compute, context);
    case "days":
      return daysTo(refs.column(compute.key) ?? '""');
    case "lookup":
      return historyLookup(compute.field, refs);
    case "bucket":
      return bucketOf(refs.analysis(compute.of), context.bucketBounds, context.language ?? "en");
    case "riskClass":
      return riskClassOf(refs.analysis(compute.of), context.language ?? "en");
  }
}

/**
 * Whether the row is paid (open amount 0 or less) by Excel's own functions, no custom-function
 * call; a blank open cell is not paid. Text amounts are not Excel arithmetic's ("1 234,56 €" is
 * #VALUE! in an English Excel): textPaid decides them. An error in either cell shows across the row.
 */
function paidTest(spec: AnalysisColumn, context: RenderContext): string {
  const { refs } = context;
  const paid = paidColumn(refs);
  if (paid) {
    const amount = refs.column("amount") ?? "0";
    return (
      `IF(OR(ISTEXT(${amount}),ISTEXT(${paid})),` +
      `IF(ISERROR(${amount}),${amount},IF(ISERROR(${paid}),${paid},${textPaid(spec.textAmounts, { amount, paid, status: refs.analysis("status"), language: context.language })})),` +
      `${amount}-${paid}<=0)`
    );
  }
  const open = openAmount(refs);
  return isCellRef(open) ? `AND(${open}<=0,${open}<>"")` : `${open}<=0`;
}

/** The paid column's reference when the open amount is amount minus paid (no open column). */
function paidColumn(refs: RowRefs): string | undefined {
  return refs.column("open") ? undefined : refs.column("paid");
}

/** A single cell's reference (A1 with the row token, or a table's [@[Column]]), not an expression. */
function isCellRef(formula: string): boolean {
  return /^(\[@\[.*\]\]|[A-Z]+\d*)$/.test(formula.split(ROW_TOKEN).join(""));
}

/** The open amount as CREDIT.STATUS gets it (paid, if any, follows as its last argument). */
function openAmount(refs: RowRefs): string {
  const open = refs.column("open");
  if (open) return open;
  const amount = refs.column("amount") ?? "0";
  if (refs.column("paid")) return amount;
  const paidDate = refs.column("paidDate");
  if (paidDate) return `IF(ISBLANK(${paidDate}),${amount},0)`;
  return amount;
}

/** A cell where 0 is a value: a blank one passed as "", never as the 0 some builds send. */
const blankAsText = (ref: string): string => `IF(ISBLANK(${ref}),"",${ref})`;

/**
 * Days from a date cell to as-of (CREDIT.DAYSOVERDUE's answer): a number is an Excel date and
 * needs no call, a blank gives "", and only text goes to CREDIT.DAYSOVERDUE, which reads text
 * dates in the workbook's order and says why one is not a date.
 */
function daysTo(ref: string, textLeftBlank = false): string {
  if (textLeftBlank) return `IF(ISNUMBER(${ref}),${AS_OF_NAME}-INT(${ref}),"")`;
  return (
    `IF(ISNUMBER(${ref}),${AS_OF_NAME}-INT(${ref}),` +
    `IF(ISBLANK(${ref}),"",${FUNCTION_NAMESPACE}.DAYSOVERDUE(${ref},${AS_OF_NAME})))`
  );
}

/** The ageing label of a number of days, as CREDIT.AGEBUCKET gives it; "" for "". */
function bucketOf(days: string, bounds: readonly number[], language: Language): string {
  const labels = [SHEET_WORDS[language].current, ...bucketLabels(bounds).slice(1)];
  let formula = quoted(labels[labels.length - 1]);
  for (let i = bounds.length - 1; i >= 0; i--) {
    formula = `IF(${days}<=${bounds[i]},${quoted(labels[i + 1])},${formula})`;
  }
  return `IF(${days}="","",IF(${days}<=0,${quoted(labels[0])},${formula}))`;
}

/** The risk class of a score, as CREDIT.RISKCLASS gives it; "" for "". */
function riskClassOf(score: string, language: Language): string {
  const { Medium, High, Critical } = RISK_CLASS_FLOORS;
  const name = SHEET_WORDS[language].riskClass;
  return (
    `IF(${score}="","",IF(${score}<${Medium},${quoted(name.Low)},IF(${score}<${High},${quoted(name.Medium)},` +
    `IF(${score}<${Critical},${quoted(name.High)},${quoted(name.Critical)}))))`
  );
}

/**
 * The row's customer's figure on the history sheet, "" when the customer has none. XLOOKUP:
 * exact match without wildcards (a customer "A*B" must not match "AxB"). A figure the history
 * does not have is the formula ="" there, not an empty cell: XLOOKUP gives an empty cell as 0,
 * which would score an unknown payer as a perfect one (historySheetLayout).
 */
function historyLookup(field: HistoryField, refs: RowRefs): string {
  const customer = refs.column("customer") ?? '""';
  return `XLOOKUP(${customer},${HISTORY_CUSTOMER_NAME},${HISTORY_NAMES[field]},"")`;
}

function renderCall(call: AnalysisCall, context: RenderContext): string {
  const args = call.args.map((arg) => renderArg(arg, context));
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `${FUNCTION_NAMESPACE}.${call.fn}(${args.join(",")})`;
}

function renderArg(arg: AnalysisArg, context: RenderContext): string {
  const { refs } = context;
  switch (arg.kind) {
    case "column": {
      const ref = refs.column(arg.key);
      if (!ref) return "";
      return arg.zeroIsValue ? blankAsText(ref) : ref;
    }
    case "analysis":
      return refs.analysis(arg.id);
    case "asOf":
      return AS_OF_NAME;
    case "open": {
      const open = openAmount(refs);
      return isCellRef(open) ? blankAsText(open) : open;
    }
    case "paidAmount":
      return paidColumn(refs) ?? "";
    case "days": {
      const ref = refs.column(arg.key);
      return ref ? daysTo(ref, arg.textLeftBlank) : "";
    }
    case "policy":
      return POLICY_NAME;
    case "history":
      return arg.field === "creditUse" && !context.hasCreditUse
        ? ""
        : historyLookup(arg.field, refs);
    case "contact":
      return arg.what === "level" ? contactLevel(refs) : contactDaysSince(refs);
    case "language":
      // English is the functions' default: an English workbook's formulas stay as short as before.
      return context.language === undefined || context.language === "en"
        ? ""
        : quoted(context.language);
    case "call":
      return renderCall(arg, context);
  }
}

/**
 * The test "the add-in's record is the one to use" when the sheet has both memories: its date is
 * set and not before the user's (N() reads a blank or a text as 0, so a user's date typed as text
 * loses to any record of the add-in). Mirrors contactMemory.
 */
function memoryWins(memoryDate: string, userDate: string | undefined): string {
  return userDate ? `N(${memoryDate})>=MAX(1,N(${userDate}))` : `N(${memoryDate})>0`;
}

function contactLevel(refs: RowRefs): string {
  const userLevel = refs.column("lastLevel");
  const userDate = refs.column("lastReminder");
  const level = refs.memory?.("lastLevel");
  const date = refs.memory?.("lastReminder");
  if (!level || !date) return userLevel ? blankAsText(userLevel) : "";
  if (!userLevel && !userDate) return blankAsText(level);
  // IF hands a blank cell on as 0, which is a level: a blank user's level stays blank.
  const user = userLevel ? `IF(ISBLANK(${userLevel}),"",${userLevel})` : '""';
  return `IF(${memoryWins(date, userDate)},${blankAsText(level)},${user})`;
}

function contactDaysSince(refs: RowRefs): string {
  const userDate = refs.column("lastReminder");
  const date = refs.memory?.("lastReminder");
  if (!date || !refs.memory?.("lastLevel")) return userDate ? daysTo(userDate) : "";
  if (!userDate && !refs.column("lastLevel")) return daysTo(date);
  const user = userDate ? daysTo(userDate) : '""';
  return `IF(${memoryWins(date, userDate)},${daysTo(date)},${user})`;
}

/** Marks the row number in a formula template: one template per column, filled per row. */
export const ROW_TOKEN = "\u0001";

/** A formula template per row filled with the row number: fast for a million rows. */
export function fillRow(templateParts: readonly string[], row: number): string {
  return templateParts.join(String(row));
}

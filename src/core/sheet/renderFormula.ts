import type { ColumnKey } from "../workbook";
import {
  AS_OF_NAME,
  HISTORY_CUSTOMER_NAME,
  HISTORY_NAMES,
  PAID_STATUS,
  POLICY_NAME,
  STATUS_COLUMN_ID,
  type AnalysisArg,
  type AnalysisCall,
  type AnalysisColumn,
  type AnalysisColumnId,
  type HistoryField,
} from "./analysisColumns";

/** How a formula refers to the cells of its own row. */
export interface RowRefs {
  /** The row's cell of a mapped column, or undefined when the sheet has none. */
  column(key: ColumnKey): string | undefined;
  analysis(id: AnalysisColumnId): string;
}

export interface RenderContext {
  refs: RowRefs;
  bucketBounds: readonly number[];
  /** Whether the history has credit-limit use (the sheet has a credit-limit column). */
  hasCreditUse: boolean;
}

/** Namespace of the custom functions (manifest and DESIGN section 5). */
export const FUNCTION_NAMESPACE = "CREDIT";

/** A structured reference to this row's cell of a table column: [@[Due date]]. */
export function tableRowRef(header: string): string {
  // Inside [ ], the characters ' # [ ] are escaped with a leading apostrophe.
  return `[@[${header.replace(/(['#[\]])/g, "'$1")}]]`;
}

/**
 * The formula of an analysis column for one row, e.g. =CREDIT.DAYSOVERDUE(F2,CC_AsOf), or with
 * the paid guard =IF(K2="paid","",CREDIT.DAYSOVERDUE(F2,CC_AsOf)).
 */
export function renderFormula(spec: AnalysisColumn, context: RenderContext): string {
  const { compute } = spec;
  const body =
    compute.kind === "lookup"
      ? historyLookup(compute.field, context.refs)
      : renderCall(compute, context);
  return spec.blankWhenPaid ? `=${paidGuard(body, context.refs)}` : `=${body}`;
}

/**
 * "" when the row's status is paid, else the body. IF evaluates only the branch it takes, so a
 * paid row costs no custom-function call. Short on purpose: it is sent for every row.
 */
function paidGuard(body: string, refs: RowRefs): string {
  return `IF(${refs.analysis(STATUS_COLUMN_ID)}="${PAID_STATUS}","",${body})`;
}

function renderCall(call: AnalysisCall, context: RenderContext): string {
  const args = call.args.map((arg) => renderArg(arg, context));
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return `${FUNCTION_NAMESPACE}.${call.fn}(${args.join(",")})`;
}

function historyLookup(field: HistoryField, refs: RowRefs): string {
  const customer = refs.column("customer") ?? '""';
  // XLOOKUP: exact match without wildcards (a customer "A*B" must not match "AxB"), "" when absent.
  return `XLOOKUP(${customer},${HISTORY_CUSTOMER_NAME},${HISTORY_NAMES[field]},"")`;
}

/** The open amount as a formula: mirrors readInvoices (open column, else amount - paid...). */
function openAmount(refs: RowRefs): string {
  const open = refs.column("open");
  if (open) return open;
  const amount = refs.column("amount") ?? "0";
  const paid = refs.column("paid");
  if (paid) return `${amount}-${paid}`;
  const paidDate = refs.column("paidDate");
  if (paidDate) return `IF(ISBLANK(${paidDate}),${amount},0)`;
  return amount;
}

function renderArg(arg: AnalysisArg, context: RenderContext): string {
  const { refs } = context;
  switch (arg.kind) {
    case "column":
      return refs.column(arg.key) ?? "";
    case "analysis":
      return refs.analysis(arg.id);
    case "asOf":
      return AS_OF_NAME;
    case "open":
      return openAmount(refs);
    case "daysSince": {
      const date = refs.column(arg.key);
      return date
        ? `IF(ISBLANK(${date}),"",${FUNCTION_NAMESPACE}.DAYSOVERDUE(${date},${AS_OF_NAME}))`
        : "";
    }
    case "bucketBounds":
      return `{${context.bucketBounds.join(",")}}`;
    case "policy":
      return POLICY_NAME;
    case "history":
      return arg.field === "creditUse" && !context.hasCreditUse
        ? ""
        : historyLookup(arg.field, refs);
    case "call":
      return renderCall(arg, context);
  }
}

/** Marks the row number in a formula template: one template per column, filled per row. */
export const ROW_TOKEN = "\u0001";

/** A formula template per row filled with the row number: fast for a million rows. */
export function fillRow(templateParts: readonly string[], row: number): string {
  return templateParts.join(String(row));
}

import {
  PAID_STATUS,
  STATUS_COLUMN_ID,
  type AnalysisArg,
  type AnalysisColumn,
  type AnalysisColumnId,
} from "../core/sheet/analysisColumns";
import type { HistoryLine } from "../core/sheet/historySheet";
import type { DunningLevel } from "../core/types";
import { isBlank } from "../core/values/isBlank";
import type { ColumnKey } from "../core/workbook";
import { isCellError, type CellError } from "../functions/errors";
import { implementations } from "../functions/registry";

/** What the evaluation of one row needs: the row's own cells and the workbook's named data. */
export interface EvaluationContext {
  /** The row's cell of a mapped column (undefined when the sheet has no such column). */
  cell(key: ColumnKey): unknown;
  /** Whether the sheet has the column. */
  has(key: ColumnKey): boolean;
  asOf: number;
  bucketBounds: readonly number[];
  ladder: readonly DunningLevel[];
  /** History lines by customer name, lower case (XLOOKUP ignores case). */
  history: ReadonlyMap<string, HistoryLine>;
  hasCreditUse: boolean;
}

const VALUE_ERROR: CellError = {
  code: "#VALUE!",
  message: "a value used in the formula is not a number",
};

/** Excel's ISBLANK-or-empty for a cell a formula reads. */
const blank = (v: unknown): boolean => isBlank(v);

/** Excel's arithmetic on a cell: blank is 0, a number is itself, anything else is #VALUE!. */
function numberOf(v: unknown): number | CellError {
  if (blank(v)) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  return VALUE_ERROR;
}

/**
 * Evaluate the analysis columns for one row the way Excel evaluates the rendered formulas: the
 * same CREDIT.* implementations with the same arguments (left-out arguments as null), errors in
 * an argument propagated like Excel does. Returns the value per column id.
 */
export function evaluateRow(
  specs: readonly AnalysisColumn[],
  context: EvaluationContext
): Map<AnalysisColumnId, unknown> {
  const values = new Map<AnalysisColumnId, unknown>();
  const byId = new Map(specs.map((spec) => [spec.id, spec]));

  const lookup = (field: keyof Omit<HistoryLine, "customer">): unknown => {
    const customer = context.cell("customer");
    const line = blank(customer) ? undefined : context.history.get(String(customer).toLowerCase());
    return line?.[field] ?? "";
  };

  const call = (fn: string, args: unknown[]): unknown => {
    const error = args.find((a) => isCellError(a));
    if (error) return error;
    const result = implementations[fn](...args);
    return result[0]?.[0] ?? null;
  };

  const arg = (a: AnalysisArg): unknown => {
    switch (a.kind) {
      case "column":
        return context.has(a.key) ? context.cell(a.key) : null;
      case "analysis":
        return valueOf(a.id);
      case "asOf":
        return context.asOf;
      case "open": {
        if (context.has("open")) return context.cell("open");
        const amount = context.cell("amount");
        if (context.has("paid")) {
          const gross = numberOf(amount);
          const paid = numberOf(context.cell("paid"));
          if (isCellError(gross)) return gross;
          if (isCellError(paid)) return paid;
          return gross - paid;
        }
        if (context.has("paidDate")) return blank(context.cell("paidDate")) ? amount : 0;
        return amount;
      }
      case "daysSince": {
        if (!context.has(a.key)) return null;
        const date = context.cell(a.key);
        return blank(date) ? "" : call("DAYSOVERDUE", [date, context.asOf]);
      }
      case "bucketBounds":
        return [[...context.bucketBounds]];
      case "policy":
        return context.ladder.map((l) => [l.fromDay, l.action, l.channel, l.tone]);
      case "history":
        return a.field === "creditUse" && !context.hasCreditUse ? null : lookup(a.field);
      case "call":
        return call(a.fn, a.args.map(arg));
    }
  };

  /**
   * The paid guard, IF(status="paid",...): Excel's = on text ignores case and passes an error of
   * Status on. Status is computed first (on demand), wherever its column is.
   */
  const paidGuard = (): "" | CellError | undefined => {
    const status = valueOf(STATUS_COLUMN_ID);
    if (isCellError(status)) return status;
    return typeof status === "string" && status.toLowerCase() === PAID_STATUS ? "" : undefined;
  };

  function valueOf(id: AnalysisColumnId): unknown {
    if (values.has(id)) return values.get(id);
    const spec = byId.get(id) as AnalysisColumn;
    const { compute } = spec;
    const value =
      (spec.blankWhenPaid ? paidGuard() : undefined) ??
      (compute.kind === "lookup" ? lookup(compute.field) : call(compute.fn, compute.args.map(arg)));
    values.set(id, value);
    return value;
  }

  for (const spec of specs) valueOf(spec.id);
  return values;
}

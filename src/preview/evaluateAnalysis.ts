import { bucketLabels, ageBucketIndex } from "../core/ageing/ageBucket";
import { riskClass } from "../core/risk/riskClass";
import { paidWordIn, SHEET_WORDS } from "../core/sheet/sheetWords";
import type {
  AnalysisArg,
  AnalysisCall,
  AnalysisColumn,
  AnalysisColumnId,
  HistoryField,
  MemoryColumnId,
} from "../core/sheet/analysisColumns";
import { PAID_STATUS } from "../core/sheet/analysisColumns";
import { nativeAmount } from "../core/sheet/nativeAmount";
import { historyKey, type HistoryLine } from "../core/sheet/historySheet";
import type { DunningLevel, Language } from "../core/types";
import type { ColumnKey } from "../core/workbook";
import { isCellError, type CellError } from "../functions/errors";
import { implementations } from "../functions/registry";
import { atMostZero, errorIn, isEmptyCell, isEmptyText, isNumber, numberOf } from "./excelValues";

/** What the evaluation of one row needs: the row's own cells and the workbook's named data. */
export interface EvaluationContext {
  /** The row's cell of a mapped column (undefined when the sheet has no such column). */
  cell(key: ColumnKey): unknown;
  /** Whether the sheet has the column. */
  has(key: ColumnKey): boolean;
  asOf: number;
  bucketBounds: readonly number[];
  ladder: readonly DunningLevel[];
  /** History lines by historyKey of the customer (XLOOKUP: numbers by value, text ignoring case). */
  history: ReadonlyMap<string, HistoryLine>;
  hasCreditUse: boolean;
  /** The row's cell of the add-in's reminder memory column; undefined when the sheet has none. */
  memory?(id: MemoryColumnId): unknown;
  /** The workbook's language: the words of the cells (English when absent). */
  language?: Language;
}

/**
 * Evaluate the analysis columns for one row the way Excel evaluates the rendered formulas
 * (renderFormula): Excel's own IF, comparisons and lookups with its rules for blanks, text and
 * errors, and the same CREDIT.* implementations called the way Excel calls them (a left-out
 * argument or an empty cell as null; an argument holding an error is not passed: the cell shows
 * the error). Returns the value per column id.
 */
export function evaluateRow(
  specs: readonly AnalysisColumn[],
  context: EvaluationContext
): Map<AnalysisColumnId, unknown> {
  const values = new Map<AnalysisColumnId, unknown>();
  const byId = new Map(specs.map((spec) => [spec.id, spec]));
  const language: Language = context.language ?? "en";
  const column = (key: ColumnKey): unknown => (context.has(key) ? context.cell(key) : null);

  const lookup = (field: HistoryField): unknown => {
    const customer = column("customer");
    const error = errorIn(customer);
    if (error) return error;
    const key = historyKey(customer);
    return (key === undefined ? undefined : context.history.get(key)?.[field]) ?? "";
  };

  const call = (fn: string, args: unknown[]): unknown => {
    for (const a of args) {
      const error = errorIn(a);
      if (error) return error;
    }
    const result = implementations[fn](...args);
    return result[0]?.[0] ?? null;
  };

  /** Whether the open amount is amount minus paid (renderFormula's paidColumn). */
  const minusPaid = context.has("paid") && !context.has("open");

  /** The open amount's value, and whether it is a single cell (see renderFormula's openAmount). */
  const open = (): { value: unknown; cell: boolean } => {
    if (context.has("open")) return { value: column("open"), cell: true };
    const amount = column("amount");
    if (minusPaid) return { value: amount, cell: context.has("amount") };
    if (context.has("paidDate")) {
      const paidDate = column("paidDate");
      const error = errorIn(paidDate);
      return { value: error ?? (isEmptyCell(paidDate) ? amount : 0), cell: false };
    }
    return { value: amount, cell: context.has("amount") };
  };

  /**
   * Amount minus paid at most 0, by Excel's arithmetic when neither cell is text; else as the
   * column's textAmounts says (renderFormula's textPaid), an error in either cell passing on.
   */
  const paidMinusPaid = (spec: AnalysisColumn): boolean | CellError => {
    const amount = column("amount");
    const settled = column("paid");
    const isText = (v: unknown) => typeof v === "string" && errorIn(v) === undefined;
    if (isText(amount) || isText(settled)) {
      return errorIn(amount) ?? errorIn(settled) ?? textPaid(spec, amount, settled);
    }
    const gross = numberOf(amount);
    const paid = numberOf(settled);
    return atMostZero(errorIn(gross) ?? errorIn(paid) ?? (gross as number) - (paid as number));
  };

  const textPaid = (spec: AnalysisColumn, amount: unknown, settled: unknown): boolean => {
    if (spec.textAmounts === "status") {
      return valueOf("status") === paidWordIn(PAID_STATUS, language);
    }
    if (spec.textAmounts !== "native") return false;
    const read = (v: unknown) => (isNumber(v) ? v : typeof v === "string" ? nativeAmount(v) : "");
    const [gross, paid] = [read(amount), isEmptyCell(settled) ? 0 : read(settled)];
    return gross !== "" && paid !== "" && gross - paid <= 0;
  };

  /** AND(x<=0,x<>"") for a cell, x<=0 for an expression: Excel passes the first error on. */
  const paid = (spec: AnalysisColumn): boolean | CellError => {
    if (minusPaid) return paidMinusPaid(spec);
    const { value, cell } = open();
    const atMost = atMostZero(value);
    if (!cell || isCellError(atMost)) return atMost;
    const empty = isEmptyText(value);
    return isCellError(empty) ? empty : atMost && !empty;
  };

  const days = (key: ColumnKey, textLeftBlank = false): unknown => {
    const date = column(key);
    if (isNumber(date)) return context.asOf - Math.floor(date);
    if (isEmptyCell(date) || textLeftBlank) return "";
    return call("DAYSOVERDUE", [date, context.asOf]);
  };

  const arg = (a: AnalysisArg): unknown => {
    switch (a.kind) {
      case "column": {
        if (!context.has(a.key)) return null;
        const value = column(a.key);
        return a.zeroIsValue && isEmptyCell(value) ? "" : value;
      }
      case "analysis":
        return valueOf(a.id);
      case "asOf":
        return context.asOf;
      case "open": {
        const { value, cell } = open();
        return cell && isEmptyCell(value) ? "" : value;
      }
      case "paidAmount":
        return minusPaid ? column("paid") : null;
      case "days":
        return context.has(a.key) ? days(a.key, a.textLeftBlank) : null;
      case "policy":
        return context.ladder.map((l) => [l.fromDay, l.action, l.channel, l.tone]);
      case "history":
        return a.field === "creditUse" && !context.hasCreditUse ? null : lookup(a.field);
      case "contact":
        return contact(a.what);
      case "language":
        return context.language ?? null;
      case "call":
        return callOf(a);
    }
  };

  /** Days from a date value to as-of, as renderFormula's daysTo does it. */
  const daysFrom = (date: unknown): unknown => {
    if (isNumber(date)) return context.asOf - Math.floor(date);
    if (isEmptyCell(date)) return "";
    return call("DAYSOVERDUE", [date, context.asOf]);
  };

  /** As renderFormula's contact argument: the add-in's record when it is the later one. */
  const contact = (what: "level" | "daysSince"): unknown => {
    const hasUser = context.has("lastReminder") || context.has("lastLevel");
    const memoryDate = context.memory?.("lastReminder");
    const user = (): unknown => {
      const key = what === "level" ? "lastLevel" : "lastReminder";
      if (!context.has(key)) return memoryDate === undefined ? null : "";
      const value = context.cell(key);
      return what === "level" ? (isEmptyCell(value) ? "" : value) : daysFrom(value);
    };
    if (memoryDate === undefined || context.memory?.("lastLevel") === undefined) return user();
    const level = () => {
      const value = context.memory?.("lastLevel");
      return isEmptyCell(value) ? "" : value;
    };
    if (!hasUser) return what === "level" ? level() : daysFrom(memoryDate);
    const n = (v: unknown) => (typeof v === "number" ? v : 0);
    const userDate = context.has("lastReminder") ? context.cell("lastReminder") : 0;
    if (n(memoryDate) < Math.max(1, n(userDate))) return user();
    return what === "level" ? level() : daysFrom(memoryDate);
  };

  const callOf = (c: AnalysisCall): unknown => call(c.fn, c.args.map(arg));

  const bucket = (value: unknown): unknown => {
    const error = errorIn(value);
    if (error || value === "") return error ?? "";
    const bounds = context.bucketBounds;
    const index = ageBucketIndex(numberOf(value) as number, bounds);
    return index === 0 ? SHEET_WORDS[language].current : bucketLabels(bounds)[index];
  };

  const classOf = (value: unknown): unknown => {
    const error = errorIn(value);
    if (error || value === "") return error ?? "";
    return SHEET_WORDS[language].riskClass[riskClass(numberOf(value) as number)];
  };

  const compute = (spec: AnalysisColumn): unknown => {
    const { compute: how } = spec;
    switch (how.kind) {
      case "call":
        return callOf(how);
      case "days":
        return context.has(how.key) ? days(how.key) : "";
      case "lookup":
        return lookup(how.field);
      case "bucket":
        return bucket(valueOf(how.of));
      case "riskClass":
        return classOf(valueOf(how.of));
    }
  };

  function valueOf(id: AnalysisColumnId): unknown {
    if (values.has(id)) return values.get(id);
    const spec = byId.get(id) as AnalysisColumn;
    let value: unknown;
    if (spec.whenPaid === undefined) value = compute(spec);
    else {
      const isPaid = paid(spec);
      const whenPaid = paidWordIn(spec.whenPaid, language);
      value = isCellError(isPaid) ? isPaid : isPaid ? whenPaid : compute(spec);
    }
    values.set(id, value);
    return value;
  }

  for (const spec of specs) valueOf(spec.id);
  return values;
}

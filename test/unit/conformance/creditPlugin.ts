/**
 * The CREDIT.* functions inside HyperFormula, called the way Excel calls a custom function
 * (tests only: HyperFormula is GPL-3, it never enters a bundle):
 * - a left-out argument is null; a referenced empty cell is null, or 0 on the desktop builds that
 *   send blanks as 0 (office-js #4702, #5262): `blanks` picks one;
 * - an argument holding an error is never passed: functions.json gives no
 *   allowErrorForDataTypeAny, so Excel shows the error without calling the function;
 * - each call is counted per formula cell, for the cost figures of `npm run bench`.
 * IF is replaced by a lazy one, as Excel's IF evaluates only the branch it takes (HyperFormula's
 * evaluates both): the formulas rely on it so that a paid row makes no call.
 */
import {
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { FUNCTION_NAMES, implementations, NAMESPACE } from "../../../src/functions/registry";

/** How a referenced empty cell reaches a custom function. */
export type BlankMode = "null" | "zero";

/** What one engine run records. */
export interface CallLog {
  blanks: BlankMode;
  /** Calls per formula cell ("sheet:row:col", 0-based as HyperFormula counts). */
  calls: Map<string, number>;
}

let current: CallLog = { blanks: "null", calls: new Map() };

/** Start a run: the calls of the engine built next are logged here. */
export function startRun(blanks: BlankMode): CallLog {
  current = { blanks, calls: new Map() };
  return current;
}

type Ast = { type: string; args?: Ast[] };
type State = { formulaAddress: { sheet: number; row: number; col: number } };

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
  "#NUM!": ErrorType.NUM,
  "#REF!": ErrorType.REF,
  "#NAME?": ErrorType.NAME,
};

/** A plain number out of HyperFormula's rich numbers (dates, percents...). */
function raw(value: unknown): unknown {
  if (value === EmptyValue) return current.blanks === "zero" ? 0 : null;
  if (typeof value === "object" && value !== null && "val" in value)
    return (value as { val: number }).val;
  return value;
}

class CreditPlugin extends FunctionPlugin {
  /** Evaluate a call's arguments as Excel hands them over, or the error Excel shows instead. */
  private argumentsOf(ast: Ast, state: State): unknown[] | CellError {
    const args: unknown[] = [];
    for (const arg of ast.args ?? []) {
      if (arg.type === "EMPTY") {
        args.push(null);
        continue;
      }
      const value = this.evaluateAst(arg as never, state as never);
      if (value instanceof CellError) return value;
      if (value instanceof SimpleRangeValue) {
        const rows = value.rawData().map((row) => row.map(raw));
        const error = rows.flat().find((cell) => cell instanceof CellError);
        if (error) return error as CellError;
        args.push(rows);
      } else args.push(raw(value));
    }
    return args;
  }

  call(name: string, ast: Ast, state: State): unknown {
    const args = this.argumentsOf(ast, state);
    if (args instanceof CellError) return args;
    const { sheet, row, col } = state.formulaAddress;
    const key = `${sheet}:${row}:${col}`;
    current.calls.set(key, (current.calls.get(key) ?? 0) + 1);
    const result = implementations[name](...args)[0]?.[0];
    if (typeof result === "object" && result !== null && "code" in result) {
      const { code, message } = result as { code: string; message?: string };
      return new CellError(ERROR_TYPES[code] ?? ErrorType.VALUE, message);
    }
    return result === null || result === undefined ? EmptyValue : result;
  }
}

const ANY_OPTIONAL = { argumentType: FunctionArgumentType.ANY, optionalArg: true };
const implemented: Record<string, object> = {};
const translations: Record<string, string> = {};
for (const name of FUNCTION_NAMES) {
  const id = `${NAMESPACE}.${name}`;
  const method = `credit${name}`;
  implemented[id] = {
    method,
    parameters: Array.from({ length: 8 }, () => ANY_OPTIONAL),
    vectorizationForbidden: true,
  };
  translations[id] = id;
  (CreditPlugin.prototype as unknown as Record<string, unknown>)[method] = function (
    this: CreditPlugin,
    ast: Ast,
    state: State
  ) {
    return this.call(name, ast, state);
  };
}
(CreditPlugin as unknown as { implementedFunctions: object }).implementedFunctions = implemented;

/** Excel's IF: the condition, then only the branch it takes. */
class LazyIfPlugin extends FunctionPlugin {
  lazyIf(ast: Ast, state: State): unknown {
    const [test, then, otherwise] = ast.args ?? [];
    const condition = raw(this.evaluateAst(test as never, state as never));
    if (condition instanceof CellError) return condition;
    let truth: boolean;
    if (typeof condition === "boolean") truth = condition;
    else if (typeof condition === "number") truth = condition !== 0;
    else if (condition === null) truth = false;
    else if (typeof condition === "string" && /^(true|false)$/i.test(condition))
      truth = condition.toLowerCase() === "true";
    else return new CellError(ErrorType.VALUE);
    const branch = truth ? then : otherwise;
    if (branch === undefined || branch.type === "EMPTY") return truth ? true : false;
    return this.evaluateAst(branch as never, state as never);
  }
}
(LazyIfPlugin as unknown as { implementedFunctions: object }).implementedFunctions = {
  IF: {
    method: "lazyIf",
    parameters: [
      { argumentType: FunctionArgumentType.ANY },
      { argumentType: FunctionArgumentType.ANY, optionalArg: true },
      { argumentType: FunctionArgumentType.ANY, optionalArg: true },
    ],
  },
};

HyperFormula.registerFunctionPlugin(CreditPlugin as never, { enGB: translations });
HyperFormula.registerFunctionPlugin(LazyIfPlugin as never);

import { ageBucketCells, daysOverdueCells } from "./ageing";
import { holdCells } from "./hold";
import { ceiCells, dsoCells, dsoCountbackCells } from "./kpi";
import { payDateCells } from "./payDate";
import { penaltyCells } from "./penalty";
import { nextActionCells, statusCells } from "./policy";
import { riskClassCells, riskScoreCells } from "./risk";

/**
 * The CREDIT.* functions as plain JavaScript, keyed by upper-case name: what Excel runs (through
 * functions.ts) and what the preview's in-memory workbook evaluates, so both show the same
 * values and the same #VALUE! messages. Arguments are cells (a value) or ranges (rows of
 * values); left-out arguments are null or undefined. Results are rows of values.
 */
export type CellFunction = (...args: unknown[]) => unknown[][];

export const NAMESPACE = "CREDIT";

export const implementations: Readonly<Record<string, CellFunction>> = {
  DAYSOVERDUE: daysOverdueCells,
  AGEBUCKET: ageBucketCells,
  RISKSCORE: riskScoreCells,
  RISKCLASS: riskClassCells,
  HOLD: holdCells as CellFunction,
  STATUS: statusCells,
  NEXTACTION: nextActionCells,
  PENALTY: penaltyCells as CellFunction,
  PAYDATE: payDateCells,
  DSO: dsoCells as CellFunction,
  DSOCOUNTBACK: dsoCountbackCells as CellFunction,
  CEI: ceiCells as CellFunction,
};

/** Names of the functions, as Excel lists them after the namespace. */
export const FUNCTION_NAMES: readonly string[] = Object.keys(implementations);

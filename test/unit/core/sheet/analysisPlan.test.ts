import { sheetRead } from "../../support/sheetRead";
import {
  ANALYSIS_COLUMNS,
  STATUS_COLUMN_ID,
  type AnalysisArg,
} from "../../../../src/core/sheet/analysisColumns";
import { planAnalysis } from "../../../../src/core/sheet/analysisPlan";
import { fillRow, ROW_TOKEN } from "../../../../src/core/sheet/renderFormula";
import type { SheetRead } from "../../../../src/core/workbook";
import { implementations } from "../../../../src/functions/registry";

/** A read of Customer | Invoice | DueDate | Amount | Paid date, in a table or beside a range. */
function readOf(tableName?: string): SheetRead {
  return sheetRead({
    tableName,
    headers: ["Customer", "Invoice", "DueDate", "Amount", "Paid date"],
    keys: ["customer", "invoiceNumber", "dueDate", "amount", "paidDate"],
  });
}

function formulas(read: SheetRead, row?: number): Record<string, string> {
  const plan = planAnalysis(read, read.headers, [], read.headers.length, {
    bucketBounds: [30, 60, 90],
  });
  return Object.fromEntries(
    plan.columns.map((c) => [
      c.id,
      row === undefined ? c.formula : fillRow(c.formula.split(ROW_TOKEN), row),
    ])
  );
}

describe("planAnalysis: paid rows get blank days overdue, ageing and risk", () => {
  it("guards the four columns with the Status column by structured reference in a table", () => {
    const f = formulas(readOf("Invoices"));
    const guard = 'IF([@[Status]]="paid","",';
    expect(f.daysOverdue).toBe(`=${guard}CREDIT.DAYSOVERDUE([@[DueDate]],CC_AsOf))`);
    expect(f.ageing).toBe(`=${guard}CREDIT.AGEBUCKET([@[DueDate]],CC_AsOf,{30,60,90}))`);
    expect(f.risk).toBe(
      `=${guard}CREDIT.RISKSCORE([@[Days overdue]],[@[Avg days late]],[@[Late share]],,[@[Reminders sent]]))`
    );
    // Risk class needs no guard: RISKCLASS of a blank Risk is blank.
    expect(f.riskClass).toBe("=CREDIT.RISKCLASS([@[Risk]])");
    // Next action reads the days overdue unguarded: a paid invoice reads "None", not "".
    expect(f.nextAction).toBe(
      "=CREDIT.NEXTACTION(CREDIT.DAYSOVERDUE([@[DueDate]],CC_AsOf),[@[Risk]],,,[@[Status]],CC_Policy)"
    );
    expect(f.status).toBe("=CREDIT.STATUS(IF(ISBLANK([@[Paid date]]),[@[Amount]],0),,,CC_AsOf)");
    expect(f.avgDaysLate).toBe('=XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistAvgDaysLate,"")');
  });

  it("guards them with the row's A1 Status cell beside a range", () => {
    // A-E the user's columns, F Days overdue ... J Next action, K Status, L-N history.
    const f = formulas(readOf(), 7);
    const guard = 'IF(K7="paid","",';
    expect(f.daysOverdue).toBe(`=${guard}CREDIT.DAYSOVERDUE(C7,CC_AsOf))`);
    expect(f.ageing).toBe(`=${guard}CREDIT.AGEBUCKET(C7,CC_AsOf,{30,60,90}))`);
    expect(f.risk).toBe(`=${guard}CREDIT.RISKSCORE(F7,L7,M7,,N7))`);
    expect(f.riskClass).toBe("=CREDIT.RISKCLASS(H7)");
    expect(f.nextAction).toBe(
      "=CREDIT.NEXTACTION(CREDIT.DAYSOVERDUE(C7,CC_AsOf),H7,,,K7,CC_Policy)"
    );
    expect(f.status).toBe("=CREDIT.STATUS(IF(ISBLANK(E7),D7,0),,,CC_AsOf)");
    expect(f.lateShare).toBe('=XLOOKUP(A7,CC_HistCustomer,CC_HistLateShare,"")');
  });

  it("guards days overdue, ageing and risk; Risk class follows Risk", () => {
    expect(ANALYSIS_COLUMNS.filter((c) => c.blankWhenPaid).map((c) => c.id)).toEqual([
      "daysOverdue",
      "ageing",
      "risk",
    ]);
    expect(implementations.RISKCLASS("")).toEqual([[""]]);
  });
});

describe("ANALYSIS_COLUMNS", () => {
  const analysisIds = (args: readonly AnalysisArg[]): string[] =>
    args.flatMap((a) =>
      a.kind === "analysis" ? [a.id] : a.kind === "call" ? analysisIds(a.args) : []
    );
  const byId = new Map(ANALYSIS_COLUMNS.map((c) => [c.id, c]));
  const dependsOn = (id: string, seen = new Set<string>()): Set<string> => {
    const compute = byId.get(id as (typeof ANALYSIS_COLUMNS)[number]["id"])?.compute;
    for (const dep of compute?.kind === "call" ? analysisIds(compute.args) : []) {
      if (!seen.has(dep)) {
        seen.add(dep);
        dependsOn(dep, seen);
      }
    }
    return seen;
  };

  it("has a Status that depends on no guarded column (no circular reference)", () => {
    const status = byId.get(STATUS_COLUMN_ID);
    expect(status?.blankWhenPaid).toBeFalsy();
    const guarded = new Set(ANALYSIS_COLUMNS.filter((c) => c.blankWhenPaid).map((c) => c.id));
    expect([...dependsOn(STATUS_COLUMN_ID)].filter((id) => guarded.has(id as never))).toEqual([]);
  });

  it("passes no whole column to a per-row function: every reference is the row's own cell", () => {
    for (const mode of ["Invoices", undefined]) {
      for (const formula of Object.values(formulas(readOf(mode), 12))) {
        // A1 ranges (C:C, C2:C9) or structured column references without @ ([DueDate]).
        expect(formula).not.toMatch(/\b[A-Z]{1,3}\d*:[A-Z]{1,3}\d*\b/);
        expect(formula).not.toMatch(/(^|[^@[])\[(?!@)[^\]]+\]/);
      }
    }
  });
});

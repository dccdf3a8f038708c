import { sheetRead } from "../../support/sheetRead";
import { ANALYSIS_COLUMNS, type AnalysisArg } from "../../../../src/core/sheet/analysisColumns";
import { planAnalysis } from "../../../../src/core/sheet/analysisPlan";
import { fillRow, ROW_TOKEN } from "../../../../src/core/sheet/renderFormula";
import type { SheetRead } from "../../../../src/core/workbook";

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

describe("planAnalysis: paid rows are told by Excel arithmetic, with no CREDIT.* call", () => {
  it("writes the paid test and the row's cells by structured reference in a table", () => {
    const f = formulas(readOf("Invoices"));
    const paid = "IF(IF(ISBLANK([@[Paid date]]),[@[Amount]],0)<=0,";
    const due = "[@[DueDate]]";
    const days = `IF(ISNUMBER(${due}),CC_AsOf-INT(${due}),IF(ISBLANK(${due}),"",CREDIT.DAYSOVERDUE(${due},CC_AsOf)))`;
    expect(f.daysOverdue).toBe(`=${paid}"",${days})`);
    expect(f.ageing).toMatch(
      /^=IF\(\[@\[Days overdue\]\]="","",IF\(\[@\[Days overdue\]\]<=0,"Current"/
    );
    // Risk counts its own days: it reads no custom-function cell, and a text due date is read
    // by the score's own call (its dueDate and asOf arguments), not by a nested DAYSOVERDUE.
    expect(f.risk).toBe(
      `=${paid}"",CREDIT.RISKSCORE(IF(ISNUMBER(${due}),CC_AsOf-INT(${due}),""),[@[Avg days late]],[@[Late share]],,[@[Reminders sent]],,XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistUsualDelay,""),XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistSevereLate,""),XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistSettled,""),${due},CC_AsOf))`
    );
    expect(f.riskClass).toMatch(/^=IF\(\[@\[Risk\]\]="","",IF\(\[@\[Risk\]\]<25,"Low"/);
    expect(f.nextAction).toBe(
      `=${paid}"None",CREDIT.NEXTACTION([@[Days overdue]],[@[Risk]],,,[@[Status]],CC_Policy))`
    );
    expect(f.status).toBe(
      `=${paid}"paid",CREDIT.STATUS(IF(ISBLANK([@[Paid date]]),[@[Amount]],0),,,CC_AsOf))`
    );
    expect(f.avgDaysLate).toBe('=XLOOKUP([@[Customer]],CC_HistCustomer,CC_HistAvgDaysLate,"")');
  });

  it("writes the row's A1 cells beside a range", () => {
    // A-E the user's columns, F Days overdue ... J Next action, K Status, L-N history.
    const f = formulas(readOf(), 7);
    const paid = "IF(IF(ISBLANK(E7),D7,0)<=0,";
    expect(f.daysOverdue).toBe(
      `=${paid}"",IF(ISNUMBER(C7),CC_AsOf-INT(C7),IF(ISBLANK(C7),"",CREDIT.DAYSOVERDUE(C7,CC_AsOf))))`
    );
    expect(f.nextAction).toBe(`=${paid}"None",CREDIT.NEXTACTION(F7,H7,,,K7,CC_Policy))`);
    expect(f.status).toBe(`=${paid}"paid",CREDIT.STATUS(IF(ISBLANK(E7),D7,0),,,CC_AsOf))`);
    expect(f.riskClass).toBe(
      '=IF(H7="","",IF(H7<25,"Low",IF(H7<50,"Medium",IF(H7<75,"High","Critical"))))'
    );
  });

  it("gives days overdue, risk, next action and status a paid value; ageing and class follow", () => {
    expect(ANALYSIS_COLUMNS.filter((c) => c.whenPaid !== undefined).map((c) => c.id)).toEqual([
      "daysOverdue",
      "risk",
      "nextAction",
      "status",
    ]);
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

  it("has a Status that depends on no other analysis column (no circular reference)", () => {
    expect([...dependsOn("status")]).toEqual([]);
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

import { ANALYSIS_COLUMNS, type AnalysisColumnId } from "../../../src/core/sheet/analysisColumns";
import type { HistoryLine } from "../../../src/core/sheet/historySheet";
import { DEFAULT_LADDER } from "../../../src/core/policy/defaultLadder";
import type { ColumnKey } from "../../../src/core/workbook";
import { implementations } from "../../../src/functions/registry";
import { evaluateRow } from "../../../src/preview/evaluateAnalysis";

const AS_OF = 45383; // 2024-04-01

/** The analysis of one row with the given cells (keys not given: the sheet has no such column). */
function analyse(cells: Partial<Record<ColumnKey, unknown>>): Record<AnalysisColumnId, unknown> {
  const history = new Map<string, HistoryLine>([
    ["'acme", { customer: "ACME", avgDaysLate: 30, lateShare: 1, remindersSent: 0 }],
    ["#1001", { customer: 1001, remindersSent: 2 }],
  ]);
  const values = evaluateRow(ANALYSIS_COLUMNS, {
    cell: (key) => cells[key],
    has: (key) => key in cells,
    asOf: AS_OF,
    bucketBounds: [30, 60, 90],
    ladder: DEFAULT_LADDER,
    history,
    hasCreditUse: false,
  });
  return Object.fromEntries(values) as Record<AnalysisColumnId, unknown>;
}

const VISIBLE: AnalysisColumnId[] = ["daysOverdue", "ageing", "risk", "riskClass", "nextAction"];
const visible = (row: Record<AnalysisColumnId, unknown>) => VISIBLE.map((id) => row[id]);

describe("evaluateRow: the paid guard", () => {
  const base = { customer: "ACME", dueDate: 45200, amount: 100 }; // due 2023-10-01: 183 days

  it("blanks days overdue, ageing, risk and risk class on a paid row; Next action says None", () => {
    const row = analyse({ ...base, paidDate: 45230 });
    expect(row.status).toBe("paid");
    expect(visible(row)).toEqual(["", "", "", "", "None"]);
  });

  it("keeps the numbers on an open row", () => {
    const row = analyse({ ...base, paidDate: null });
    expect(row.status).toBe("");
    expect(row.daysOverdue).toBe(183);
    expect(row.ageing).toBe("91+");
    expect(row.risk).toEqual(expect.any(Number));
    expect(row.riskClass).toBe(implementations.RISKCLASS(row.risk)[0][0]);
  });

  it("treats a partly paid invoice as open (status blank), and a fully paid one as paid", () => {
    expect(analyse({ ...base, paid: 40 }).daysOverdue).toBe(183);
    expect(visible(analyse({ ...base, paid: 100 }))).toEqual(["", "", "", "", "None"]);
  });

  it("keeps the days of a row whose Status is an error: only what reads the bad cell fails", () => {
    const row = analyse({ ...base, paidDate: null, disputed: "maybe" });
    expect(row.status).toMatchObject({ code: "#VALUE!" });
    expect(row.daysOverdue).toBe(183);
    expect(row.ageing).toBe("91+");
    for (const id of ["risk", "riskClass", "nextAction"] as const)
      expect(row[id]).toMatchObject({ code: "#VALUE!" });
  });

  it("passes an error in the open amount on to every guarded column, as Excel's IF does", () => {
    const row = analyse({ ...base, amount: "#N/A" });
    for (const id of [
      "daysOverdue",
      "ageing",
      "risk",
      "riskClass",
      "nextAction",
      "status",
    ] as const)
      expect(row[id]).toMatchObject({ code: "#N/A" });
  });
});

describe("evaluateRow: history", () => {
  const base = { dueDate: 45200, amount: 100 };

  it("gives blank, not 0, for a figure the customer's history does not have", () => {
    const row = analyse({ ...base, customer: "acme" });
    expect(row.avgDaysLate).toBe(30);
    const numeric = analyse({ ...base, customer: 1001 });
    expect([numeric.avgDaysLate, numeric.lateShare, numeric.remindersSent]).toEqual(["", "", 2]);
  });

  it('finds a numeric customer id by number, not its text (XLOOKUP tells 1001 from "1001")', () => {
    expect(analyse({ ...base, customer: "1001" }).remindersSent).toBe("");
    expect(analyse({ ...base, customer: 1001 }).remindersSent).toBe(2);
  });
});

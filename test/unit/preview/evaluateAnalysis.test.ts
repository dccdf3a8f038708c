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
    ["acme", { customer: "ACME", avgDaysLate: 30, lateShare: 1, remindersSent: 0 }],
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
    const row = analyse({ ...base, paidDate: "" });
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

  it('passes an error of Status on, like IF(K2="paid",...) in Excel: paid or not is unknown', () => {
    const row = analyse({ ...base, paidDate: "", disputed: "maybe" });
    expect(row.status).toMatchObject({ code: "#VALUE!" });
    for (const id of VISIBLE) expect(row[id]).toBe(row.status);
  });

  it("gives Next action the days overdue, not the blank cell: NEXTACTION of a blank is blank", () => {
    // Why the column reads the days unguarded: with the blank cell a paid row would show "".
    expect(implementations.NEXTACTION("", "", null, "", "paid")).toEqual([[""]]);
    expect(implementations.NEXTACTION(183, "", null, "", "paid")).toEqual([["None"]]);
  });
});

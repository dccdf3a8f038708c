import type { AnalysisColumn } from "../../../../src/core/sheet/analysisColumns";
import {
  fillRow,
  renderFormula,
  ROW_TOKEN,
  tableRowRef,
  type RenderContext,
} from "../../../../src/core/sheet/renderFormula";

/** A2-style references for a sheet with these columns on row 2; analysis columns by letter. */
function context(columns: Record<string, string>, hasCreditUse = true): RenderContext {
  const analysis: Record<string, string> = { status: "K2", risk: "J2", avgDaysLate: "L2" };
  return {
    refs: { column: (key) => columns[key], analysis: (id) => analysis[id] ?? `?${id}` },
    bucketBounds: [30, 60, 90],
    hasCreditUse,
  };
}

const column = (
  spec: Partial<AnalysisColumn> & Pick<AnalysisColumn, "compute">
): AnalysisColumn => ({
  id: "risk",
  header: { en: "Risk", fr: "Risque" },
  numberFormat: "0",
  helper: false,
  ...spec,
});

describe("tableRowRef", () => {
  it("refers to the row's cell of a table column by its header", () => {
    expect(tableRowRef("Due date")).toBe("[@[Due date]]");
    expect(tableRowRef("Échéance")).toBe("[@[Échéance]]");
  });

  it("escapes ' # [ ] with an apostrophe, each occurrence", () => {
    expect(tableRowRef("Client's #")).toBe("[@[Client''s '#]]");
    expect(tableRowRef("[Ref]")).toBe("[@['[Ref']]]");
    expect(tableRowRef("''")).toBe("[@['''']]");
    expect(tableRowRef("##")).toBe("[@['#'#]]");
  });

  it("leaves other special characters as they are inside the brackets", () => {
    expect(tableRowRef("Montant (€), TTC: 20%")).toBe("[@[Montant (€), TTC: 20%]]");
    expect(tableRowRef("E-mail @ work")).toBe("[@[E-mail @ work]]");
  });
});

describe("renderFormula", () => {
  it("calls the custom function with the row's cells and the as-of name", () => {
    const spec = column({
      compute: {
        kind: "call",
        fn: "DAYSOVERDUE",
        args: [{ kind: "column", key: "dueDate" }, { kind: "asOf" }],
      },
    });
    expect(renderFormula(spec, context({ dueDate: "C2" }))).toBe("=CREDIT.DAYSOVERDUE(C2,CC_AsOf)");
  });

  it("guards a paid row with the Status cell", () => {
    const spec = column({
      blankWhenPaid: true,
      compute: { kind: "call", fn: "RISKCLASS", args: [{ kind: "analysis", id: "risk" }] },
    });
    expect(renderFormula(spec, context({}))).toBe('=IF(K2="paid","",CREDIT.RISKCLASS(J2))');
  });

  it("writes the ageing bounds as an array constant", () => {
    const spec = column({
      compute: {
        kind: "call",
        fn: "AGEBUCKET",
        args: [{ kind: "column", key: "dueDate" }, { kind: "asOf" }, { kind: "bucketBounds" }],
      },
    });
    expect(renderFormula(spec, context({ dueDate: "C2" }))).toBe(
      "=CREDIT.AGEBUCKET(C2,CC_AsOf,{30,60,90})"
    );
  });

  it("leaves a missing column blank in the middle and drops trailing blanks", () => {
    const spec = column({
      compute: {
        kind: "call",
        fn: "STATUS",
        args: [
          { kind: "open" },
          { kind: "column", key: "disputed" },
          { kind: "column", key: "promiseDate" },
          { kind: "column", key: "email" },
        ],
      },
    });
    expect(renderFormula(spec, context({ open: "F2", promiseDate: "H2" }))).toBe(
      "=CREDIT.STATUS(F2,,H2)"
    );
    expect(renderFormula(spec, context({ open: "F2" }))).toBe("=CREDIT.STATUS(F2)");
  });

  it("prefers the open column, else amount minus paid, else the amount", () => {
    const spec = column({ compute: { kind: "call", fn: "STATUS", args: [{ kind: "open" }] } });
    expect(renderFormula(spec, context({ open: "F2", amount: "D2", paid: "E2" }))).toBe(
      "=CREDIT.STATUS(F2)"
    );
    expect(renderFormula(spec, context({ amount: "D2" }))).toBe("=CREDIT.STATUS(D2)");
    expect(renderFormula(spec, context({ paid: "E2" }))).toBe("=CREDIT.STATUS(0-E2)");
  });

  it("counts days since a date, blank when the cell is blank or the sheet has no such column", () => {
    const spec = column({
      compute: {
        kind: "call",
        fn: "NEXTACTION",
        args: [{ kind: "daysSince", key: "lastReminder" }, { kind: "policy" }],
      },
    });
    expect(renderFormula(spec, context({ lastReminder: "H2" }))).toBe(
      '=CREDIT.NEXTACTION(IF(ISBLANK(H2),"",CREDIT.DAYSOVERDUE(H2,CC_AsOf)),CC_Policy)'
    );
    expect(renderFormula(spec, context({}))).toBe("=CREDIT.NEXTACTION(,CC_Policy)");
  });

  it("looks the customer's history up by exact match, blank when absent", () => {
    const spec = column({ compute: { kind: "lookup", field: "lateShare" } });
    expect(renderFormula(spec, context({ customer: "A2" }))).toBe(
      '=XLOOKUP(A2,CC_HistCustomer,CC_HistLateShare,"")'
    );
    expect(renderFormula(spec, context({}))).toBe(
      '=XLOOKUP("",CC_HistCustomer,CC_HistLateShare,"")'
    );
  });

  it("passes credit use only when the sheet has a credit limit", () => {
    const spec = column({
      compute: {
        kind: "call",
        fn: "RISKSCORE",
        args: [
          { kind: "analysis", id: "avgDaysLate" },
          { kind: "history", field: "creditUse" },
        ],
      },
    });
    expect(renderFormula(spec, context({ customer: "A2" }, true))).toBe(
      '=CREDIT.RISKSCORE(L2,XLOOKUP(A2,CC_HistCustomer,CC_HistCreditUse,""))'
    );
    expect(renderFormula(spec, context({ customer: "A2" }, false))).toBe("=CREDIT.RISKSCORE(L2)");
  });

  it("renders a call nested as an argument", () => {
    const spec = column({
      compute: {
        kind: "call",
        fn: "RISKCLASS",
        args: [
          {
            kind: "call",
            fn: "DAYSOVERDUE",
            args: [{ kind: "column", key: "dueDate" }, { kind: "asOf" }],
          },
        ],
      },
    });
    expect(renderFormula(spec, context({ dueDate: "C2" }))).toBe(
      "=CREDIT.RISKCLASS(CREDIT.DAYSOVERDUE(C2,CC_AsOf))"
    );
  });
});

describe("fillRow", () => {
  it("puts the row number at every mark of a template", () => {
    const template = `=IF(K${ROW_TOKEN}="paid","",CREDIT.DAYSOVERDUE(C${ROW_TOKEN},CC_AsOf))`;
    expect(fillRow(template.split(ROW_TOKEN), 1048576)).toBe(
      '=IF(K1048576="paid","",CREDIT.DAYSOVERDUE(C1048576,CC_AsOf))'
    );
    expect(fillRow(["=CREDIT.RISKCLASS(J", ")"], 2)).toBe("=CREDIT.RISKCLASS(J2)");
  });

  it("leaves a template without a mark as it is", () => {
    expect(fillRow(["=CC_AsOf"], 7)).toBe("=CC_AsOf");
  });
});

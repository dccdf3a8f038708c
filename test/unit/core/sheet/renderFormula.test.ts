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

  it("tests a paid row with Excel arithmetic on the open amount, so it makes no call", () => {
    const spec = column({
      whenPaid: "",
      compute: { kind: "call", fn: "RISKSCORE", args: [{ kind: "analysis", id: "avgDaysLate" }] },
    });
    // A single open cell: paid when 0 or less, not when blank (unknown) or text (STATUS reads it).
    expect(renderFormula(spec, context({ amount: "D2" }))).toBe(
      '=IF(AND(D2<=0,D2<>""),"",CREDIT.RISKSCORE(L2))'
    );
    // Amount minus paid by Excel only when neither is text (finding 6: "1 234,56 €" - E2 is
    // #VALUE! in an English Excel); a text one is left to CREDIT.STATUS, an error shows.
    expect(renderFormula(spec, context({ amount: "D2", paid: "E2" }))).toBe(
      '=IF(IF(OR(ISTEXT(D2),ISTEXT(E2)),IF(ISERROR(D2),D2,IF(ISERROR(E2),E2,FALSE())),D2-E2<=0),"",CREDIT.RISKSCORE(L2))'
    );
    expect(renderFormula({ ...spec, whenPaid: 'say "None"' }, context({ open: "F2" }))).toBe(
      '=IF(AND(F2<=0,F2<>""),"say ""None""",CREDIT.RISKSCORE(L2))'
    );
  });

  it("writes the ageing bucket of the days with Excel's IF, labels following the bounds", () => {
    const spec = column({ compute: { kind: "bucket", of: "avgDaysLate" } });
    expect(renderFormula(spec, context({}))).toBe(
      '=IF(L2="","",IF(L2<=0,"Current",IF(L2<=30,"1-30",IF(L2<=60,"31-60",IF(L2<=90,"61-90","91+")))))'
    );
    expect(renderFormula(spec, { ...context({}), bucketBounds: [45] })).toBe(
      '=IF(L2="","",IF(L2<=0,"Current",IF(L2<=45,"1-45","46+")))'
    );
  });

  it("writes the risk class of the score with Excel's IF at the class floors", () => {
    const spec = column({ compute: { kind: "riskClass", of: "risk" } });
    expect(renderFormula(spec, context({}))).toBe(
      '=IF(J2="","",IF(J2<25,"Low",IF(J2<50,"Medium",IF(J2<75,"High","Critical"))))'
    );
  });

  it("counts days overdue without a call for a date serial or a blank, with one for text", () => {
    const spec = column({ compute: { kind: "days", key: "dueDate" } });
    expect(renderFormula(spec, context({ dueDate: "C2" }))).toBe(
      '=IF(ISNUMBER(C2),CC_AsOf-INT(C2),IF(ISBLANK(C2),"",CREDIT.DAYSOVERDUE(C2,CC_AsOf)))'
    );
  });

  it("passes a blank level as text, so a blank sent as 0 by some builds is not level 0", () => {
    const spec = column({
      compute: {
        kind: "call",
        fn: "NEXTACTION",
        args: [{ kind: "column", key: "lastLevel", zeroIsValue: true }],
      },
    });
    expect(renderFormula(spec, context({ lastLevel: "P2" }))).toBe(
      '=CREDIT.NEXTACTION(IF(ISBLANK(P2),"",P2))'
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
      '=CREDIT.STATUS(IF(ISBLANK(F2),"",F2),,H2)'
    );
    expect(renderFormula(spec, context({ open: "F2" }))).toBe(
      '=CREDIT.STATUS(IF(ISBLANK(F2),"",F2))'
    );
  });

  it("prefers the open column, else amount then paid as STATUS's last argument, else the amount; a blank cell as text", () => {
    const spec = column({
      compute: { kind: "call", fn: "STATUS", args: [{ kind: "open" }, { kind: "paidAmount" }] },
    });
    expect(renderFormula(spec, context({ open: "F2", amount: "D2", paid: "E2" }))).toBe(
      '=CREDIT.STATUS(IF(ISBLANK(F2),"",F2))'
    );
    expect(renderFormula(spec, context({ amount: "D2" }))).toBe(
      '=CREDIT.STATUS(IF(ISBLANK(D2),"",D2))'
    );
    expect(renderFormula(spec, context({ amount: "D2", paid: "E2" }))).toBe(
      '=CREDIT.STATUS(IF(ISBLANK(D2),"",D2),E2)'
    );
    expect(renderFormula(spec, context({ paid: "E2" }))).toBe("=CREDIT.STATUS(0,E2)");
  });

  it("counts days since a date, blank when the cell is blank or the sheet has no such column", () => {
    const spec = column({
      compute: {
        kind: "call",
        fn: "NEXTACTION",
        args: [{ kind: "days", key: "lastReminder" }, { kind: "policy" }],
      },
    });
    expect(renderFormula(spec, context({ lastReminder: "H2" }))).toBe(
      '=CREDIT.NEXTACTION(IF(ISNUMBER(H2),CC_AsOf-INT(H2),IF(ISBLANK(H2),"",CREDIT.DAYSOVERDUE(H2,CC_AsOf))),CC_Policy)'
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
        fn: "RISKSCORE",
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
      "=CREDIT.RISKSCORE(CREDIT.DAYSOVERDUE(C2,CC_AsOf))"
    );
  });
});

describe("fillRow", () => {
  it("puts the row number at every mark of a template", () => {
    const template = `=IF(K${ROW_TOKEN}="paid","",CREDIT.DAYSOVERDUE(C${ROW_TOKEN},CC_AsOf))`;
    expect(fillRow(template.split(ROW_TOKEN), 1048576)).toBe(
      '=IF(K1048576="paid","",CREDIT.DAYSOVERDUE(C1048576,CC_AsOf))'
    );
    expect(fillRow(["=CREDIT.STATUS(J", ")"], 2)).toBe("=CREDIT.STATUS(J2)");
  });

  it("leaves a template without a mark as it is", () => {
    expect(fillRow(["=CC_AsOf"], 7)).toBe("=CC_AsOf");
  });
});

describe("renderFormula: the contact memory NEXTACTION reads", () => {
  const next = column({
    compute: {
      kind: "call",
      fn: "NEXTACTION",
      args: [
        { kind: "contact", what: "level" },
        { kind: "contact", what: "daysSince" },
      ],
    },
  });
  const withMemory = (columns: Record<string, string>): RenderContext => {
    const base = context(columns);
    const memory: Record<string, string> = { lastReminder: "O2", lastLevel: "P2" };
    return { ...base, refs: { ...base.refs, memory: (id) => memory[id] } };
  };

  it("reads the user's Last reminder / Level columns when the sheet has no memory of the add-in", () => {
    expect(renderFormula(next, context({ lastLevel: "G2", lastReminder: "F2" }))).toBe(
      '=CREDIT.NEXTACTION(IF(ISBLANK(G2),"",G2),IF(ISNUMBER(F2),CC_AsOf-INT(F2),IF(ISBLANK(F2),"",CREDIT.DAYSOVERDUE(F2,CC_AsOf))))'
    );
  });

  it("reads the add-in's memory columns when the user has none", () => {
    expect(renderFormula(next, withMemory({}))).toBe(
      '=CREDIT.NEXTACTION(IF(ISBLANK(P2),"",P2),IF(ISNUMBER(O2),CC_AsOf-INT(O2),IF(ISBLANK(O2),"",CREDIT.DAYSOVERDUE(O2,CC_AsOf))))'
    );
  });

  it("with both, reads the later record: the add-in's when its date is set and not before the user's", () => {
    expect(renderFormula(next, withMemory({ lastLevel: "G2", lastReminder: "F2" }))).toBe(
      "=CREDIT.NEXTACTION(" +
        'IF(N(O2)>=MAX(1,N(F2)),IF(ISBLANK(P2),"",P2),IF(ISBLANK(G2),"",G2)),' +
        'IF(N(O2)>=MAX(1,N(F2)),IF(ISNUMBER(O2),CC_AsOf-INT(O2),IF(ISBLANK(O2),"",CREDIT.DAYSOVERDUE(O2,CC_AsOf))),' +
        'IF(ISNUMBER(F2),CC_AsOf-INT(F2),IF(ISBLANK(F2),"",CREDIT.DAYSOVERDUE(F2,CC_AsOf)))))'
    );
  });
});

import { FUNCTION_NAMES } from "../../../src/functions/registry";
import { readDist } from "./dist";

/** dist/functions.json as generated from the JSDoc of src/functions/functions.ts. */

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: {
    volatile?: boolean;
    stream?: boolean;
    cancelable?: boolean;
    requiresAddress?: boolean;
  };
}

const EXPECTED: Record<string, [string, boolean][]> = {
  DAYSOVERDUE: [
    ["dueDate", false],
    ["asOf", true],
  ],
  AGEBUCKET: [
    ["dueDate", false],
    ["asOf", true],
    ["bounds", true],
    ["language", true],
  ],
  RISKSCORE: [
    ["daysOverdue", false],
    ["avgDaysLate", true],
    ["lateShare", true],
    ["disputed", true],
    ["remindersSent", true],
    ["creditUse", true],
    ["usualDelay", true],
    ["severeLateShare", true],
    ["settledCount", true],
    ["dueDate", true],
    ["asOf", true],
  ],
  PAYDATE: [
    ["dueDate", false],
    ["usualDelay", true],
    ["promiseDate", true],
    ["asOf", true],
    ["disputed", true],
  ],
  RISKCLASS: [
    ["score", false],
    ["language", true],
  ],
  HOLD: [
    ["daysOverdue", false],
    ["creditUse", true],
    ["holdDay", true],
  ],
  STATUS: [
    ["openAmount", false],
    ["disputed", true],
    ["promiseDate", true],
    ["asOf", true],
    ["language", true],
    ["paid", true],
  ],
  NEXTACTION: [
    ["daysOverdue", false],
    ["riskScore", true],
    ["lastLevel", true],
    ["daysSinceContact", true],
    ["status", true],
    ["policy", true],
    ["language", true],
  ],
  PENALTY: [
    ["amount", false],
    ["dueDate", false],
    ["asOf", false],
    ["annualRatePct", false],
    ["fixedFee", true],
  ],
  DSO: [
    ["receivables", false],
    ["creditSales", false],
    ["days", true],
  ],
  DSOCOUNTBACK: [
    ["receivables", false],
    ["salesByPeriod", false],
    ["daysByPeriod", true],
  ],
  CEI: [
    ["beginAR", false],
    ["creditSales", false],
    ["endAR", false],
    ["endCurrentAR", false],
    ["periods", true],
  ],
};

describe("dist/functions.json", () => {
  const metadata = JSON.parse(readDist("functions.json")) as { functions: FunctionMetadata[] };
  const byName = new Map(metadata.functions.map((f) => [f.name, f]));

  it("declares exactly the CREDIT functions, with ids equal to names", () => {
    expect([...byName.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
    expect([...FUNCTION_NAMES].sort()).toEqual(Object.keys(EXPECTED).sort());
    for (const f of metadata.functions) expect(f.id).toBe(f.name);
  });

  it.each(Object.entries(EXPECTED))(
    "%s has its arguments in order, optional flags right",
    (name, args) => {
      const f = byName.get(name)!;
      expect(f.parameters.map((p) => [p.name, p.optional === true])).toEqual(args);
    }
  );

  it.each(Object.keys(EXPECTED))(
    "%s describes itself and every parameter for autocomplete",
    (name) => {
      const f = byName.get(name)!;
      expect(f.description?.length).toBeGreaterThan(10);
      for (const p of f.parameters) {
        expect(p.description?.length ?? 0).toBeGreaterThan(10);
        // A cell or a range: the result spills in the argument's shape.
        expect(p.dimensionality).toBe("matrix");
        expect(p.type).toBe("any");
      }
      expect(f.result.dimensionality).toBe("matrix");
    }
  );

  it.each(Object.keys(EXPECTED))("%s is neither volatile nor streaming", (name) => {
    const options = byName.get(name)!.options ?? {};
    expect(options.volatile ?? false).toBe(false);
    expect(options.stream ?? false).toBe(false);
    expect(options.requiresAddress ?? false).toBe(false);
  });
});

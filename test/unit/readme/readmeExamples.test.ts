/**
 * Every worked example of the README's function table holds: each "`=CREDIT.F(args)` → `value`"
 * whose arguments are constants is evaluated with the functions' own implementations (what Excel
 * and the preview run) and must give the value shown (numbers to the decimals shown).
 */
import * as fs from "fs";
import * as path from "path";
import { implementations } from "../../../src/functions/registry";

interface Example {
  formula: string;
  fn: string;
  args: unknown[];
  expected: string;
}

/** Splits at top-level commas (not inside quotes or braces). */
function splitArgs(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "{") depth++;
    if (!quoted && ch === "}") depth--;
    if (!quoted && depth === 0 && ch === ",") {
      parts.push(current.trim());
      current = "";
    } else current += ch;
  }
  parts.push(current.trim());
  return parts;
}

/** A constant argument as Excel passes it: a value, null when left out, rows for an array. */
function constant(text: string): unknown {
  if (text === "") return null;
  if (text.startsWith('"')) return [[text.slice(1, -1)]];
  if (text.startsWith("{")) {
    return text
      .slice(1, -1)
      .split(";")
      .map((row) => row.split(",").map(Number));
  }
  if (/^-?\d+(\.\d+)?$/.test(text)) return [[Number(text)]];
  throw new Error(`not a constant: ${text}`);
}

function readmeExamples(): { examples: Example[]; withReferences: string[] } {
  const readme = fs.readFileSync(path.join(__dirname, "../../../README.md"), "utf8");
  const examples: Example[] = [];
  const withReferences: string[] = [];
  for (const match of readme.matchAll(/`(=CREDIT\.(\w+)\((.*?)\))`(?: → `([^`]*)`)?/g)) {
    const [, formula, fn, argText, expected] = match;
    const texts = splitArgs(argText);
    if (texts.some((t) => /^\$?[A-Z]+\$?\d+/.test(t))) {
      withReferences.push(formula);
      continue;
    }
    if (expected === undefined) throw new Error(`${formula} shows no result`);
    examples.push({ formula, fn, args: texts.map(constant), expected });
  }
  return { examples, withReferences };
}

function matches(value: unknown, expected: string): boolean {
  if (/^-?\d+(\.\d+)?$/.test(expected) && typeof value === "number") {
    const decimals = expected.split(".")[1]?.length ?? 0;
    return Math.abs(value - Number(expected)) <= 0.5 * 10 ** -decimals;
  }
  // Excel shows a boolean as TRUE or FALSE.
  if (typeof value === "boolean") return (value ? "TRUE" : "FALSE") === expected;
  return value === expected;
}

describe("README function examples", () => {
  const { examples, withReferences } = readmeExamples();

  it("finds the examples (those with cell references only spill over a sheet)", () => {
    expect(examples.length).toBeGreaterThanOrEqual(15);
    expect(withReferences.length).toBeLessThanOrEqual(3);
  });

  it.each(examples.map((e) => [e.formula, e] as const))("%s gives what the README says", (_, e) => {
    const implementation = implementations[e.fn];
    expect(implementation).toBeDefined();
    const [[value]] = implementation(...e.args);
    if (!matches(value, e.expected)) {
      throw new Error(`${e.formula} gives ${JSON.stringify(value)}, the README says ${e.expected}`);
    }
  });
});

import { localeFromLanguage } from "../../../src/core/locale/localeFromLanguage";
import { detectDateOrder, parseDate } from "../../../src/core/dates/parseDate";
import { ladderFromRange } from "../../../src/core/policy/ladderFromRange";
import { normalizeHeader } from "../../../src/core/sheet/normalizeHeader";
import { parseLanguage } from "../../../src/core/sheet/parseLanguage";
import { columnMarkRoles } from "../../../src/core/values/columnMarkRoles";
import { parseAmount } from "../../../src/core/values/parseAmount";
import { parseBoolean } from "../../../src/core/values/parseBoolean";
import { parseShare } from "../../../src/core/values/parseShare";
import { readStatus } from "../../../src/functions/policy";
import { dayFromIsoText } from "../../../src/taskpane/format/dayFromIsoText";
import { parseNumber } from "../../../src/taskpane/format/parseNumber";

/**
 * Every parser of cell text runs in linear time (finding 4: "1" + 32,765 spaces + "x" took 2 s in
 * the date parser's time pattern). Each parser gets cells of each shape at Excel's limit of
 * 32,767 characters and at 1,027; the long cell may cost at most LINEAR_BUDGET times the short
 * one per character. A quadratic parser costs 32 times more per character; no clock limit.
 */
const LONG = 32767;
/** About 1,000 characters, and the same length as LONG modulo 60: each shape ends alike in both. */
const SHORT = 1027;
const LINEAR_BUDGET = 8;

const EN = localeFromLanguage("en-GB");
const FR = localeFromLanguage("fr-FR");

const PARSERS: Record<string, (text: string) => unknown> = {
  "parseDate dmy": (t) => parseDate(t, "dmy"),
  "parseDate mdy": (t) => parseDate(t, "mdy"),
  detectDateOrder: (t) => detectDateOrder([t, t], "dmy"),
  "parseAmount en-GB": (t) => parseAmount(t, EN),
  "parseAmount fr-FR": (t) => parseAmount(t, FR),
  columnMarkRoles: (t) => columnMarkRoles([t]),
  parseShare: (t) => parseShare(t, EN),
  parseBoolean: (t) => parseBoolean(t),
  parseLanguage: (t) => parseLanguage(t),
  normalizeHeader: (t) => normalizeHeader(t),
  readStatus: (t) => readStatus(t),
  ladderFromRange: (t) => ladderFromRange([[t, t]]),
  dayFromIsoText: (t) => dayFromIsoText(t),
  parseNumber: (t) => parseNumber(t),
};

/** Cell shapes, each made `length` characters long. */
const SHAPES: Record<string, (length: number) => string> = {
  "digit, spaces, letter": (n) => "1" + " ".repeat(n - 2) + "x",
  "digit, tabs and no-break spaces, letter": (n) =>
    "1" + "\t\u00a0\u202f".repeat(n).slice(0, n - 2) + "x",
  digits: (n) => "1".repeat(n),
  "digits and a letter": (n) => "1".repeat(n - 1) + "x",
  "grouped digits": (n) => ("1,234" + ",567".repeat(n)).slice(0, n),
  "separators only": (n) => ".,".repeat(n).slice(0, n),
  "digit and separator pairs": (n) => "1,".repeat(n).slice(0, n),
  "times of day": (n) => "2024-03-05" + " 10:00".repeat(n).slice(0, n - 10),
  "T and digits": (n) => "1T".repeat(n).slice(0, n),
  "decimals after a time": (n) => "05/03/2024 10:00:00." + "1".repeat(n - 21) + "x",
  "currency letters": (n) => "EUR".repeat(n).slice(0, n - 1) + "1",
  "currency signs": (n) => "€".repeat(n - 1) + "1",
  brackets: (n) => "(".repeat(n / 2) + "1" + ")".repeat(n / 2),
  signs: (n) => "-".repeat(n - 1) + "1",
  "month names": (n) => "5 mars ".repeat(n).slice(0, n),
  "spaces and digits": (n) => "1 ".repeat(n).slice(0, n),
  "percent signs": (n) => "1" + "%".repeat(n - 1),
  letters: (n) => "a".repeat(n),
};

/** Best of several runs of `run` repeated `times`, in milliseconds (the fastest is the least noisy). */
function cost(run: () => void, times: number): number {
  let best = Infinity;
  for (let attempt = 0; attempt < 5; attempt++) {
    const start = performance.now();
    for (let i = 0; i < times; i++) run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

describe("every parser runs in linear time on 32,767-character cells", () => {
  for (const [parserName, parse] of Object.entries(PARSERS)) {
    it(`${parserName}: a long cell costs at most ${LINEAR_BUDGET}x a short one per character`, () => {
      const ratios: string[] = [];
      for (const [shapeName, shape] of Object.entries(SHAPES)) {
        const long = shape(LONG);
        const short = shape(SHORT);
        expect(long.length).toBe(LONG);
        // Warm up both (V8 compiles a regular expression to machine code once it is hot), then
        // as many short runs as there are characters more in the long cell.
        for (let i = 0; i < 20; i++) parse(short);
        for (let i = 0; i < 3; i++) parse(long);
        const repeats = Math.round(LONG / SHORT);
        const shortCost = cost(() => parse(short), repeats * 4);
        const longCost = cost(() => parse(long), 4);
        const ratio = longCost / Math.max(shortCost, 0.05);
        if (ratio > LINEAR_BUDGET) ratios.push(`${shapeName}: ${ratio.toFixed(1)}`);
      }
      expect(ratios).toEqual([]);
    });
  }
});

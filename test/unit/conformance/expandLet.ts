/**
 * HyperFormula has no LET. LET(name, value, …, calc) computes calc with each name standing for
 * its value computed once; here each value goes into a cell of its own (`place`, a cell beside
 * the formula's, so its references mean the same) and each use of the name becomes a reference to
 * that cell. The add-in's LET values have no side effect and make no CREDIT.* call, so this
 * computes what Excel computes, with the same precedents. Text inside "…" and longer identifiers
 * are left alone; a LET inside a value is expanded in that value's cell.
 */
/** Index just after the ")" closing the "(" at `open`, string literals skipped. */
function closing(formula: string, open: number): number {
  let depth = 0;
  for (let i = open; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') i = skipString(formula, i);
    else if (ch === "(") depth++;
    else if (ch === ")" && --depth === 0) return i + 1;
  }
  throw new Error(`unbalanced brackets in ${formula}`);
}

/** Index of the closing quote of the string literal opening at `start` ("" is a quote inside). */
function skipString(formula: string, start: number): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === '"' && formula[i + 1] === '"') i += 2;
    else if (formula[i] === '"') return i;
    else i++;
  }
  return i;
}

/** The arguments between the brackets of a call, split at its top-level commas. */
function splitArgs(inner: string): string[] {
  const args: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < inner.length; i++) {
    const ch = inner[i];
    if (ch === '"') i = skipString(inner, i);
    else if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "," && depth === 0) {
      args.push(inner.slice(from, i));
      from = i + 1;
    }
  }
  args.push(inner.slice(from));
  return args;
}

/** `text` with every use of `name` (not inside a string, not part of a longer name) replaced. */
function replaceName(text: string, name: string, value: string): string {
  const pattern = new RegExp(`(?<![A-Za-z0-9_.])${name}(?![A-Za-z0-9_.(])`, "gi");
  return text
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(pattern, value)))
    .join("");
}

/** Start of the first LET( outside string literals, or -1. */
function firstLet(formula: string): number {
  for (let i = 0; i < formula.length; i++) {
    if (formula[i] === '"') i = skipString(formula, i);
    else if (
      /^LET\(/i.test(formula.slice(i, i + 4)) &&
      !/[A-Za-z0-9_.]/.test(formula[i - 1] ?? "")
    ) {
      return i;
    }
  }
  return -1;
}

/**
 * The formula with every LET expanded: `place` puts a value's formula (no leading =) in a new
 * cell and gives its reference.
 */
export function expandLet(formula: string, place: (value: string) => string): string {
  let text = formula;
  for (let at = firstLet(text); at >= 0; at = firstLet(text)) {
    const end = closing(text, at + 3);
    const args = splitArgs(text.slice(at + 4, end - 1));
    let calc = args[args.length - 1];
    const refs: [string, string][] = [];
    for (let i = 0; i + 1 < args.length; i += 2) {
      let value = args[i + 1];
      if (/CREDIT\./i.test(value)) throw new Error(`a LET value calls CREDIT.*: ${value}`);
      for (const [name, ref] of refs) value = replaceName(value, name, ref);
      refs.push([args[i].trim(), place(expandLet(value, place))]);
    }
    for (const [name, ref] of refs) calc = replaceName(calc, name, ref);
    text = `${text.slice(0, at)}(${calc})${text.slice(end)}`;
  }
  return text;
}
